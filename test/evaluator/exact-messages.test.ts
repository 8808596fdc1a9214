// Cases of the differential corpus whose final error message must match Nix's word for word (the
// differential test compares only the kind and position of an error): where the message names
// what Nix chose — which argument is missing, in symbol order — or how Nix filters it.

import { expect } from 'vitest';
import { describeErrorGoldens } from './exact-errors';
import { parseNixError } from './harness';

const EXACT = [
  'errors/missing-argument-symbol-order',
  'errors/unexpected-argument-symbol-order',
  'cli/arg-missing-symbol-order',
  'builtins/toString-extra-argument',
  'builtins/substring-negative-start-empty-length',
  'errors/throw-escape-sequences-filtered',
  'fs/import-file-name-too-long',
  'fs/readFile-file-name-too-long',
  'fs/import-symlink-loop',
  'fs/import-symlink-loop-ancestor',
  'fs/readFile-symlink-loop',
  'fs/hashFile-symlink-loop',
  'fs/pathExists-symlink-loop-below',
  // Found by the fuzzer (scripts/fuzz): functions are shown with their name and position, and
  // attribute names that are not identifiers are quoted.
  'printing/error-value-lambda',
  'printing/error-value-lambda-named',
  'printing/coerce-lambda-named',
  'errors/missing-attribute-quoted-name',
  'builtins/getAttr-missing-quoted-name',
];

describeErrorGoldens('error messages exactly as Nix words them', EXACT, (ours, golden) => {
  expect(parseNixError(ours.stderr)?.message).toBe(parseNixError(golden.stderr)?.message);
});
