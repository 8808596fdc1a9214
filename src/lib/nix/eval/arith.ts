/**
 * 64-bit integer arithmetic with Nix's overflow errors.
 *
 * Integers are JS numbers while safe and bigints beyond (see values.ts). The fast path stays in
 * doubles; only a result outside ±2^53 goes through bigint, where the int64 range is checked and
 * the value normalised back to a number when it fits.
 */

import { evalError } from '../errors/nix-error';
import type { SourcePos } from './values';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);
const SAFE_MIN = -SAFE_MAX;

export type NixInt = number | bigint;

export function normalizeInt(value: bigint): NixInt {
  return value >= SAFE_MIN && value <= SAFE_MAX ? Number(value) : value;
}

function checked(result: bigint, message: () => string, pos: SourcePos | null): NixInt {
  if (result < INT64_MIN || result > INT64_MAX) throw evalError('integer-overflow', message(), pos);
  return normalizeInt(result);
}

export function addInt(a: NixInt, b: NixInt, pos: SourcePos | null): NixInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return checked(BigInt(a) + BigInt(b), () => `integer overflow in adding ${a} + ${b}`, pos);
}

export function subInt(a: NixInt, b: NixInt, pos: SourcePos | null): NixInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return checked(BigInt(a) - BigInt(b), () => `integer overflow in subtracting ${a} - ${b}`, pos);
}

export function mulInt(a: NixInt, b: NixInt, pos: SourcePos | null): NixInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return checked(BigInt(a) * BigInt(b), () => `integer overflow in multiplying ${a} * ${b}`, pos);
}

/** Integer division truncating toward zero, as C++ does. */
export function divInt(a: NixInt, b: NixInt, pos: SourcePos | null): NixInt {
  if (b === 0 || b === 0n) throw evalError('division-by-zero', 'division by zero', pos);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.trunc(a / b);
    return r === 0 ? 0 : r;
  }
  return checked(BigInt(a) / BigInt(b), () => `integer overflow in dividing ${a} / ${b}`, pos);
}

export function compareInt(a: NixInt, b: NixInt): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intToFloat(a: NixInt): number {
  return Number(a);
}

/** Bitwise operations on the two's-complement 64-bit representation. */
export function bitInt(op: 'and' | 'or' | 'xor', a: NixInt, b: NixInt): NixInt {
  const x = BigInt.asIntN(64, BigInt(a));
  const y = BigInt.asIntN(64, BigInt(b));
  const r = op === 'and' ? x & y : op === 'or' ? x | y : x ^ y;
  return normalizeInt(BigInt.asIntN(64, r));
}
