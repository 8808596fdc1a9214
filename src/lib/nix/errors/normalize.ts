/**
 * Whatever an evaluation throws, as one `NixError`: the boundary where JavaScript exceptions stop.
 *
 * Every layer raises `NixError`s of its precise kind (the file systems and the store included),
 * except the parser, whose `ParseError` (with a span) `toNixError` turns into a `parse` error. It
 * names resource exhaustion (`RangeError`s from V8) as what ran out, and turns
 * anything else, which can only be a bug in Arbor, into an `internal-bug` error that asks for a
 * report instead of showing a stack trace.
 */

import { SourcePos } from '../eval/values';
import { ParseError } from '../syntax/parser';
import { NixError } from './nix-error';
import { resourceExhaustion } from './resources';

export function toNixError(error: unknown): NixError {
  if (error instanceof NixError) return error;
  if (error instanceof ParseError)
    return new NixError('parse', error.message, new SourcePos(error.source, error.start));
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
