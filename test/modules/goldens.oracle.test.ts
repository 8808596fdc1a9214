// Re-checks the module-system goldens (test/modules/expected) against the live oracle: the real
// nix-instantiate running nixpkgs' real lib must still produce every stored golden. Run by
// `npm run test:oracle`. The lib is ARBOR_NIXPKGS_LIB, or the development machine's read-only
// copy at /work/nixpkgs-lib/lib.
//
// Without that lib there is nothing to check against: nixpkgs' lib is never vendored into the
// repository, so in CI (or any checkout without it) a single test logs why the re-check was
// skipped instead of failing. That is the one skip in this suite, and it cannot hide a failing
// case: with the lib present, every case is its own test.
//
// ARBOR_MODULES_CASES=scalars,options/apply narrows the run to some areas or cases.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_NIXPKGS_LIB,
  MODULES_CORPUS,
  describeGolden,
  goldenFromRun,
  listModuleCases,
  mapConcurrent,
  oracleUnavailable,
  readModuleGolden,
  runOracleCase,
  sameModuleGolden,
  type ModuleGolden,
} from './harness';

const lib = resolve(process.env.ARBOR_NIXPKGS_LIB ?? DEFAULT_NIXPKGS_LIB);
const filters = (process.env.ARBOR_MODULES_CASES ?? '').split(',').filter(Boolean);
const cases = listModuleCases(MODULES_CORPUS, filters);
const live = new Map<string, ModuleGolden>();

if (!existsSync(join(lib, 'modules.nix'))) {
  describe('module-system goldens against the live oracle', () => {
    it('needs nixpkgs lib', () => {
      console.log(
        `skipped: ${lib} has no modules.nix; set ARBOR_NIXPKGS_LIB to the lib directory of a nixpkgs checkout to re-check the ${cases.length} module goldens`,
      );
    });
  });
} else {
  describe(`module-system goldens against the live oracle on ${lib}`, () => {
    beforeAll(async () => {
      await mapConcurrent(cases, 2, async (c) => {
        const run = await runOracleCase(c, lib);
        if (oracleUnavailable(run)) throw new Error(run.stderr.trim());
        live.set(c.id, goldenFromRun(c, run, lib));
      });
    }, 900_000);

    for (const c of cases) {
      it(c.id, () => {
        const stored = readModuleGolden(c);
        const now = live.get(c.id);
        if (!now) return expect.fail(`the oracle did not run ${c.id}`);
        const same = stored !== undefined && sameModuleGolden(stored, now);
        expect(
          same,
          `stored golden differs from the oracle (rerun npm run goldens:modules -- ${lib} ${c.id}):\n` +
            `stored: ${describeGolden(stored)}live:   ${describeGolden(now)}`,
        ).toBe(true);
      });
    }
  });
}
