// Our evaluator against the goldens recorded from the real Nix (see test/evaluator/README.md). Each case
// runs in-process through `runInstantiate` with the argv, cwd and environment the golden was made
// with. Success must match Nix's stdout (and trace/warning stderr) byte for byte; failure must match
// the exit code and the kind and position of the final error.
//
// ARBOR_NIX_CASES=syntax,builtins/map-basic narrows the run to some areas or cases.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  OUR_INSTANTIATE,
  explainMismatch,
  listCases,
  observeGolden,
  observeRun,
  readGolden,
  runOurs,
} from './harness';

const filters = (process.env.ARBOR_NIX_CASES ?? '').split(',').filter(Boolean);
const cases = listCases(filters);

describe('differential: our nix-instantiate against Nix goldens', () => {
  it('has cases and goldens', () => {
    expect(cases.length).toBeGreaterThan(0);
    const missing = cases.filter((c) => !readGolden(c)).map((c) => c.id);
    expect(missing, 'cases without goldens; run `npm run goldens`').toEqual([]);
  });

  if (!existsSync(OUR_INSTANTIATE)) {
    it('finds our evaluator', () => {
      expect.fail(`${OUR_INSTANTIATE} does not exist yet; the ${cases.length} cases cannot run`);
    });
    return;
  }

  for (const c of cases) {
    it(c.id, async () => {
      const golden = readGolden(c);
      if (!golden) return expect.fail(`no golden for ${c.id}`);
      const actual = await runOurs(c);
      const explanation = explainMismatch(c, golden, actual);
      expect(observeRun(actual), explanation).toEqual(observeGolden(golden));
    });
  }
});
