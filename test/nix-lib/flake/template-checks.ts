// What both template-flake tests assert (with the real flake-parts and import-tree in
// template.test.ts, with stand-ins in template-stand-in.oracle.test.ts): the template evaluated
// as a real flake by the oracle's `nix`, summarised by check-template.sh.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

export type TemplateSummary = Record<string, unknown>;

/** Runs check-template.sh for an example; `inputs` is `['stand-in']` or the three checkouts. */
export function evalTemplate(example: string, inputs: string[]): TemplateSummary {
  const out = execFileSync(join(__dirname, 'check-template.sh'), [example, ...inputs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as TemplateSummary;
}

/** The checks every variant must pass. */
export function templateChecks(evaluate: (example: string) => TemplateSummary): void {
  it('evaluates the homelab outputs', () => {
    const out = evaluate('homelab');
    expect(out.nixosConfigurations).toEqual({
      nas: 'nixpkgs.lib.nixosSystem',
      workstation: 'nixpkgs.lib.nixosSystem',
    });
    expect(out.colmena).toEqual(['meta', 'nas', 'workstation']);
    expect(out.deploy).toEqual({ nas: '10.0.0.5' });
    expect((out.checks as Record<string, string[]>)['x86_64-linux']).toContain('arbor');
  });

  it('evaluates the fleet outputs, darwin included', () => {
    const out = evaluate('fleet');
    expect(out.darwinConfigurations).toEqual(['mac-alice', 'mac-bob']);
    expect(out.homeConfigurations).toEqual(['alice@mac-alice', 'bob@mac-bob']);
    expect((out.modules as Record<string, string[]>).generic).toEqual(['common']);
  });

  it('fails with the formatted diagnostics on a broken project', () => {
    expect(() => evaluate('broken/unknown-role')).toThrow(
      /inventory\/hosts\.nix:3:5: unknown-role: host box refers to role "sever"/,
    );
  });
}
