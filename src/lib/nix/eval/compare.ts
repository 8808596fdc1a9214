/**
 * Equality (`==`) and ordering (`<`, `builtins.sort`'s default, `lessThan`) as Nix defines them.
 *
 * Quirks kept on purpose: an int equals a float of the same value; functions are never equal —
 * except that two list elements or attributes held in the very same cell are equal without being
 * looked at (Nix compares Value addresses first), so `[ f ] == [ f ]` is true for a variable `f`;
 * two derivations are equal when their `outPath`s are.
 */

import { compareInt } from './arith';
import type { EvalContext } from './context';
import { evalError } from '../errors/nix-error';
import { MAX_NESTING, nativeStackOverflow } from '../errors/resources';
import { symbolOrderIndices } from './symbol-order';
import {
  Attrs,
  compareStrings,
  force,
  isDerivation,
  NixFloat,
  NixPath,
  NixString,
  showType,
  Thunk,
  type Lazy,
  type SourcePos,
  type Value,
} from './values';

/** Equality of two cells (list elements, attribute values): identical cells are equal. */
function equalCells(a: Lazy, b: Lazy, pos: SourcePos | null, context: EvalContext): boolean {
  if (a === b && (a instanceof Thunk || (typeof a === 'object' && a !== null))) return true;
  return equalValues(force(a, pos), force(b, pos), pos, context);
}

/** `a == b`, on `context`'s evaluator (its symbol order, its comparisons in progress). */
export function equalValues(a: Value, b: Value, pos: SourcePos | null, context: EvalContext): boolean {
  if (typeof a === 'number' || typeof a === 'bigint') {
    if (typeof b === 'number' || typeof b === 'bigint') return a === b;
    if (b instanceof NixFloat) return Number(a) === b.value;
    return false;
  }
  if (a instanceof NixFloat) {
    if (b instanceof NixFloat) return a.value === b.value;
    if (typeof b === 'number' || typeof b === 'bigint') return a.value === Number(b);
    return false;
  }
  if (a === null || typeof a === 'boolean') return a === b;
  if (typeof a === 'string' || a instanceof NixString) {
    if (typeof b === 'string') return (typeof a === 'string' ? a : a.value) === b;
    if (b instanceof NixString) return (typeof a === 'string' ? a : a.value) === b.value;
    return false;
  }
  if (a instanceof NixPath) return b instanceof NixPath && a.path === b.path;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    // The same list, or two empty ones (`defs == [ ]`, the module system's commonest test):
    // every element pair is one cell, so Nix would find them equal without forcing anything.
    if (a === b || a.length === 0) return true;
    enter(context.comparing, a, b);
    try {
      for (let i = 0; i < a.length; i++) if (!equalCells(a[i], b[i], pos, context)) return false;
    } finally {
      leave(context.comparing, a, b);
    }
    return true;
  }
  if (a instanceof Attrs) {
    if (!(b instanceof Attrs)) return false;
    if (a === b || (a.size === 0 && b.size === 0)) return true;
    enter(context.comparing, a, b);
    try {
      return equalAttrs(a, b, pos, context);
    } finally {
      leave(context.comparing, a, b);
    }
  }
  // Functions are incomparable, and unequal to everything.
  return false;
}

/**
 * The comparisons of lists and sets in progress (`EvalContext.comparing`). Two distinct cyclic
 * values never compare to an end: Nix overflows its stack. A pair met again inside its own
 * comparison is such a cycle, and ends at once; other endless nesting ends at MAX_NESTING.
 */
export interface Comparisons {
  depth: number;
  pairs: Map<object, object[]>;
}

function enter(nesting: Comparisons, a: object, b: object): void {
  // Checked before anything changes, so a throw leaves the state as it was.
  const partners = nesting.pairs.get(a);
  if (nesting.depth >= MAX_NESTING || (partners !== undefined && partners.includes(b)))
    throw nativeStackOverflow();
  if (partners === undefined) nesting.pairs.set(a, [b]);
  else partners.push(b);
  nesting.depth++;
}

function leave(nesting: Comparisons, a: object, b: object): void {
  nesting.depth--;
  const partners = nesting.pairs.get(a)!;
  if (partners.length === 1) nesting.pairs.delete(a);
  else partners.splice(partners.lastIndexOf(b), 1);
}

function equalAttrs(a: Attrs, b: Attrs, pos: SourcePos | null, context: EvalContext): boolean {
  if (isDerivation(a) && isDerivation(b)) {
    const i = a.get('outPath');
    const j = b.get('outPath');
    if (i !== undefined && j !== undefined) return equalCells(i, j, pos, context);
  }
  if (a.size !== b.size) return false;
  if (a.size === 0) return true;
  // Nix walks both sets in symbol order (see symbol-order.ts): which values are forced before
  // a difference is found, and so which error or trace comes first, depends on it.
  const keysA = a.keys;
  const keysB = b.keys;
  const orderA = symbolOrderIndices(a, context.symbols);
  const orderB = keysA === keysB ? orderA : symbolOrderIndices(b, context.symbols);
  for (let k = 0; k < orderA.length; k++) {
    const i = orderA[k];
    const j = orderB[k];
    if (keysA[i] !== keysB[j]) return false;
    if (!equalCells(a.values[i], b.values[j], pos, context)) return false;
  }
  return true;
}

/** Nix's `CompareValues`: true when a < b; throws for types that have no order. */
export function lessThan(a: Value, b: Value, pos: SourcePos | null, context: EvalContext): boolean {
  if (a instanceof NixFloat && (typeof b === 'number' || typeof b === 'bigint')) return a.value < Number(b);
  if ((typeof a === 'number' || typeof a === 'bigint') && b instanceof NixFloat) return Number(a) < b.value;
  if (typeof a === 'number' || typeof a === 'bigint') {
    if (typeof b === 'number' || typeof b === 'bigint') return compareInt(a, b) < 0;
  } else if (a instanceof NixFloat) {
    if (b instanceof NixFloat) return a.value < b.value;
  } else if (typeof a === 'string' || a instanceof NixString) {
    if (typeof b === 'string' || b instanceof NixString) {
      return compareStrings(typeof a === 'string' ? a : a.value, typeof b === 'string' ? b : b.value) < 0;
    }
  } else if (a instanceof NixPath) {
    if (b instanceof NixPath) return compareStrings(a.path, b.path) < 0;
  } else if (Array.isArray(a)) {
    if (Array.isArray(b)) {
      for (let i = 0; ; i++) {
        if (i === b.length) return false;
        if (i === a.length) return true;
        const x = force(a[i], pos);
        const y = force(b[i], pos);
        if (!equalCells(a[i], b[i], pos, context)) return lessThan(x, y, pos, context);
      }
    }
  }
  if (sameType(a, b)) {
    throw evalError(
      'type',
      `cannot compare ${showType(a)} with ${showType(b)}; values of that type are incomparable`,
      pos,
    );
  }
  throw evalError('type', `cannot compare ${showType(a)} with ${showType(b)}`, pos);
}

function sameType(a: Value, b: Value): boolean {
  const kind = (v: Value) =>
    v === null
      ? 'null'
      : typeof v === 'boolean'
        ? 'bool'
        : v instanceof Attrs
          ? 'set'
          : typeof v === 'object' && !Array.isArray(v)
            ? v.constructor.name
            : typeof v;
  return kind(a) === kind(b);
}
