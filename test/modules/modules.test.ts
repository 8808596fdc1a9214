// The module-system corpus (test/modules/cases) under our evaluator, against goldens recorded
// from the real Nix running nixpkgs' lib (scripts/goldens-modules.ts). By default each case runs on
// Arbor's own lib (nix/lib/stdlib, whose module system lives in nix/lib/modules); set
// ARBOR_MODULES_LIB to run it on another lib, e.g. nixpkgs' real one, which checks our evaluator
// rather than Arbor's lib:
//
//   ARBOR_MODULES_LIB=/path/to/nixpkgs.lib/lib npx vitest run test/modules/modules.test.ts
//
// A value must match the golden byte for byte (and stderr too: traces and warnings). An error must
// be an error too, of the same category, mentioning the same case files; ARBOR_MODULES_EXACT=1
// also requires the same message text (meaningful when running nixpkgs' lib).
// ARBOR_MODULES_CASES=scalars,options/apply narrows the run to some areas or cases.

import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARBOR_LIB,
  MODULES_CORPUS,
  REPO_ROOT,
  explainModuleMismatch,
  goldenFromRun,
  listModuleCases,
  readModuleGolden,
  runOursCase,
} from './harness';

const lib = process.env.ARBOR_MODULES_LIB ? resolve(process.env.ARBOR_MODULES_LIB) : ARBOR_LIB;
const exactMessages = process.env.ARBOR_MODULES_EXACT === '1';
const filters = (process.env.ARBOR_MODULES_CASES ?? '').split(',').filter(Boolean);
const cases = listModuleCases(MODULES_CORPUS, filters);
const libName = lib.startsWith(REPO_ROOT + '/') ? relative(REPO_ROOT, lib) : lib;

describe(`module system corpus on ${libName}`, () => {
  it('has cases and goldens', () => {
    expect(cases.length).toBeGreaterThan(0);
    const missing = cases.filter((c) => !readModuleGolden(c)).map((c) => c.id);
    expect(missing, 'cases without goldens; run `npm run goldens:modules -- /path/to/nixpkgs/lib`').toEqual(
      [],
    );
  });

  it('finds the lib', () => {
    expect(existsSync(resolve(lib, 'default.nix')), `${lib}/default.nix does not exist`).toBe(true);
  });

  for (const c of cases) {
    it(c.id, async () => {
      const golden = readModuleGolden(c);
      if (!golden) return expect.fail(`no golden for ${c.id}`);
      const actual = goldenFromRun(c, await runOursCase(c, lib), lib);
      const mismatch = explainModuleMismatch(golden, actual, { exactMessages });
      expect(mismatch, mismatch).toBeUndefined();
    });
  }
});
