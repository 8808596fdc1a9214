// Shared by exact-messages.test.ts and exact-traces.test.ts: listed corpus cases whose golden is
// an error, each a test comparing our run with Nix's by `check` (the differential test compares
// only the kind and position of the final error).

import { describe, expect, it } from 'vitest';
import { listCases, readGolden, runOurs } from './harness';

type Run = Awaited<ReturnType<typeof runOurs>>;
type Golden = NonNullable<ReturnType<typeof readGolden>> & { status: 'fail' };

export function describeErrorGoldens(
  title: string,
  ids: string[],
  check: (ours: Run, golden: Golden) => void,
) {
  describe(title, () => {
    const cases = listCases(ids);
    it('finds every listed case', () => {
      expect(cases.map((c) => c.id).sort()).toEqual([...ids].sort());
    });
    for (const c of cases) {
      it(c.id, async () => {
        const golden = readGolden(c);
        if (golden?.status !== 'fail') return expect.fail(`${c.id}: the golden is not an error`);
        check(await runOurs(c), golden as Golden);
      });
    }
  });
}
