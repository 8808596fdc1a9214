/**
 * TOML's atoms: booleans, integers (decimal, `0x`, `0o`, `0b`, `_` between digits, 64-bit),
 * floats (with `inf` and `nan`), and dates and times, which are only checked (the conversion
 * refuses them, document.ts). The errors are toml11's titles at toml11's positions.
 */

import { NixFloat } from '../../eval/values';
import type { TNode } from './document';
import { isValueChar, type TomlScanner } from './scanner';

const MAX_INT64 = 9223372036854775807n;
const MIN_INT64 = -9223372036854775808n;

const EXAMPLES: Record<string, string> = {
  hex: '0xC0FFEE, 0xdead_beef',
  oct: '0o775, 0o04_44',
  bin: '0b0101, 0b1111_0000',
};

/** Booleans, numbers, inf/nan, dates and times. */
export function readAtom(scanner: TomlScanner): TNode {
  const s = scanner.s;
  const start = scanner.pos;
  let end = start;
  while (end < s.length && isValueChar(s.charCodeAt(end))) end++;
  // A date and a time may be separated by one space.
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(s.slice(start, end)) &&
    s[end] === ' ' &&
    /^\d{2}:/.test(s.slice(end + 1, end + 4))
  ) {
    end++;
    while (end < s.length && isValueChar(s.charCodeAt(end))) end++;
  }
  const text = s.slice(start, end);
  scanner.pos = end;
  if (text === 'true') return { t: 'scalar', value: true };
  if (text === 'false') return { t: 'scalar', value: false };
  if (/^[+-]?inf$/.test(text))
    return { t: 'scalar', value: new NixFloat(text[0] === '-' ? -Infinity : Infinity) };
  if (/^[+-]?nan$/.test(text)) return { t: 'scalar', value: new NixFloat(NaN) };
  const c = text.charCodeAt(0);
  if (c === 0x74 || c === 0x66) {
    scanner.pos = start;
    scanner.fail(
      'toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `"`',
    );
  }
  const date =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))?)?$/.exec(
      text,
    );
  if (date) {
    const [, y, mo, d, h, mi, se, oh, om] = date.map(Number);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1])
      scanner.fail('toml::parse_local_date: invalid date.', start);
    if (date[4] !== undefined && (h > 23 || mi > 59 || se > 60))
      scanner.fail('toml::parse_local_time: invalid time.', start);
    if (date[7] !== undefined && (oh > 23 || om > 59))
      scanner.fail('toml::parse_offset_datetime: invalid offset.', start);
    return { t: 'date' };
  }
  const time = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text);
  if (time) {
    if (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3]) > 60)
      scanner.fail('toml::parse_local_time: invalid time.', start);
    return { t: 'date' };
  }
  const prefixed = /^0([xob])(.*)$/.exec(text);
  if (prefixed) return prefixedInteger(scanner, prefixed[1], prefixed[2], start);
  if (/^[+-]?0[xob]/.test(text)) {
    const kind = text[2] === 'x' ? 'hex' : text[2] === 'o' ? 'oct' : 'bin';
    scanner.pos = start;
    scanner.fail(`toml::parse_${kind}_integer: invalid integer: ${kind}_int must be like: ${EXAMPLES[kind]}`);
  }
  return decimal(scanner, text, start);
}

function prefixedInteger(scanner: TomlScanner, kind: string, digits: string, start: number): TNode {
  const name = kind === 'x' ? 'hex' : kind === 'o' ? 'oct' : 'bin';
  const digit = kind === 'x' ? '[0-9A-Fa-f]' : kind === 'o' ? '[0-7]' : '[01]';
  if (!new RegExp(`^${digit}(?:_?${digit})*$`).test(digits)) {
    scanner.pos = start;
    scanner.fail(`toml::parse_${name}_integer: invalid integer: ${name}_int must be like: ${EXAMPLES[name]}`);
  }
  const value = BigInt('0' + kind + digits.replace(/_/g, ''));
  if (value > MAX_INT64) {
    scanner.pos = start;
    scanner.fail(
      `toml::parse_${name}_integer: too large integer: current max value = 2^63`,
      start + 2 + digits.length,
      'must be < 2^63',
    );
  }
  return { t: 'scalar', value: Number.isSafeInteger(Number(value)) ? Number(value) : value };
}

function decimal(scanner: TomlScanner, text: string, start: number): TNode {
  const m = /^([+-]?)([0-9_]*)(?:(\.)([0-9_]*))?(?:([eE])([+-]?[0-9_]*))?$/.exec(text);
  const here = (offset: number, title: string): never => scanner.fail(title, start + offset);
  if (!m) {
    // Find the first character that cannot continue a number.
    let i = /^[+-]?[0-9_]*/.exec(text)![0].length;
    if (text[i] === '.') i = i + 1 + /^[0-9_]*/.exec(text.slice(i + 1))![0].length;
    return here(i, 'bad integer: invalid digit after an integer');
  }
  const [, , intPart, dot, frac, e, exp] = m;
  const checkDigits = (part: string, offset: number, what: string) => {
    if (part === '') return here(offset, `bad ${what}: invalid format`);
    if (part.startsWith('_') || part.endsWith('_') || part.includes('__'))
      here(offset, `bad ${what}: \`_\` must be surrounded by digits`);
  };
  const isFloat = dot !== undefined || e !== undefined;
  if (intPart === '') {
    if (dot !== undefined) here(0, 'bad float: integer part is required before decimal point');
    return here(0, 'bad format: unknown value appeared');
  }
  checkDigits(intPart, 0, isFloat ? 'float' : 'integer');
  if (intPart.length > 1 && intPart[0] === '0') {
    here(
      0,
      isFloat
        ? 'bad float: leading zero in an integer part of a float is not allowed'
        : 'bad integer: leading zero is not allowed in decimal int',
    );
  }
  if (!isFloat) {
    const value = BigInt(text.replace(/_/g, ''));
    if (value > MAX_INT64 || value < MIN_INT64) {
      scanner.fail(
        'toml::parse_dec_integer: too large integer: current max digits = 2^63',
        start + text.length,
        'must be < 2^63',
      );
    }
    const n = Number(value);
    return { t: 'scalar', value: Number.isSafeInteger(n) ? n + 0 : value };
  }
  if (dot !== undefined) checkDigits(frac, m[1].length + intPart.length + 1, 'float');
  if (e !== undefined) {
    const digits = exp.replace(/^[+-]/, '');
    checkDigits(digits, text.length - exp.length, 'float');
  }
  const x = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(x))
    scanner.fail('toml::parse_floating: failed to read floating point value from stream', start);
  return { t: 'scalar', value: new NixFloat(x) };
}
