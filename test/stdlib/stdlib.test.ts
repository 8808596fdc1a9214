// Arbor's nixpkgs-compatible lib (nix/lib/stdlib) against goldens recorded from the real Nix
// running the real nixpkgs lib. The corpus (test/stdlib/cases/<family>/<name>.nix, each a
// function `lib: <expression>`) has the layout of test/modules and shares its harness; goldens
// are written with
//
//   npx tsx scripts/goldens-modules.ts --write --lib /work/nixpkgs-lib/lib --corpus test/stdlib
//
// Values and warnings must match byte for byte; a failing case must fail with the same error
// category. ARBOR_STDLIB_CASES=lists,strings/escape narrows the run.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARBOR_LIB,
  REPO_ROOT,
  explainModuleMismatch,
  goldenFromRun,
  listModuleCases,
  readModuleGolden,
  runOursCase,
} from '../modules/harness';

const corpus = join(REPO_ROOT, 'test/stdlib');
const filters = (process.env.ARBOR_STDLIB_CASES ?? '').split(',').filter(Boolean);
const cases = listModuleCases(corpus, filters);

describe('stdlib: Arbor lib against nixpkgs lib goldens', () => {
  it('has cases and goldens', () => {
    expect(cases.length).toBeGreaterThan(0);
    const missing = cases.filter((c) => !readModuleGolden(c)).map((c) => c.id);
    expect(missing, 'cases without goldens; run scripts/goldens-modules.ts --corpus test/stdlib').toEqual([]);
  });

  for (const c of cases) {
    it(c.id, async () => {
      const golden = readModuleGolden(c);
      if (!golden) return expect.fail(`no golden for ${c.id}`);
      const actual = goldenFromRun(c, await runOursCase(c, ARBOR_LIB), ARBOR_LIB);
      expect(explainModuleMismatch(golden, actual)).toBeUndefined();
    });
  }
});
