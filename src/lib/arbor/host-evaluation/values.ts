/**
 * How the walk reads values: forcing an option's value deeply for the check (`forceForCheck`),
 * turning a value into what the Config tab and `arbor eval` show (`toDisplay`, which never
 * throws), and writing an option path as nixpkgs' `showOption` does. The small readers below
 * (`text`, `attr`, `propertyType`, …) look at evaluated values without forcing more than asked.
 */

import {
  Attrs,
  force,
  fromByteString,
  isFunction,
  type Lazy,
  NixError,
  NixFloat,
  NixPath,
  NixString,
  type Value,
} from '../../nix';
import { optionNamedBy } from '../module-errors';
import type { DisplayValue } from '../types';

const DISPLAY_DEPTH = 12;
const DISPLAY_ITEMS = 200;

export function text(value: Value): string | null {
  if (typeof value === 'string') return fromByteString(value);
  if (value instanceof NixString) return fromByteString(value.value);
  return null;
}

export function attr(value: Value, name: string): Lazy | undefined {
  return value instanceof Attrs ? value.get(name) : undefined;
}

export function stringAttr(value: Value, name: string): string | null {
  const cell = attr(value, name);
  return cell === undefined ? null : text(force(cell));
}

export function isDerivationSet(value: Value): boolean {
  if (!(value instanceof Attrs)) return false;
  const type = value.get('type');
  return type !== undefined && text(force(type)) === 'derivation';
}

/** A property wrapper (mkIf, mkMerge, mkOverride, mkOrder) or an option, by its `_type`. */
export function propertyType(value: Value): string | null {
  if (!(value instanceof Attrs)) return null;
  const type = value.get('_type');
  return type === undefined ? null : text(force(type));
}

/**
 * Forces a value deeply for the check, leaving functions and packages (placeholders) alone.
 *
 * Inside a submodule value (`users.users.alice`) an option without a value and without a
 * default is not a mistake until something reads it — NixOS never forces it either — so the
 * "has no value defined" error of exactly the attribute being visited is skipped. The same error
 * about another option (a definition that reads an unset option) is reported.
 */
export function forceForCheck(root: Lazy, loc: readonly string[] = []): void {
  const seen = new Set<unknown>();
  const visit = (cell: Lazy, here: readonly string[]): void => {
    if (seen.has(cell)) return;
    seen.add(cell);
    const value = force(cell);
    if (value instanceof Attrs) {
      if (seen.has(value)) return;
      seen.add(value);
      if (isDerivationSet(value)) return;
      for (let i = 0; i < value.values.length; i++) {
        const child = [...here, fromByteString(value.keys[i])];
        try {
          visit(value.values[i], child);
        } catch (error) {
          if (error instanceof NixError && isUnsetOptionItself(error, child)) continue;
          if (error instanceof NixError) {
            error.addFrame(`while evaluating the attribute '${value.keys[i]}'`, value.positionAt(i));
          }
          throw error;
        }
      }
    } else if (Array.isArray(value)) {
      if (seen.has(value)) return;
      seen.add(value);
      for (const item of value) visit(item, here);
    }
  };
  visit(root, loc);
}

function isUnsetOptionItself(error: NixError, loc: readonly string[]): boolean {
  const message = fromByteString(error.message);
  return (
    message.includes("' was accessed but has no value defined") &&
    optionNamedBy(message) === showOptionPath(loc)
  );
}

/** A value for display; never throws (a failing part shows as an error marker). */
export function toDisplay(cell: Lazy, depth = 0): DisplayValue {
  let value: Value;
  try {
    value = force(cell);
  } catch (error) {
    return {
      $arbor: 'error',
      text: error instanceof NixError ? fromByteString(error.message) : String(error),
    };
  }
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof NixFloat) return value.value;
  const s = text(value);
  if (s !== null) return s;
  if (value instanceof NixPath) return { $arbor: 'path', text: fromByteString(value.path) };
  if (isFunction(value)) return { $arbor: 'function', text: '<function>' };
  if (depth >= DISPLAY_DEPTH) return { $arbor: 'truncated', text: '…' };
  if (Array.isArray(value)) {
    const items = value.slice(0, DISPLAY_ITEMS).map((item) => toDisplay(item, depth + 1));
    if (value.length > DISPLAY_ITEMS)
      items.push({ $arbor: 'truncated', text: `… ${value.length - DISPLAY_ITEMS} more` });
    return items;
  }
  if (value instanceof Attrs) {
    if (isDerivationSet(value)) {
      let name = '';
      try {
        name = stringAttr(value, 'name') ?? '';
      } catch {
        // a name that fails to evaluate is left out
      }
      const placeholder = value.has('__arborPlaceholder');
      return { $arbor: placeholder ? 'placeholder' : 'derivation', text: name };
    }
    if (value.has('__functor')) return { $arbor: 'function', text: '<functor>' };
    const out: { [name: string]: DisplayValue } = {};
    const count = Math.min(value.keys.length, DISPLAY_ITEMS);
    for (let i = 0; i < count; i++)
      out[fromByteString(value.keys[i])] = toDisplay(value.values[i], depth + 1);
    if (value.keys.length > DISPLAY_ITEMS)
      out['…'] = { $arbor: 'truncated', text: `${value.keys.length - DISPLAY_ITEMS} more` };
    return out;
  }
  return { $arbor: 'error', text: 'unknown value' };
}

/** `services.openssh.ports`, `users.users."a.b".uid` — as nixpkgs' showOption writes paths. */
export function showOptionPath(parts: readonly string[]): string {
  return parts
    .map((part) =>
      /^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(part) || /^<.*>$/.test(part) || part === '*'
        ? part
        : JSON.stringify(part),
    )
    .join('.');
}
