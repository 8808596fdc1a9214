// The template flake (nix/template + nix/lib + an example) evaluated by the real `nix` with the
// real flake-parts, import-tree and nixpkgs.lib and stand-in flakes for the rest, offline.
// Needs checkouts of those three (they are not in the repository), so it is skipped unless
// ARBOR_FLAKE_DEPS names them:
//
//   ARBOR_FLAKE_DEPS=<flake-parts dir>:<import-tree dir>:<nixpkgs.lib dir> \
//     npx vitest run test/nix-lib/template.test.ts

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const deps = process.env.ARBOR_FLAKE_DEPS?.split(':');

function evalTemplate(example: string): Record<string, unknown> {
  const out = execFileSync(join(here, 'flake/check-template.sh'), [example, ...(deps ?? [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe.skipIf(!deps || deps.length !== 3)('template flake with flake-parts and import-tree', () => {
  it('evaluates the homelab outputs', () => {
    const out = evalTemplate('homelab');
    expect(out.nixosConfigurations).toEqual({
      nas: 'nixpkgs.lib.nixosSystem',
      workstation: 'nixpkgs.lib.nixosSystem',
    });
    expect(out.colmena).toEqual(['meta', 'nas', 'workstation']);
    expect(out.deploy).toEqual({ nas: '10.0.0.5' });
    expect((out.checks as Record<string, string[]>)['x86_64-linux']).toContain('arbor');
  });

  it('evaluates the fleet outputs, darwin included', () => {
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
