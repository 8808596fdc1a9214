/**
 * Forcing a value to an expected type, with Nix's type errors ("expected a set but found an
 * integer: 1"). Every builtin and most expression forms go through these, so a type error always
 * says what was expected, what was found, and where.
 */

import { typeError } from '../errors/nix-error';
import { showValueBrief } from './show';
import {
  Attrs,
  force,
  isFunction,
  Lambda,
  NixFloat,
  NixString,
  PrimOp,
  PrimOpApp,
  showType,
  type Lazy,
  type SourcePos,
  type Value,
} from './values';

/**
 * A type error with the frame saying what was being evaluated. Nix puts the position on the error
 * itself for scalars and functions, but only in the frame for sets and lists (`atPos` is missing
 * from its forceAttrs/forceList), and error positions are compared with Nix's.
 */
function expected(what: string, value: Value, pos: SourcePos | null, frame?: string, positioned = true) {
  return typeError(
    `expected ${what} but found ${showType(value)}: ${showValueBrief(value)}`,
    positioned ? pos : null,
  ).addFrame(frame ?? '', pos);
}

export function forceAttrs(lazy: Lazy, pos: SourcePos | null, frame?: string): Attrs {
  const value = force(lazy, pos);
  if (value instanceof Attrs) return value;
  throw expected('a set', value, pos, frame, false);
}

export function forceList(lazy: Lazy, pos: SourcePos | null, frame?: string): Lazy[] {
  const value = force(lazy, pos);
  if (Array.isArray(value)) return value;
  throw expected('a list', value, pos, frame, false);
}

export function forceInt(lazy: Lazy, pos: SourcePos | null, frame?: string): number | bigint {
  const value = force(lazy, pos);
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  throw expected('an integer', value, pos, frame);
}

/** A float, or an integer converted to one (what Nix's `forceFloat` accepts). */
export function forceNumberAsFloat(lazy: Lazy, pos: SourcePos | null, frame?: string): number {
  const value = force(lazy, pos);
  if (value instanceof NixFloat) return value.value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw expected('a float', value, pos, frame);
}

export function forceBool(lazy: Lazy, pos: SourcePos | null, frame?: string): boolean {
  const value = force(lazy, pos);
  if (typeof value === 'boolean') return value;
  throw expected('a Boolean', value, pos, frame);
}

/** A function, or a functor (a set with `__functor`), which Nix accepts wherever a function goes. */
export function forceFunction(
  lazy: Lazy,
  pos: SourcePos | null,
  frame?: string,
): Lambda | PrimOp | PrimOpApp | Attrs {
  const value = force(lazy, pos);
  if (isFunction(value) || (value instanceof Attrs && value.has('__functor'))) return value;
  throw expected('a function', value, pos, frame);
}

/** A string value, keeping its context. */
export function forceStringValue(lazy: Lazy, pos: SourcePos | null, frame?: string): string | NixString {
  const value = force(lazy, pos);
  if (typeof value === 'string' || value instanceof NixString) return value;
  throw expected('a string', value, pos, frame);
}

/** The text of a string value, ignoring its context. */
export function forceString(lazy: Lazy, pos: SourcePos | null, frame?: string): string {
  const value = forceStringValue(lazy, pos, frame);
  return typeof value === 'string' ? value : value.value;
}

/** The text of a string that must not refer to the store (attribute names, file names, …). */
export function forceStringNoContext(lazy: Lazy, pos: SourcePos | null, frame?: string): string {
  const value = forceStringValue(lazy, pos, frame);
  if (typeof value === 'string') return value;
  const [first] = value.context;
  const path = first.startsWith('!') ? first.slice(first.indexOf('!', 1) + 1) : first.replace(/^=/, '');
  throw typeError(
    `the string '${value.value}' is not allowed to refer to a store path (such as '${path}')`,
    null,
  ).addFrame(frame ?? '', pos);
}

export function isLambda(value: Value): value is Lambda {
  return value instanceof Lambda;
}
