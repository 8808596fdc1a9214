/**
 * Combining values: `a // b` (`updateAttrs`) and `++` / `builtins.concatLists` (`concatLists`).
 * Both return an operand itself when the other adds nothing, as Nix shares it too (observable
 * through `«repeated»` in printing and through `==` on the very same cells).
 */

import { typeError } from '../errors/nix-error';
import { showValueBrief } from './show';
import { Attrs, force, showType, type Lazy, type SourcePos } from './values';

/**
 * `a // b`: a merge of two sorted name arrays in which b's attributes win; an empty side returns
 * the other set itself (Nix shares it too).
 */
export function updateAttrs(a: Attrs, b: Attrs): Attrs {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const ak = a.keys;
  const bk = b.keys;
  // How many names the result has, and whether they are exactly a's (b only replaces):
  // then a's name array is shared instead of copied.
  let size = ak.length;
  for (let i = 0, j = 0; j < bk.length;) {
    if (i >= ak.length || bk[j] < ak[i]) {
      size++;
      j++;
    } else if (ak[i] === bk[j]) {
      i++;
      j++;
    } else i++;
  }
  const shared = size === ak.length;
  const keys: string[] = shared ? (ak as string[]) : new Array<string>(size);
  const values = new Array<Lazy>(size);
  const withPositions = a.positions !== null || b.positions !== null;
  const positions: Array<SourcePos | null> | null = withPositions ? new Array<SourcePos | null>(size) : null;
  let i = 0;
  let j = 0;
  for (let k = 0; k < size; k++) {
    if (j >= bk.length || (i < ak.length && ak[i] < bk[j])) {
      if (!shared) keys[k] = ak[i];
      values[k] = a.values[i];
      if (positions !== null) positions[k] = a.positionAt(i);
      i++;
    } else {
      if (i < ak.length && ak[i] === bk[j]) i++;
      if (!shared) keys[k] = bk[j];
      values[k] = b.values[j];
      if (positions !== null) positions[k] = b.positionAt(j);
      j++;
    }
  }
  return Attrs.fromSorted(keys, values, positions);
}

/** `++` and `concatLists`: a single non-empty list is returned as it is (Nix shares it). */
export function concatLists(lists: Lazy[], pos: SourcePos | null): Lazy[] {
  let total = 0;
  let nonEmpty: Lazy[] | null = null;
  const forced: Lazy[][] = [];
  for (const list of lists) {
    const l = force(list, pos);
    if (!Array.isArray(l)) {
      throw typeError(`expected a list but found ${showType(l)}: ${showValueBrief(l)}`, null).addFrame(
        'while evaluating one of the elements to concatenate',
        pos,
      );
    }
    forced.push(l);
    if (l.length > 0) {
      nonEmpty = l;
      total += l.length;
    }
  }
  if (nonEmpty !== null && nonEmpty.length === total) return nonEmpty;
  const out: Lazy[] = [];
  for (const l of forced) for (const item of l) out.push(item);
  return out;
}
