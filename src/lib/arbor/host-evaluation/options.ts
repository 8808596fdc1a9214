/**
 * The declared options: the walk over `options` (the option tree `lib.evalModules` returns),
 * forcing each option's definitions and value on its own, so one broken definition never hides
 * another. In the `check` walk an option no project file defines is not evaluated at all. The
 * walk also notes the namespaces only the project declares, for freeform.ts's unknown-option
 * check.
 */

import { Attrs, force, fromByteString, toByteString, type Value } from '../../nix';
import type { DisplayValue, OptionDefinition, OptionInfo } from '../types';
import { forceForCheck, propertyType, showOptionPath, stringAttr, text, toDisplay } from './values';
import { definitionOf, reportError, type Walker } from './walker';

function isProjectDefinition(def: OptionDefinition): boolean {
  return !def.module.startsWith('/') && !def.module.startsWith('<');
}

/** assertions and warnings speak about the whole configuration, whoever defines them. */
function alwaysChecked(path: string): boolean {
  return path === 'assertions' || path === 'warnings';
}

/**
 * Whether any definition of the option was written in a project file, read from the files of
 * its definitions as written (Arbor's module system keeps them as `rawDefinitionFiles`), so an
 * option only the platform defines costs nothing in the check. Without that list (nixpkgs'
 * lib), every option counts as possibly defined.
 */
function definedInProject(w: Walker, option: Attrs): boolean {
  const cell = option.get('rawDefinitionFiles');
  if (cell === undefined) return true;
  try {
    const files = force(cell);
    if (!Array.isArray(files)) return true;
    return files.some((file) => {
      const name = text(force(file));
      return name === null || w.ctx.projectFile(toByteString(name)) !== null;
    });
  } catch {
    return true;
  }
}

function evaluateOption(w: Walker, loc: string[], option: Attrs): void {
  const path = showOptionPath(loc);
  let declaration: OptionInfo['declaration'] = null;
  const definitions: OptionDefinition[] = [];
  if (w.detail === 'full')
    try {
      const declarations = force(option.get('declarations') ?? null);
      const firstDeclaration =
        Array.isArray(declarations) && declarations.length > 0 ? text(force(declarations[0])) : null;
      const type = force(option.get('type') ?? null);
      const description = option.has('description') ? text(force(option.get('description')!)) : null;
      declaration = {
        type: (type instanceof Attrs && stringAttr(type, 'description')) || 'unspecified',
        default: option.has('default') ? toDisplay(option.get('default')!) : undefined,
        description,
        file:
          firstDeclaration === null
            ? null
            : (w.ctx.projectFile(toByteString(firstDeclaration)) ?? firstDeclaration),
      };
    } catch (error) {
      reportError(w, error, path, definitions, declaration);
    }
  let value: DisplayValue;
  let failure: string | null = null;
  if (w.detail === 'check' && !alwaysChecked(path) && !definedInProject(w, option)) {
    value = { $arbor: 'truncated', text: 'not evaluated (no definition in the project)' };
    w.options.push({ path, loc, declared: true, declaration, value, definitions, error: failure });
    return;
  }
  try {
    const highest = force(option.get('highestPrio') ?? null);
    const priority = typeof highest === 'number' ? highest : 100;
    const defs = force(option.get('definitionsWithPositions') ?? null);
    if (Array.isArray(defs)) for (const def of defs) definitions.push(definitionOf(w, force(def), priority));
    const isDefined = force(option.get('isDefined') ?? false);
    if (w.detail === 'check' && !alwaysChecked(path) && !definitions.some(isProjectDefinition)) {
      value = { $arbor: 'truncated', text: 'not evaluated (no definition in the project)' };
    } else if (isDefined === true || option.has('default')) {
      const cell = option.get('value')!;
      forceForCheck(cell, loc);
      value = toDisplay(cell);
    } else {
      value = { $arbor: 'error', text: 'not defined' };
    }
  } catch (error) {
    failure = reportError(w, error, path, definitions, declaration);
    value = { $arbor: 'error', text: failure };
  }
  w.options.push({ path, loc, declared: true, declaration, value, definitions, error: failure });
}

/** Walks the option tree; returns whether every option below was declared in the project. */
export function walkOptions(w: Walker, loc: string[], node: Attrs): boolean {
  let projectOnly = node.keys.length > 0;
  for (let i = 0; i < node.keys.length; i++) {
    const name = fromByteString(node.keys[i]);
    if (loc.length === 0 && name === '_module') continue;
    let child: Value;
    try {
      child = force(node.values[i]);
    } catch (error) {
      reportError(w, error, showOptionPath([...loc, name]), [], null);
      projectOnly = false;
      continue;
    }
    if (!(child instanceof Attrs)) continue;
    if (propertyType(child) === 'option') {
      evaluateOption(w, [...loc, name], child);
      let declarations: Value;
      try {
        declarations = force(child.get('declarations') ?? null);
      } catch {
        declarations = null;
      }
      const inProject =
        Array.isArray(declarations) &&
        declarations.length > 0 &&
        declarations.every((d) => {
          const file = text(force(d));
          return file !== null && w.ctx.projectFile(toByteString(file)) !== null;
        });
      if (!inProject) projectOnly = false;
    } else if (!walkOptions(w, [...loc, name], child)) {
      projectOnly = false;
    }
  }
  if (projectOnly && loc.length > 0)
    w.projectNamespaces.set(loc.join('\u0000'), node.keys.map(fromByteString));
  return projectOnly;
}
