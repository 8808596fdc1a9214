// The REPL's scope: `model`, `project`, and with a host (or home) selected `config` and `options`
// of that host's module evaluation; mistakes come back as Nix's error text.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readProject } from '../../src/cli/project/project-dir';
import { evaluateRepl } from '../session';

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
  test('errors are positioned on the lines the user wrote', () => {
    const reply = evaluateRepl(homelab, '1 + true', {});
    expect(reply.ok).toBe(false);
    const message = reply.ok ? '' : reply.message;
    expect(message).toContain('at «repl»:1:5:');
    expect(message).toContain('1| 1 + true');
    expect(message).not.toContain('let model');
    const second = evaluateRepl(homelab, 'let x = 1;\nin x + "a"', { host: 'nas' });
    expect(second.ok ? '' : second.message).toContain('at «repl»:2:8:');
    const parse = evaluateRepl(homelab, '{ a = ; }', {});
    expect(parse.ok ? '' : parse.message).toMatch(/\(1:7\)$/);
    expect(evaluateRepl(homelab, '1 + 1 # a comment', {})).toMatchObject({ ok: true, output: '2' });
  });
});
