/**
 * The editor's completion in inventory files and meta.nix files: in a string of `roles = [ … ]`
 * (and `dendrites`, `fruits`, `homes`, `users`, `requires`, `conflicts`, `admins`,
 * `deploy.network`) the names of that kind the model has, with their descriptions; after
 * `networks.` in a host the networks; at the start of an attribute the contract's fields there
 * (those not yet written first); in a string of an enum field (`class`, `deploy.tools`) its
 * values. The fields come from the contract itself (generated/contract.ts), so a field the
 * checks accept is one the editor offers.
 */

import { describeFieldSpec, type FieldSpec } from '$lib/arbor/contract-spec';
import type { Model } from '$lib/arbor/types';
import { namesOf } from './names';
import { cursorContext } from './scan';
import { fileKind, keyNameKind, rootSpec, specAt, valueNameKind, type NameKind } from './schema';

export interface CompletionItem {
  label: string;
  kind: 'field' | 'name' | 'value';
  detail: string;
  /** What replaces the range (the label unless it needs quotes). */
  insertText: string;
  /** Orders the items (Monaco sorts by it). */
  sortText: string;
}

export interface Completions {
  items: CompletionItem[];
  /** The offsets of the text the items replace (what is typed so far of the word or string). */
  start: number;
  end: number;
}

export interface CompletionRequest {
  path: string;
  text: string;
  offset: number;
  model: Model | null;
}

function nameItems(model: Model | null, kind: NameKind, quote: boolean): CompletionItem[] {
  return namesOf(model, kind).map((thing, index) => ({
    label: thing.name,
    kind: 'name',
    detail: thing.description ? `${kind}: ${thing.description}` : kind,
    insertText: quote ? JSON.stringify(thing.name) : thing.name,
    sortText: String(index).padStart(4, '0'),
  }));
}

function fieldItems(spec: FieldSpec, bound: string[]): CompletionItem[] {
  if (spec.type !== 'submodule') return [];
  return Object.entries(spec.fields).map(([name, field]) => {
    // A field already written comes last (a set may be written again in dotted form).
    const again = bound.includes(name) && field.type !== 'submodule' && field.type !== 'attrsOf';
    return {
      label: name,
      kind: 'field',
      detail: describeFieldSpec(field),
      insertText: name,
      sortText: `${again ? 1 : 0}${name}`,
    };
  });
}

function enumItems(spec: FieldSpec | null): CompletionItem[] {
  const values =
    spec?.type === 'enum'
      ? spec.values
      : spec?.type === 'listOf' && spec.of.type === 'enum'
        ? spec.of.values
        : [];
  return values.map((value, index) => ({
    label: value,
    kind: 'value',
    detail: 'value',
    insertText: value,
    sortText: String(index).padStart(4, '0'),
  }));
}

/** The completions at `offset` of the file, or null when the place has none. */
export function inventoryCompletions(request: CompletionRequest): Completions | null {
  const kind = fileKind(request.path);
  if (!kind) return null;
  const context = cursorContext(request.text, request.offset);
  if (!context) return null;
  const root = rootSpec(kind);
  if (context.kind === 'string') {
    const { site } = context;
    if (!site.path) return null;
    const names = valueNameKind(kind, site.path);
    const spec = specAt(root, site.path);
    const listed = spec?.type === 'listOf';
    // A string in a list of names, or the value of a name field (`deploy.network = "…"`).
    if (site.inList !== listed) return null;
    const items = names ? nameItems(request.model, names, false) : enumItems(spec);
    return items.length > 0 ? { items, start: site.start, end: site.end } : null;
  }
  if (context.kind === 'list') {
    const names = valueNameKind(kind, context.path);
    if (!names) return null;
    const items = nameItems(request.model, names, true);
    return items.length > 0 ? { items, start: context.start, end: context.end } : null;
  }
  const keys = keyNameKind(kind, [...context.path, '*']);
  // The top-level names declare things (a new host): nothing to offer there but what exists.
  if (keys && context.path.length > 0) {
    const items = nameItems(request.model, keys, false);
    return items.length > 0 ? { items, start: context.start, end: context.end } : null;
  }
  const spec = specAt(root, context.path);
  const items = spec ? fieldItems(spec, context.bound) : [];
  return items.length > 0 ? { items, start: context.start, end: context.end } : null;
}
