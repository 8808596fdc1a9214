// Differential: for every example project, the model Arbor's evaluator computes is exactly the
// JSON the real nix-instantiate computed for the same library entry point (the goldens in
// test/library/expected/, made by test/library/gen.ts from the oracle).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/cli/project/project-dir';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';

const root = join(__dirname, '../..');

describe('models match the real Nix', () => {
  for (const name of Object.keys(EXAMPLES)) {
    const goldenFile = join(root, 'test/library/expected', `${name}.json`);
    it(`${name}`, () => {
      expect(existsSync(goldenFile), `no golden for ${name}: run npx tsx test/library/gen.ts`).toBe(true);
      const golden = JSON.parse(readFileSync(goldenFile, 'utf8'));
      const result = evaluateProject(readProject(join(root, 'nix/examples', name)), { modules: 'none' });
      if ('oracleError' in golden) {
        // Nix itself fails on this project; we must fail too (as a diagnostic, not a crash).
        expect(result.model).toBeNull();
        expect(result.diagnostics.length).toBeGreaterThan(0);
      } else {
        expect(result.model).toEqual(golden);
      }
    });
  }
});

describe('the bundled examples are the ones on disk', () => {
  it('EXAMPLES equals nix/examples', () => {
    for (const [name, files] of Object.entries(EXAMPLES)) {
      expect(readProject(join(root, 'nix/examples', name))).toEqual(files);
    }
  });
});

describe('a session reused across projects and edits', () => {
  it('gives the same results as fresh evaluations, whatever was evaluated before', () => {
    const homelab = EXAMPLES.homelab;
    const first = evaluateProject(homelab);
    evaluateProject(EXAMPLES.fleet);
    evaluateProject(EXAMPLES['broken/unknown-role']);
    const edited = {
      ...homelab,
      'inventory/hosts.nix': homelab['inventory/hosts.nix'].replace('"server"', '"sever"'),
    };
    const broken = evaluateProject(edited);
    expect(broken.diagnostics.map((d) => d.code)).toContain('unknown-role');
    expect(evaluateProject(homelab).model).toEqual(first.model);
    const withoutRoles = Object.fromEntries(
      Object.entries(homelab).filter(([path]) => path !== 'inventory/roles.nix'),
    );
    expect(evaluateProject(withoutRoles).diagnostics.some((d) => d.code === 'unknown-role')).toBe(true);
  });
});
