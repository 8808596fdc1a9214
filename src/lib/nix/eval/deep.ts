/**
 * Deep forcing (`--strict`, `deepSeq`, printing as JSON): evaluate every list element and
 * attribute, recursively, visiting each cell once (values may be cyclic through sharing).
 * Errors get the trace frame "while evaluating the attribute 'x'", as in Nix.
 */

import { NixError } from './errors';
import { Attrs, Thunk, type Lazy } from './values';

export function forceDeep(root: Lazy): void {
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
      for (let i = 0; i < values.length; i++) {
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
