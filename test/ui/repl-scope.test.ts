// The REPL's scope: `model`, `project`, and with a host (or home) selected `config` and `options`
// of that host's module evaluation; mistakes come back as Nix's error text.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readProject } from '../../src/cli/project-dir';
import { evaluateRepl } from '../../src/lib/arbor/repl';

const homelab = readProject(join(import.meta.dirname, '../../nix/examples/homelab'));

describe('the REPL', () => {
  test('config and options are the selected host’s', () => {
    expect(evaluateRepl(homelab, 'config.services.openssh.ports', { host: 'nas' })).toMatchObject({
      ok: true,
      output: '[ 22 ]',
    });
    expect(evaluateRepl(homelab, 'config.networking.hostName', { host: 'workstation' })).toMatchObject({
      ok: true,
      output: '"workstation"',
    });
    expect(
      evaluateRepl(homelab, 'options.services.openssh.ports.description', { host: 'nas' }),
    ).toMatchObject({ ok: true, output: '"The ports the server listens on."' });
  });

  test('a home’s config is its Home Manager configuration', () => {
    expect(evaluateRepl(homelab, 'config.home.username', { host: 'alice@nas' })).toMatchObject({
      ok: true,
      output: '"alice"',
    });
  });

  test('without a host there is no config; model and project stay', () => {
    const reply = evaluateRepl(homelab, 'config', {});
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.message).toContain("undefined variable 'config'");
    expect(evaluateRepl(homelab, 'builtins.attrNames model.hosts')).toMatchObject({
      ok: true,
      output: '[ "nas" "workstation" ]',
    });
  });
});
