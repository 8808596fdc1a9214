// Cases of the differential corpus whose whole stderr must match Nix's byte for byte (the
// differential test compares only the kind and position of the final error): where the trace
// itself is the behaviour — `builtins.addErrorContext`'s frames, as Nix prints them with and
// without --show-trace, and what --read-write-mode reports with a dummy store.

import { describe, expect, it } from 'vitest';
import { listCases, readGolden, runOurs } from './harness';

const EXACT = [
  'errors/add-error-context-frames',
  'errors/add-error-context-frames-show-trace',
  'errors/add-error-context-message-not-string',
  'errors/add-error-context-partial-application',
  'errors/add-error-context-escape-sequences-filtered',
  'cli/read-write-mode',
];

describe('error traces exactly as Nix prints them', () => {
  const cases = listCases(EXACT);
  it('finds every listed case', () => {
    expect(cases.map((c) => c.id).sort()).toEqual([...EXACT].sort());
  });
  for (const c of cases) {
    it(c.id, async () => {
      const golden = readGolden(c);
      if (golden?.status !== 'fail') return expect.fail(`${c.id}: the golden is not an error`);
      const ours = await runOurs(c);
      expect(ours.exitCode).toBe(golden.exitCode);
      expect(ours.stderr).toBe(golden.stderr);
    });
  }
});
