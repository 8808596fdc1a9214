/**
 * Whatever an evaluation throws, as one `NixError`: the boundary where JavaScript exceptions stop.
 *
 * Every layer of the evaluator raises `NixError`s of its precise kind (the parser, the file
 * systems and the store included), so those pass as they are. What else can reach the top is a
 * JavaScript exception: `toNixError` names resource exhaustion (`RangeError`s from V8) as what
 * ran out, and turns anything else, which can only be a bug in Arbor, into an `internal-bug`
 * error that asks for a report instead of showing a stack trace.
 */

import { NixError } from './nix-error';
import { resourceExhaustion } from './resources';

export function toNixError(error: unknown): NixError {
  if (error instanceof NixError) return error;
  const exhausted = resourceExhaustion(error);
  if (exhausted !== null) return new NixError(exhausted.kind, exhausted.message, null, exhausted.hint);
  return internalBug(error);
}

/** An unexpected JavaScript exception: a bug in Arbor, never the user's fault. */
export function internalBug(error: unknown): NixError {
  const what =
    error instanceof Error ? `${error.name}: ${error.message}` : `unexpected value thrown: ${String(error)}`;
  return new NixError(
    'internal-bug',
    `internal error in Arbor's evaluator (${what})`,
    null,
    'This is a bug in Arbor, not in your code. Please report it with the expression you evaluated.',
  );
}
