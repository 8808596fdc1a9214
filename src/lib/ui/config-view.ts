/**
 * What the Config tab and the editor's hover show of a host's configuration, as plain functions:
 * option paths split into their names, the option tree (namespaces and options, filtered by a
 * path substring), values printed compactly in Nix's syntax with Arbor's markers (placeholder
 * packages, functions, errors) as separate labelled parts, and mkOverride priorities by name.
 */

import type { DisplayValue, OptionDefinition, OptionInfo } from '$lib/arbor/types';

/** Names as an option path is written: identifiers bare, anything else quoted. */
export function joinOptionPath(parts: readonly string[]): string {
  return parts
    .map((part) => (/^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(part) ? part : JSON.stringify(part)))
    .join('.');
}

/** `mkForce 50`, `plain 100`, `mkDefault 1000`, `default 1500`, `mkOverride 900`. */
export function priorityLabel(priority: number): string {
  const names: Record<number, string> = {
    10: 'mkVMOverride',
    50: 'mkForce',
    100: 'plain',
    1000: 'mkDefault',
    1500: 'default',
  };
  return `${names[priority] ?? 'mkOverride'} ${priority}`;
}

/** The definitions that make the value: those at the option's highest priority (lowest number). */
export function winningPriority(definitions: readonly OptionDefinition[]): number | null {
  return definitions.length === 0 ? null : Math.min(...definitions.map((d) => d.priority));
}

// --- the option tree ----------------------------------------------------------------------------

export interface ConfigNode {
  /** The path of this node, as written (`services.openssh`). */
  id: string;
  name: string;
  depth: number;
  option: OptionInfo | null;
  children: ConfigNode[];
  /** Options at or below this node. */
  count: number;
}

/** The options as a tree of namespaces; `filter` keeps the options whose path contains it. */
export function buildConfigTree(options: readonly OptionInfo[], filter = ''): ConfigNode[] {
  const needle = filter.trim().toLowerCase();
  const root: ConfigNode = { id: '', name: '', depth: -1, option: null, children: [], count: 0 };
  const index = new Map<string, ConfigNode>();
  for (const option of options) {
    if (needle && !option.path.toLowerCase().includes(needle)) continue;
    const parts = option.loc;
    let node = root;
    node.count++;
    for (let i = 0; i < parts.length; i++) {
      const id = joinOptionPath(parts.slice(0, i + 1));
      let child = index.get(id);
      if (!child) {
        child = { id, name: parts[i], depth: i, option: null, children: [], count: 0 };
        index.set(id, child);
        node.children.push(child);
      }
      child.count++;
      node = child;
    }
    node.option = option;
  }
  const sort = (nodes: ConfigNode[]) => {
    nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const node of nodes) sort(node.children);
  };
  sort(root.children);
  return root.children;
}

function startsWith(loc: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= loc.length && prefix.every((name, i) => loc[i] === name);
}

export type OptionLookup =
  /** An option, or (`inside`) a path inside an option's value such as a submodule's setting. */
  | { kind: 'option'; option: OptionInfo; value: DisplayValue; inside: boolean }
  /** A namespace: the options below it. */
  | { kind: 'namespace'; options: OptionInfo[] };

/** What `path` is in a configuration's options, if anything. */
export function lookupPath(options: readonly OptionInfo[], path: readonly string[]): OptionLookup | null {
  if (path.length === 0) return null;
  const exact = options.find((o) => o.loc.length === path.length && startsWith(o.loc, path));
  if (exact) return { kind: 'option', option: exact, value: exact.value, inside: false };
  const below = options.filter((o) => startsWith(o.loc, path));
  if (below.length > 0) return { kind: 'namespace', options: below };
  const above = options.find((o) => startsWith(path, o.loc));
  if (!above) return null;
  let value: DisplayValue | undefined = above.value;
  for (const name of path.slice(above.loc.length)) {
    const current: DisplayValue | undefined = value;
    value =
      typeof current === 'object' && current !== null && !Array.isArray(current) && !isMarker(current)
        ? (current as { [name: string]: DisplayValue })[name]
        : undefined;
  }
  return value === undefined ? null : { kind: 'option', option: above, value, inside: true };
}

// --- values -------------------------------------------------------------------------------------

export type PartKind =
  | 'punct'
  | 'name'
  | 'string'
  | 'number'
  | 'bool'
  | 'null'
  | 'placeholder'
  | 'function'
  | 'derivation'
  | 'path'
  | 'error'
  | 'truncated';

export interface ValuePart {
  kind: PartKind;
  text: string;
}

type Marker = { $arbor: string; text: string };

export function isMarker(value: DisplayValue): value is Marker & DisplayValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$arbor' in value;
}

const MARKER_LABEL: Record<string, string> = {
  placeholder: 'placeholder',
  function: 'function',
  derivation: 'derivation',
  path: 'path',
  error: 'error',
  truncated: '…',
};

/** A chip's visible label and its longer explanation (its title). */
export function markerLabel(kind: string): string {
  return MARKER_LABEL[kind] ?? kind;
}

/**
 * The value as parts of Nix text. `compact` writes one line and stops after about `budget`
 * characters (an ellipsis stands for the rest); otherwise nested sets and lists are indented.
 */
export function valueParts(value: DisplayValue, options: { compact: boolean; budget?: number }): ValuePart[] {
  const parts: ValuePart[] = [];
  const budget = options.budget ?? 80;
  let length = 0;
  let cut = false;
  const push = (kind: PartKind, text: string) => {
    parts.push({ kind, text });
    length += text.length;
  };
  const over = () => options.compact && length > budget;
  const visit = (v: DisplayValue, indent: string): void => {
    if (over()) {
      if (!cut) push('truncated', '…');
      cut = true;
      return;
    }
    if (v === null) return push('null', 'null');
    if (typeof v === 'boolean') return push('bool', String(v));
    if (typeof v === 'number') return push('number', String(v));
    if (typeof v === 'string') return push('string', nixString(v));
    if (isMarker(v)) {
      const kind = (v.$arbor in MARKER_LABEL ? v.$arbor : 'error') as PartKind;
      return push(kind, v.text);
    }
    const inner = indent + '  ';
    const sep = options.compact ? ' ' : '\n' + inner;
    const close = options.compact ? ' ' : '\n' + indent;
    if (Array.isArray(v)) {
      if (v.length === 0) return push('punct', '[ ]');
      push('punct', '[');
      for (const item of v) {
        push('punct', sep);
        visit(item, inner);
        if (cut) break;
      }
      if (!cut || !options.compact) push('punct', close + ']');
      return;
    }
    const entries = Object.entries(v);
    if (entries.length === 0) return push('punct', '{ }');
    push('punct', '{');
    for (const [name, item] of entries) {
      push('punct', sep);
      push('name', joinOptionPath([name]));
      push('punct', ' = ');
      visit(item, inner);
      if (cut) break;
      push('punct', ';');
    }
    if (!cut || !options.compact) push('punct', close + '}');
  };
  visit(value, '');
  return parts;
}

/** The value as one line of plain text (markers as `«placeholder hello»`). */
export function valueText(value: DisplayValue, budget = 80): string {
  return valueParts(value, { compact: true, budget })
    .map((part) =>
      isChip(part.kind) ? `«${markerLabel(part.kind)}${part.text ? ' ' + part.text : ''}»` : part.text,
    )
    .join('');
}

export function isChip(kind: PartKind): boolean {
  return kind === 'placeholder' || kind === 'function' || kind === 'derivation' || kind === 'error';
}

function nixString(text: string): string {
  return (
    '"' +
    text
      .replace(/[\\"]/g, (c) => '\\' + c)
      .replace(/\$\{/g, '\\${')
      .replace(/\n/g, '\\n') +
    '"'
  );
}

// --- the tree's rows ----------------------------------------------------------------------------

export type ConfigRow =
  | {
      kind: 'namespace';
      id: string;
      level: number;
      node: ConfigNode;
      expanded: boolean;
      size: number;
      position: number;
    }
  | {
      kind: 'option';
      id: string;
      level: number;
      node: ConfigNode;
      option: OptionInfo;
      expanded: boolean;
      size: number;
      position: number;
    }
  | { kind: 'value'; id: string; level: number; option: OptionInfo; size: number; position: number }
  | { kind: 'declaration'; id: string; level: number; option: OptionInfo; size: number; position: number }
  | { kind: 'error'; id: string; level: number; option: OptionInfo; size: number; position: number }
  | {
      kind: 'definition';
      id: string;
      level: number;
      option: OptionInfo;
      definition: OptionDefinition;
      /** At the priority that makes the value (false: overridden). */
      effective: boolean;
      size: number;
      position: number;
    };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The width of the value on an option's row; a longer value also gets a row of its own. */
export const INLINE_VALUE_BUDGET = 60;

/** Whether a value needs a row of its own to be read: a set or list too long for one line. */
function needsOwnRow(value: DisplayValue): boolean {
  if (typeof value !== 'object' || value === null || isMarker(value)) return false;
  return valueParts(value, { compact: true, budget: INLINE_VALUE_BUDGET }).some(
    (p) => p.kind === 'truncated',
  );
}

/** The details of an option, as the rows under it: value, declaration, error, definitions. */
function optionRows(option: OptionInfo, level: number): ConfigRow[] {
  const rows: Array<DistributiveOmit<ConfigRow, 'size' | 'position'>> = [];
  const base = option.path;
  if (needsOwnRow(option.value)) rows.push({ kind: 'value', id: `${base}#value`, level, option });
  if (option.declaration) rows.push({ kind: 'declaration', id: `${base}#declaration`, level, option });
  if (option.error) rows.push({ kind: 'error', id: `${base}#error`, level, option });
  const winning = winningPriority(option.definitions);
  option.definitions.forEach((definition, i) =>
    rows.push({
      kind: 'definition',
      id: `${base}#definition-${i}`,
      level,
      option,
      definition,
      effective: definition.priority === winning,
    }),
  );
  return rows.map((row, i) => ({ ...row, size: rows.length, position: i + 1 }) as ConfigRow);
}

/**
 * The visible rows of the tree, depth first. A namespace or option is open when `isOpen(id)`
 * says so; `limit` caps the rows (the rest are counted in `hidden`).
 */
export function visibleRows(
  nodes: readonly ConfigNode[],
  isOpen: (id: string, node: ConfigNode) => boolean,
  limit = 2000,
): { rows: ConfigRow[]; hidden: number } {
  const rows: ConfigRow[] = [];
  let hidden = 0;
  const walk = (list: readonly ConfigNode[], level: number) => {
    list.forEach((node, i) => {
      if (rows.length >= limit) {
        hidden += node.option ? 1 : node.count;
        return;
      }
      const expanded = isOpen(node.id, node);
      const common = { id: node.id, level, node, expanded, size: list.length, position: i + 1 };
      if (node.option) rows.push({ kind: 'option', option: node.option, ...common });
      else rows.push({ kind: 'namespace', ...common });
      if (!expanded) return;
      if (node.option) rows.push(...optionRows(node.option, level + 1));
      walk(node.children, level + 1);
    });
  };
  walk(nodes, 1);
  return { rows, hidden };
}
