/**
 * The freeform definitions: everything the project sets that no option declares (the freeform
 * root receives it as `unmatchedDefinitions`). Each definition is expanded attribute by
 * attribute, using the positions the parser keeps, into one entry per path with its value and
 * definitions. A definition under a namespace only the project declares is an unknown option,
 * reported with the closest declared name ("Did you mean …?").
 */

import { Attrs, editDistance, force, fromByteString, type Lazy, toByteString, type Value } from '../../nix';
import type { DisplayValue, OptionDefinition } from '../types';
import {
  attr,
  forceForCheck,
  isDerivationSet,
  propertyType,
  showOptionPath,
  text,
  toDisplay,
} from './values';
import { definitionOf, report, reportError, type Walker } from './walker';

interface FreeformLeaf {
  loc: string[];
  definitions: OptionDefinition[];
}

/**
 * The leaves of one freeform definition: `services.bacula-dir = { enable = true; name = …; }`
 * gives `services.bacula-dir.enable` and `services.bacula-dir.name`, each positioned on its own
 * attribute. Property wrappers are looked through (mkIf, mkMerge, mkOverride, mkOrder).
 */
function expandFreeform(
  w: Walker,
  loc: string[],
  cell: Lazy,
  base: Omit<OptionDefinition, 'value' | 'priority'>,
  priority: number,
  leaves: Map<string, FreeformLeaf>,
  depth = 0,
): void {
  let value: Value;
  try {
    value = force(cell);
  } catch (error) {
    // A definition that fails to evaluate is still a definition of this path: keep it, and
    // report the failure on it.
    const definition = { ...base, priority, value: toDisplay(cell) };
    addLeaf(leaves, loc, definition);
    reportError(w, error, showOptionPath(loc), [definition], null);
    return;
  }
  const kind = propertyType(value);
  if (value instanceof Attrs && kind === 'if') {
    if (force(value.get('condition') ?? false) !== true) return;
    expandFreeform(w, loc, value.get('content') ?? null, base, priority, leaves, depth);
    return;
  }
  if (value instanceof Attrs && kind === 'merge') {
    const contents = force(value.get('contents') ?? null);
    if (Array.isArray(contents))
      for (const part of contents) expandFreeform(w, loc, part, base, priority, leaves, depth);
    return;
  }
  if (value instanceof Attrs && kind === 'override') {
    const p = force(value.get('priority') ?? null);
    expandFreeform(
      w,
      loc,
      value.get('content') ?? null,
      base,
      typeof p === 'number' ? p : priority,
      leaves,
      depth,
    );
    return;
  }
  if (value instanceof Attrs && kind === 'order') {
    expandFreeform(w, loc, value.get('content') ?? null, base, priority, leaves, depth);
    return;
  }
  if (
    value instanceof Attrs &&
    kind === null &&
    !isDerivationSet(value) &&
    !value.has('outPath') &&
    depth < 16 &&
    value.keys.length > 0
  ) {
    for (let i = 0; i < value.keys.length; i++) {
      const pos = value.positionAt(i);
      const here = pos ? w.ctx.resolve(pos) : null;
      const childBase = here ? { ...base, file: here.file, line: here.line, column: here.column } : base;
      expandFreeform(
        w,
        [...loc, fromByteString(value.keys[i])],
        value.values[i],
        childBase,
        priority,
        leaves,
        depth + 1,
      );
    }
    return;
  }
  addLeaf(leaves, loc, { ...base, priority, value: toDisplay(cell) });
}

function addLeaf(leaves: Map<string, FreeformLeaf>, loc: string[], definition: OptionDefinition): void {
  const key = loc.join('\u0000');
  let leaf = leaves.get(key);
  if (leaf === undefined) {
    leaf = { loc, definitions: [] };
    leaves.set(key, leaf);
  }
  leaf.definitions.push(definition);
}

function lookupPath(root: Lazy, loc: readonly string[]): Lazy | undefined {
  let cell: Lazy | undefined = root;
  for (const name of loc) {
    const value = force(cell!);
    if (!(value instanceof Attrs)) return undefined;
    cell = value.get(toByteString(name));
    if (cell === undefined) return undefined;
  }
  return cell;
}

export function walkFreeform(w: Walker, evaluation: Attrs, config: Lazy): void {
  let unmatched: Value;
  try {
    unmatched = force(evaluation.get('unmatchedDefinitions') ?? null);
  } catch (error) {
    reportError(w, error, '', [], null);
    return;
  }
  if (!Array.isArray(unmatched)) return;
  const leaves = new Map<string, FreeformLeaf>();
  for (const cell of unmatched) {
    let loc: string[] = [];
    try {
      const def = force(cell);
      const prefix = force(attr(def, 'prefix') ?? null);
      loc = Array.isArray(prefix) ? prefix.map((p) => text(force(p)) ?? '') : [];
      const { value: _value, ...base } = definitionOf(w, def, 100);
      void _value;
      checkUnknownOption(w, loc, base);
      expandFreeform(w, loc, attr(def, 'value') ?? null, base, 100, leaves);
    } catch (error) {
      reportError(w, error, showOptionPath(loc), [], null);
    }
  }
  for (const leaf of leaves.values()) {
    const path = showOptionPath(leaf.loc);
    let value: DisplayValue = null;
    let failure: string | null = null;
    try {
      const cell = lookupPath(config, leaf.loc);
      if (cell !== undefined) {
        forceForCheck(cell, leaf.loc);
        value = toDisplay(cell);
      }
    } catch (error) {
      failure = reportError(w, error, path, leaf.definitions, null);
      value = { $arbor: 'error', text: failure };
    }
    const best = Math.min(...leaf.definitions.map((d) => d.priority));
    w.options.push({
      path,
      loc: leaf.loc,
      declared: false,
      declaration: null,
      value,
      definitions: leaf.definitions.filter((d) => d.priority === best),
      error: failure,
    });
  }
}

/** A definition under a namespace only the project declares, that declares no such option. */
function checkUnknownOption(w: Walker, loc: string[], def: Omit<OptionDefinition, 'value'>): void {
  if (loc.length < 2) return;
  const parent = loc.slice(0, -1);
  const names = w.projectNamespaces.get(parent.join('\u0000'));
  if (names === undefined) return;
  const name = loc[loc.length - 1];
  const suggestion = closest(name, names);
  report(w, {
    code: 'option-unknown',
    severity: 'error',
    message: `The option \`${showOptionPath(loc)}' does not exist: \`${showOptionPath(parent)}' is declared by this project and has no option \`${name}'.`,
    file: def.file,
    line: def.line ?? 1,
    column: def.column ?? 1,
    hint: suggestion
      ? `Did you mean \`${showOptionPath([...parent, suggestion])}'?`
      : `Declared options: ${names.join(', ')}.`,
  });
}

function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
