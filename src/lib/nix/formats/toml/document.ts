/**
 * The parsed TOML document, before Nix sees it: a tree of tables, arrays, scalars and dates, as
 * toml11 holds it, and Nix's conversion of that tree into a value.
 *
 * A table remembers how it was made (`TableKind`), because TOML's rules about redefining it
 * depend on that (tables.ts). Dates and times are kept as a bare marker: they parse, and the
 * conversion refuses them, after the whole document was read, as Nix does.
 */

import { NixError } from '../../errors/nix-error';
import { Attr, Attrs, type Lazy, type Value } from '../../eval/values';

/**
 * `root` the document; `header` a `[table]`; `implicit` a table a header path created on its way
 * (it may still be defined by its own header); `dotted` made by dotted keys; `inline` a `{ … }`
 * value (immutable); `aot` one element of an array of tables (`[[…]]`).
 */
export type TableKind = 'root' | 'header' | 'implicit' | 'dotted' | 'inline' | 'aot';

export interface TTable {
  t: 'table';
  map: Map<string, TNode>;
  kind: TableKind;
}
export interface TArray {
  t: 'array';
  items: TNode[];
  /** An array of tables made by `[[…]]` headers (as opposed to an array value). */
  aot: boolean;
}
export interface TScalar {
  t: 'scalar';
  value: Value;
}
export interface TDate {
  t: 'date';
}
export type TNode = TTable | TArray | TScalar | TDate;

export type TomlError = NixError<'toml'>;

/** A TOML text that does not parse, or holds what Nix refuses (dates, NUL bytes). */
export function tomlError(message: string): TomlError {
  return new NixError('toml', `while parsing TOML: ${message}`, null);
}

export const table = (kind: TableKind): TTable => ({ t: 'table', map: new Map(), kind });

function noNullByte(s: string): string {
  if (s.includes('\0')) {
    throw tomlError(
      `error: input string '${s.replace(/\0/g, '\xe2\x90\x80')}' cannot be represented as Nix string because it contains null bytes`,
    );
  }
  return s;
}

/** Nix's conversion of the parsed document (where dates are refused). */
export function toValue(node: TNode): Value {
  switch (node.t) {
    case 'scalar':
      return typeof node.value === 'string' ? noNullByte(node.value) : node.value;
    case 'date':
      throw tomlError('Dates and times are not supported');
    case 'array':
      return node.items.map((item): Lazy => toValue(item));
    case 'table': {
      const map = new Map<string, Attr>();
      for (const [key, value] of node.map) map.set(noNullByte(key), new Attr(toValue(value), null));
      return Attrs.fromMap(map);
    }
  }
}
