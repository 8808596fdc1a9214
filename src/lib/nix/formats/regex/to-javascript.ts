/**
 * The translation of a pattern to a JavaScript RegExp, for the patterns on which one provably
 * gives libstdc++'s answer (the conditions are in ../regex.ts and at `jsSafe`): a RegExp runs in
 * the engine's native code, the executor in automaton.ts is an interpreter.
 *
 * Byte sets become classes of `\xNN` escapes, which is exact because subjects are byte strings
 * (one character per byte, see bytes.ts).
 */

import { emptySet, type ByteSet } from './character-classes';
import type { Ast } from './compiler';

export function nullable(a: Ast): boolean {
  switch (a.k) {
    case 'set':
      return false;
    case 'bol':
    case 'eol':
    case 'empty':
      return true;
    case 'group':
      return nullable(a.body);
    case 'cat':
      return a.items.every(nullable);
    case 'alt':
      return nullable(a.left) || nullable(a.right);
    case 'rep':
      return a.min === 0 || nullable(a.body);
  }
}

function firstSet(a: Ast, out: ByteSet): void {
  switch (a.k) {
    case 'set':
      for (let c = 0; c < 256; c++) if (a.set[c]) out[c] = 1;
      return;
    case 'group':
      return firstSet(a.body, out);
    case 'cat':
      for (const item of a.items) {
        firstSet(item, out);
        if (!nullable(item)) return;
      }
      return;
    case 'alt':
      firstSet(a.left, out);
      firstSet(a.right, out);
      return;
    case 'rep':
      if (a.max !== 0) firstSet(a.body, out);
      return;
    default:
      return;
  }
}

function hasGroup(a: Ast): boolean {
  switch (a.k) {
    case 'group':
      return true;
    case 'cat':
      return a.items.some(hasGroup);
    case 'alt':
      return hasGroup(a.left) || hasGroup(a.right);
    case 'rep':
      return hasGroup(a.body);
    default:
      return false;
  }
}

/** Whether a JS RegExp gives libstdc++'s result; `search` adds the conditions for split. */
export function jsSafe(a: Ast, search: boolean): boolean {
  switch (a.k) {
    case 'group':
      return jsSafe(a.body, search);
    case 'cat':
      return a.items.every((item) => jsSafe(item, search));
    case 'alt': {
      if (!jsSafe(a.left, search) || !jsSafe(a.right, search)) return false;
      if (!search) return true;
      if (nullable(a.left) || nullable(a.right)) return false;
      const l = emptySet();
      const r = emptySet();
      firstSet(a.left, l);
      firstSet(a.right, r);
      for (let c = 0; c < 256; c++) if (l[c] && r[c]) return false;
      return true;
    }
    case 'rep':
      if (hasGroup(a.body)) {
        // JS resets captures inside a repetition at each iteration and refuses empty iterations;
        // both are invisible only for a non-empty group that is the whole repeated atom.
        if (a.body.k !== 'group' || hasGroup(a.body.body) || nullable(a.body)) return false;
      }
      return jsSafe(a.body, search);
    default:
      return true;
  }
}

function hex(c: number): string {
  return '\\x' + (c < 16 ? '0' : '') + c.toString(16);
}

function setToJs(set: ByteSet): string {
  let count = 0;
  let only = -1;
  for (let c = 0; c < 256; c++) {
    if (set[c]) {
      count++;
      only = c;
    }
  }
  if (count === 0) return '(?!)';
  if (count === 1)
    return /[A-Za-z0-9]/.test(String.fromCharCode(only)) ? String.fromCharCode(only) : hex(only);
  if (count === 256) return '[\\s\\S]';
  let out = '[';
  for (let c = 0; c < 256; c++) {
    if (!set[c]) continue;
    let d = c;
    while (d + 1 < 256 && set[d + 1]) d++;
    out += d === c ? hex(c) : d === c + 1 ? hex(c) + hex(d) : hex(c) + '-' + hex(d);
    c = d;
  }
  return out + ']';
}

export function toJs(a: Ast): string {
  switch (a.k) {
    case 'set':
      return setToJs(a.set);
    case 'bol':
      return '^';
    case 'eol':
      return '$';
    case 'empty':
      return '';
    case 'group':
      return '(' + toJs(a.body) + ')';
    case 'cat':
      return a.items.map((item) => (item.k === 'alt' ? '(?:' + toJs(item) + ')' : toJs(item))).join('');
    case 'alt':
      return toJs(a.left) + '|' + toJs(a.right);
    case 'rep': {
      const body = a.body.k === 'set' || a.body.k === 'group' ? toJs(a.body) : '(?:' + toJs(a.body) + ')';
      const q =
        a.min === 0 && a.max === -1
          ? '*'
          : a.min === 1 && a.max === -1
            ? '+'
            : a.min === 0 && a.max === 1
              ? '?'
              : a.max === -1
                ? `{${a.min},}`
                : `{${a.min},${a.max}}`;
      // An assertion or empty body cannot take a JS quantifier directly.
      return (
        (a.body.k === 'bol' || a.body.k === 'eol' || a.body.k === 'empty' ? '(?:' + body + ')' : body) + q
      );
    }
  }
}
