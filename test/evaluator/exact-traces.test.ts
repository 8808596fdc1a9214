// Cases of the differential corpus whose whole stderr must match Nix's byte for byte (the
// differential test compares only the kind and position of the final error): where the trace
// itself is the behaviour — `builtins.addErrorContext`'s frames, as Nix prints them with and
// without --show-trace, the "while calling" / "from call site" frames --show-trace adds to calls,
// and what --read-write-mode reports with a dummy store.

import { expect } from 'vitest';
import { describeErrorGoldens } from './exact-errors';

const EXACT = [
  'errors/add-error-context-frames',
  'errors/add-error-context-frames-show-trace',
  'errors/add-error-context-message-not-string',
  'errors/add-error-context-partial-application',
  'errors/add-error-context-escape-sequences-filtered',
  'cli/read-write-mode',
  'errors/call-frames-show-trace',
  'errors/call-frames-functor-and-recursion',
  'errors/call-frames-builtin-calls-lambda',
];

describeErrorGoldens('error traces exactly as Nix prints them', EXACT, (ours, golden) => {
  expect(ours.exitCode).toBe(golden.exitCode);
  expect(ours.stderr).toBe(golden.stderr);
});
