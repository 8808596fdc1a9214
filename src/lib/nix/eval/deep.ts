/**
 * Deep forcing (`--strict`, `deepSeq`, printing as JSON): evaluate every list element and
 * attribute, recursively, visiting each cell once (values may be cyclic through sharing).
 * Attributes are visited in symbol order, as Nix does. Errors get the trace frame "while
 * evaluating the attribute 'x'", as in Nix.
 */

import { NixError } from '../errors/nix-error';
import type { SymbolTable } from '../syntax/symbols';
import { symbolOrderIndices } from './symbol-order';
import { Attrs, Thunk, type Lazy } from './values';

const IDENTITY = [0];

/** Forces `root` deeply, attributes in `symbols`' order (the evaluator's: `state.context.symbols`). */
export function forceDeep(root: Lazy, symbols: SymbolTable): void {
  const seen = new Set<unknown>();
  const visit = (cell: Lazy): void => {
    if (cell instanceof Thunk) {
      if (seen.has(cell)) return;
      seen.add(cell);
    }
    const value = cell instanceof Thunk ? cell.force() : cell;
    if (value instanceof Attrs || Array.isArray(value)) {
      if (seen.has(value)) return;
      seen.add(value);
    }
    if (value instanceof Attrs) {
      const values = value.values;
      // Nix forces attributes in symbol order, not name order (see symbol-order.ts).
      const order = values.length > 1 ? symbolOrderIndices(value, symbols) : IDENTITY;
      for (let k = 0; k < values.length; k++) {
        const i = order[k];
        try {
          visit(values[i]);
        } catch (error) {
          if (error instanceof NixError) {
            error.addFrame(`while evaluating the attribute '${value.keys[i]}'`, value.positionAt(i));
          }
          throw error;
        }
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    }
  };
  visit(root);
}
