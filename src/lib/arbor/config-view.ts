/**
 * Views of a host's evaluated configuration: the value at an option path (declared options,
 * freeform leaves, or a path inside an option's value such as `users.users.alice.uid`), the
 * whole configuration as one tree, and values printed as `nix-instantiate --eval --strict`
 * prints data. Used by `arbor eval` and the playground's Config tab.
 */

import { formatFloatDefault, quoteString, showAttrName } from '../nix';
import type { DisplayValue, HostConfiguration, OptionInfo } from './types';

type Tree = { [name: string]: DisplayValue };

function isPlainObject(value: DisplayValue): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !('$arbor' in value);
}

/** Splits `users.users."a.b".uid` into its attribute names. */
export function parseOptionPath(path: string): string[] {
  const parts: string[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|([^."\s]+))\s*(?:\.|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path)) !== null) {
    parts.push(match[1] !== undefined ? (JSON.parse(`"${match[1]}"`) as string) : match[2]);
  }
  return parts;
}

function insert(tree: Tree, loc: string[], value: DisplayValue): void {
  let node = tree;
  for (const name of loc.slice(0, -1)) {
    const next = node[name];
    if (!isPlainObject(next)) node[name] = {};
    node = node[name] as Tree;
  }
  const last = loc[loc.length - 1];
  const existing = node[last];
  node[last] = isPlainObject(existing) && isPlainObject(value) ? { ...existing, ...value } : value;
}

/** The whole configuration (every option and freeform leaf) as one tree. */
export function configTree(
  configuration: HostConfiguration,
  options: OptionInfo[] = configuration.options,
): Tree {
  const tree: Tree = {};
  for (const option of options) if (option.loc.length > 0) insert(tree, option.loc, option.value);
  return tree;
}

export type Lookup =
  | { kind: 'option'; option: OptionInfo; value: DisplayValue }
  | { kind: 'tree'; value: DisplayValue; options: OptionInfo[] }
  | { kind: 'missing'; suggestions: string[] };

function startsWith(loc: string[], prefix: string[]): boolean {
  return prefix.length <= loc.length && prefix.every((p, i) => loc[i] === p);
}

/** What `config.<path>` is on this host. */
export function lookupOption(configuration: HostConfiguration, path: string): Lookup {
  const loc = parseOptionPath(path);
  const exact = configuration.options.find((o) => o.loc.length === loc.length && startsWith(o.loc, loc));
  if (exact) return { kind: 'option', option: exact, value: exact.value };
  const below = configuration.options.filter((o) => startsWith(o.loc, loc));
  if (below.length > 0) {
    let value: DisplayValue = configTree(configuration, below);
    for (const name of loc) value = (value as Tree)[name];
    return { kind: 'tree', value, options: below };
  }
  const above = configuration.options.find((o) => startsWith(loc, o.loc));
  if (above) {
    let value: DisplayValue | undefined = above.value;
    for (const name of loc.slice(above.loc.length)) {
      const current: DisplayValue | undefined = value;
      value = current !== undefined && isPlainObject(current) ? (current as Tree)[name] : undefined;
    }
    if (value !== undefined) return { kind: 'option', option: above, value };
  }
  const parent = loc.slice(0, -1).join('.');
  const suggestions = configuration.options
    .filter((o) => o.loc.slice(0, -1).join('.') === parent || o.path.includes(loc[loc.length - 1] ?? ''))
    .map((o) => o.path)
    .slice(0, 5);
  return { kind: 'missing', suggestions };
}

/** A value printed as `nix-instantiate --eval --strict` prints data. */
export function printNixValue(value: DisplayValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatFloatDefault(value);
  if (typeof value === 'string') return quoteString(value);
  if (Array.isArray(value)) return value.length === 0 ? '[ ]' : `[ ${value.map(printNixValue).join(' ')} ]`;
  if ('$arbor' in value && typeof value.$arbor === 'string') {
    const marker = value as { $arbor: string; text: string };
    switch (marker.$arbor) {
      case 'function':
        return '<LAMBDA>';
      case 'path':
        return marker.text;
      case 'placeholder':
        return `«placeholder ${marker.text}»`;
      case 'derivation':
        return `«derivation ${marker.text}»`;
      case 'truncated':
        return '…';
      default:
        return `«error: ${marker.text}»`;
    }
  }
  const entries = Object.entries(value as Tree);
  if (entries.length === 0) return '{ }';
  return `{ ${entries.map(([k, v]) => `${showAttrName(k)} = ${printNixValue(v)};`).join(' ')} }`;
}
