/**
 * Converts an evaluated Nix value into plain JavaScript data (what `--json` would print, without
 * the text round trip): sets become objects, lists arrays, strings are decoded from byte strings.
 */

import { Attrs, force, fromByteString, type Lazy, NixFloat, NixPath, NixString } from '../nix';

export function toJs(lazy: Lazy): unknown {
  const value = force(lazy);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return fromByteString(value);
  if (value instanceof NixString) return fromByteString(value.value);
  if (value instanceof NixFloat) return value.value;
  if (value instanceof NixPath) return fromByteString(value.path);
  if (Array.isArray(value)) return value.map(toJs);
  if (value instanceof Attrs) {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < value.keys.length; i++) out[fromByteString(value.keys[i])] = toJs(value.values[i]);
    return out;
  }
  return '<function>';
}
