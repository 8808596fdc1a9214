// The template flake (nix/template + nix/lib + an example) evaluated as a real flake by the
// oracle's `nix` (Nix 2.26, flakes, offline), with local stand-ins for every input — including
// flake-parts and import-tree, whose real sources CI cannot fetch (template.test.ts runs the same
// checks with the real ones when they are available). Runs in `npm run test:oracle`.

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

function evalTemplate(example: string): Record<string, unknown> {
  const out = execFileSync(join(here, 'flake/check-template.sh'), [example, 'stand-in'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('template flake with stand-in inputs, evaluated by the real nix', () => {
  it('evaluates the homelab outputs: hosts, Colmena nodes, deploy-rs targets, checks', () => {
    const out = evalTemplate('homelab');
    expect(out.standInFlakeParts).toBeUndefined(); // not selected by the summary, see outputs
    expect(out.outputs).toContain('standInFlakeParts');
    expect(out.nixosConfigurations).toEqual({
      nas: 'nixpkgs.lib.nixosSystem',
      workstation: 'nixpkgs.lib.nixosSystem',
    });
    expect(out.colmena).toEqual(['meta', 'nas', 'workstation']);
    expect(out.colmenaHive).toBe('colmena.lib.makeHive');
    expect(out.deploy).toEqual({ nas: '10.0.0.5' });
    expect(out.homeConfigurations).toEqual(['alice@nas', 'alice@workstation', 'bob@workstation']);
    expect((out.checks as Record<string, string[]>)['x86_64-linux']).toContain('arbor');
  });

  it('evaluates the fleet outputs, nix-darwin laptops included', () => {
    const out = evalTemplate('fleet');
    expect(out.darwinConfigurations).toEqual(['mac-alice', 'mac-bob']);
    expect(out.homeConfigurations).toEqual(['alice@mac-alice', 'bob@mac-bob']);
    expect((out.modules as Record<string, string[]>).generic).toEqual(['common']);
  });

  it('fails with the formatted diagnostics on a broken project', () => {
    expect(() => evalTemplate('broken/unknown-role')).toThrow(
      /inventory\/hosts\.nix:3:5: unknown-role: host box refers to role "sever"/,
    );
  });
});
