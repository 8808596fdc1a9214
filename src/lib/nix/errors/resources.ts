/**
 * Resource exhaustion: what JavaScript itself runs out of while evaluating — the native stack, the
 * longest string or array V8 can make. These surface as `RangeError`s from anywhere in the
 * evaluator; `resourceExhaustion` names what ran out, in words a user can act on, so no caller
 * ever shows them as internal errors or stack traces.
 */

import { NixError, type ResourceKind } from './nix-error';

/** V8's String::kMaxLength on 64-bit platforms (2^29 - 24 UTF-16 units; our strings hold a byte each). */
export const MAX_STRING_BYTES = 2 ** 29 - 24;

export interface Exhaustion {
  kind: ResourceKind;
  /** The message, as Nix would start it (`error: ` is added by the printer). */
  message: string;
  hint: string;
}

/** The resource an error says ran out, or `null` when it is not a resource error. */
export function resourceExhaustion(error: unknown): Exhaustion | null {
  if (!(error instanceof RangeError)) return null;
  if (/call stack/i.test(error.message)) {
    return {
      kind: 'stack-overflow',
      message: 'stack overflow (possible infinite recursion)',
      hint: 'A function recursed too deeply; look for a function that calls itself without end.',
    };
  }
  if (/string length/i.test(error.message)) {
    return {
      kind: 'out-of-memory',
      message: `out of memory: a string would be longer than ${MAX_STRING_BYTES} bytes, the most Arbor's evaluator can hold in one string`,
      hint: 'Nix itself can hold longer strings; build smaller ones, or evaluate this with Nix.',
    };
  }
  if (/array length|allocation failed|typed array/i.test(error.message)) {
    return {
      kind: 'out-of-memory',
      message: "out of memory: a list or buffer would be longer than Arbor's evaluator can hold",
      hint: 'Make smaller lists.',
    };
  }
  return null;
}

/**
 * How deep the evaluator's own structural recursions (`==`, `toJSON`) may go before they give up
 * with Nix's "stack overflow". Nix reaches its native stack limit near here (about 100 000 nested
 * lists or sets in `toJSON`); without a limit a cyclic value would run until JavaScript's much
 * larger stack is exhausted, which takes tens of seconds and gigabytes.
 */
export const MAX_NESTING = 100_000;

/** Nix's native stack overflow: no position and no trace frames (Nix prints none either). */
class NativeStackOverflow extends NixError {
  override addFrame(): this {
    return this;
  }
}

export function nativeStackOverflow(): NixError {
  return new NativeStackOverflow('stack-overflow', 'stack overflow (possible infinite recursion)', null);
}
