/**
 * Attributes in symbol order. Nix keeps a set's attributes sorted by symbol — the order in which
 * their names were first interned — and some operations walk them in that order instead of by
 * name: deep forcing (`deepSeq`, `--strict`), `==`, and the argument checks of a function call.
 * Which error is reported first, and the order of `trace` output, depend on it:
 * `builtins.deepSeq { b = throw "b"; a = abort "a"; } 1` throws "b", which `tryEval` catches.
 * Printing, `attrNames`, `attrValues`, `toJSON` and `toXML` use name order (our Attrs' own order).
 */

import type { SymbolTable } from '../syntax/symbols';
import type { Attrs } from './values';

/**
 * The indices of `attrs`' keys (and values), in `symbols`' order. Keys arrays are shared between
 * sets with the same names, so the permutation is cached by them, in the table.
 */
export function symbolOrderIndices(attrs: Attrs, symbols: SymbolTable): ArrayLike<number> {
  const keys = attrs.keys;
  let order = symbols.orderCache.get(keys);
  if (order === undefined) {
    const ids = keys.map((key) => symbols.order(key));
    order = Uint32Array.from(keys.keys()).sort((a, b) => ids[a] - ids[b]);
    symbols.orderCache.set(keys, order);
  }
  return order;
}

/** The name among `names` that comes first in symbol order (for "unexpected argument" errors). */
export function firstInSymbolOrder(names: Iterable<string>, symbols: SymbolTable): string | undefined {
  let best: string | undefined;
  let bestId = Infinity;
  for (const name of names) {
    const id = symbols.order(name);
    if (id < bestId) [best, bestId] = [name, id];
  }
  return best;
}
