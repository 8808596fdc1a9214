/**
 * Attributes in symbol order. Nix keeps a set's attributes sorted by symbol — the order in which
 * their names were first interned — and some operations walk them in that order instead of by
 * name: deep forcing (`deepSeq`, `--strict`), `==`, and the argument checks of a function call.
 * Which error is reported first, and the order of `trace` output, depend on it:
 * `builtins.deepSeq { b = throw "b"; a = abort "a"; } 1` throws "b", which `tryEval` catches.
 * Printing, `attrNames`, `attrValues`, `toJSON` and `toXML` use name order (our Attrs' own order).
 */

import { symbolOrder } from '../syntax/symbols';
import type { Attrs } from './values';

/** Keys arrays are shared between sets with the same names, so the permutation is cached by them. */
const cache = new WeakMap<readonly string[], Uint32Array>();

/** The indices of `attrs`' keys (and values), in symbol order. */
export function symbolOrderIndices(attrs: Attrs): ArrayLike<number> {
  const keys = attrs.keys;
  let order = cache.get(keys);
  if (order === undefined) {
    const ids = keys.map(symbolOrder);
    order = Uint32Array.from(keys.keys()).sort((a, b) => ids[a] - ids[b]);
    cache.set(keys, order);
  }
  return order;
}

/** The name among `names` that comes first in symbol order (for "unexpected argument" errors). */
export function firstInSymbolOrder(names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestId = Infinity;
  for (const name of names) {
    const id = symbolOrder(name);
    if (id < bestId) [best, bestId] = [name, id];
  }
  return best;
}
