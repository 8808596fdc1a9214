// Our evaluator against the live oracle (the real nix-instantiate), not the stored goldens: catches
// goldens that went stale and lets a case be tried before its golden exists. Run with
// `npm run test:oracle` (needs scripts/oracle/setup.sh to have been run). The oracle runs four
// cases at a time up front; the comparisons then run one by one, in-process.
//
// ARBOR_NIX_CASES=syntax,builtins/map-basic narrows the run to some areas or cases.

import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OUR_INSTANTIATE,
  explainMismatch,
  goldenFromResult,
  listCases,
  mapConcurrent,
  observeGolden,
  observeRun,
  oracleUnavailable,
  runOracle,
  runOurs,
  type RunResult,
} from './harness';

const filters = (process.env.ARBOR_NIX_CASES ?? '').split(',').filter(Boolean);
const cases = listCases(filters);
const live = new Map<string, RunResult>();

describe('differential: our nix-instantiate against the live oracle', () => {
  beforeAll(async () => {
    // 1,184 runs of the real Nix take about 5 minutes on a quiet machine; the limit leaves room
    // for a loaded one.
    await mapConcurrent(cases, 4, async (c) => {
      live.set(c.id, await runOracle(c));
    });
    const first = live.values().next().value;
    if (first && oracleUnavailable(first)) throw new Error(first.stderr.trim());
  }, 1_800_000);

  if (!existsSync(OUR_INSTANTIATE)) {
    it('finds our evaluator', () => {
      expect.fail(`${OUR_INSTANTIATE} does not exist yet; the ${cases.length} cases cannot run`);
    });
    return;
  }

  for (const c of cases) {
    it(c.id, async () => {
      const oracle = live.get(c.id);
      if (!oracle) return expect.fail(`the oracle did not run ${c.id}`);
      const golden = goldenFromResult(oracle);
      const actual = await runOurs(c);
      expect(observeRun(actual), explainMismatch(c, golden, actual)).toEqual(observeGolden(golden));
    });
  }
});
