/**
 * Host evaluation: every host's modules evaluated by Arbor's module system (`nix/lib/modules/`,
 * entered through `nix/lib/host-eval.nix`), walked from TypeScript one option at a time.
 *
 * Pure Nix cannot catch most evaluation errors (`builtins.tryEval` catches only `throw` and
 * `assert`), so the walk happens here: each option's definitions and value are forced on their
 * own, inside their own try/catch, and every failure becomes a diagnostic positioned on the
 * definition that caused it. One broken definition never hides another, and one error reached
 * through several options is reported once.
 *
 * The walk also produces what the Config tab and `arbor eval` show: for every option path its
 * final value, its definitions (file, line, column, module, priority, value) and its declaration.
 * Declared options come from the option tree; everything else comes from the definitions the
 * freeform root received, expanded attribute by attribute using the positions the parser keeps.
 */

import {
  Attrs,
  callFunction,
  editDistance,
  force,
  fromByteString,
  isFunction,
  type Lazy,
  NixError,
  NixFloat,
  NixPath,
  NixString,
  resourceExhaustion,
  type SourcePos,
  toByteString,
  type Value,
} from '../nix';
import {
  classifyModuleError,
  optionNamedBy,
  type ErrorSubject,
  type PositionResolver,
} from './module-errors';
import type {
  Diagnostic,
  DisplayValue,
  HostConfiguration,
  OptionDefinition,
  OptionInfo,
  Position,
} from './types';

/** What the walker needs from the session: how to show a file and where the project lives. */
export interface HostWalkContext extends PositionResolver {
  /** Project-relative file of an absolute path (byte string); null if outside the project. */
  projectFile(path: string): string | null;
}

const DISPLAY_DEPTH = 12;
const DISPLAY_ITEMS = 200;

function text(value: Value): string | null {
  if (typeof value === 'string') return fromByteString(value);
  if (value instanceof NixString) return fromByteString(value.value);
  return null;
}

function attr(value: Value, name: string): Lazy | undefined {
  return value instanceof Attrs ? value.get(name) : undefined;
}

function stringAttr(value: Value, name: string): string | null {
  const cell = attr(value, name);
  return cell === undefined ? null : text(force(cell));
}

function isDerivationSet(value: Value): boolean {
  if (!(value instanceof Attrs)) return false;
  const type = value.get('type');
  return type !== undefined && text(force(type)) === 'derivation';
}

/** A property wrapper (mkIf, mkMerge, mkOverride, mkOrder) or an option, by its `_type`. */
function propertyType(value: Value): string | null {
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

interface Walker {
  ctx: HostWalkContext;
  hostName: string;
  options: OptionInfo[];
  diagnostics: Diagnostic[];
  seen: Set<string>;
  /** Option-tree nodes whose options are all declared by the project's own files. */
  projectNamespaces: Map<string, string[]>;
  /** Errors met during the walk, classified once every option's definitions are known. */
  pending: Array<{ error: NixError; subject: ErrorSubject }>;
  detail: WalkDetail;
  /** Where problems that lie outside the project are shown: the host's inventory entry. */
  anchor: Position | null;
}

/**
 * How much of a configuration to compute: `full` (every option's value and declaration, for the
 * Config tab and `arbor eval`) or `check` (only what can hold a mistake of the project's: options
 * the project defines, and every freeform path). An option that only Arbor's platform defines
 * cannot fail because of the project without a project-defined value failing too.
 */
export type WalkDetail = 'full' | 'check';

function isProjectDefinition(def: OptionDefinition): boolean {
  return !def.module.startsWith('/') && !def.module.startsWith('<');
}

function report(w: Walker, found: Omit<Diagnostic, 'host'>): void {
  // A problem positioned inside Arbor's own library (a platform module's warning, say) is shown
  // at the host's entry in the inventory, where the user can act on it.
  const outside = found.file === '' || found.file.startsWith('/') || found.file.startsWith('<');
  const diagnostic =
    outside && w.anchor !== null
      ? {
          ...found,
          ...w.anchor,
          hint: [
            found.hint,
            found.file
              ? `(reported by ${found.file.replace(/^\/arbor\/lib\//, "Arbor's lib/")}:${found.line})`
              : null,
          ]
            .filter((part) => part !== null)
            .join(' '),
        }
      : found;
  // One mistake is often met from several options: report it once, at its position.
  const key =
    diagnostic.code === 'infinite-recursion'
      ? `${diagnostic.code}|${diagnostic.message}`
      : `${diagnostic.code}|${diagnostic.file}|${diagnostic.line}|${diagnostic.column}|${diagnostic.message}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  w.diagnostics.push({ ...diagnostic, host: w.hostName });
}

function positionOf(
  w: Walker,
  pos: Value | undefined,
): { file: string; line: number | null; column: number | null } | null {
  if (!(pos instanceof Attrs)) return null;
  const file = stringAttr(pos, 'file');
  if (file === null) return null;
  const line = pos.get('line');
  const column = pos.get('column');
  const lineValue = line === undefined ? null : force(line);
  const columnValue = column === undefined ? null : force(column);
  return {
    file: w.ctx.projectFile(toByteString(file)) ?? file,
    line: typeof lineValue === 'number' ? lineValue : null,
    column: typeof columnValue === 'number' ? columnValue : null,
  };
}

function definitionOf(w: Walker, def: Value, priority: number): OptionDefinition {
  const file = stringAttr(def, 'file') ?? '';
  const pos = positionOf(w, force(attr(def, 'pos') ?? null));
  const relative = w.ctx.projectFile(toByteString(file));
  // A definition written by Arbor's library (the generated host module) is shown at the
  // project file its values come from (its `_file`, e.g. inventory/hosts.nix).
  const outside = pos !== null && relative !== null && pos.file.startsWith('/');
  return {
    file: outside ? relative : (pos?.file ?? relative ?? file),
    line: outside ? null : (pos?.line ?? null),
    column: outside ? null : (pos?.column ?? null),
    module: relative ?? file,
    priority,
    value: toDisplay(attr(def, 'value') ?? null),
  };
}

/** Turns an error met while evaluating `path` into a diagnostic. */
function reportError(
  w: Walker,
  error: unknown,
  path: string,
  definitions: OptionDefinition[],
  declaration: OptionInfo['declaration'],
): string {
  const exhausted = resourceExhaustion(error);
  if (exhausted !== null) {
    // JavaScript itself ran out (its stack, the longest string it can hold): say what ran out.
    report(w, {
      code: 'module-error',
      severity: 'error',
      message: `${exhausted.message}, while evaluating \`${path || 'the configuration'}'`,
      file: definitions[0]?.file ?? '',
      line: definitions[0]?.line ?? 1,
      column: definitions[0]?.column ?? 1,
      hint: exhausted.hint,
    });
    return exhausted.message;
  }
  if (!(error instanceof NixError)) throw error;
  w.pending.push({ error, subject: { optionPath: path, definitions, declaration } });
  return fromByteString(error.message).split('\n')[0];
}

/**
 * Classifies the errors of the walk. An error names the option it is about ("A definition for
 * option `x' …"), which may not be the option being read when it happened: its definitions are
 * taken from that option. An error outside the project's files, met on an option the project
 * never defines (an unset option whose default cannot be computed), is nobody's mistake and is
 * not reported.
 */
function classifyPending(w: Walker): void {
  const byPath = new Map(w.options.map((o) => [o.path, o]));
  const inProject = (error: NixError) =>
    [error.pos, ...error.frames.map((f) => f.pos)].some((p) => p !== null && w.ctx.inProject(p));
  // Errors that carry a project position are the most precise: classify them first, so that
  // the same mistake met elsewhere without one is the duplicate that is dropped.
  const ordered = [...w.pending].sort((a, b) => Number(inProject(b.error)) - Number(inProject(a.error)));
  for (const { error, subject } of ordered) {
    const named = byPath.get(optionNamedBy(fromByteString(error.message)) ?? '');
    // The named option's definitions, unless it has none (an unset option read elsewhere: the
    // reader's definitions are the place to point at).
    const effective: ErrorSubject =
      named && named.definitions.length > 0
        ? { optionPath: subject.optionPath, definitions: named.definitions, declaration: named.declaration }
        : subject;
    const projectDefined = effective.definitions.some(
      (d) => w.ctx.projectFile(toByteString(d.module)) !== null || !d.module.startsWith('/'),
    );
    if (!projectDefined && !inProject(error)) continue;
    const diagnostic = classifyModuleError(error, effective, w.ctx);
    // Name the option whose definition holds the error, not the one that happened to read it.
    const owner = w.options.find((o) =>
      o.definitions.some((d) => d.file === diagnostic.file && d.line === diagnostic.line),
    );
    if (diagnostic.code === 'module-error' && owner && diagnostic.hint) {
      diagnostic.hint = diagnostic.hint.replace(
        /^while evaluating the option `[^']*'/,
        `in the definition of \`${owner.path}'`,
      );
    }
    report(w, diagnostic);
  }
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
function walkOptions(w: Walker, loc: string[], node: Attrs): boolean {
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

function walkFreeform(w: Walker, evaluation: Attrs, config: Lazy): void {
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

/** assertions → assertion-failed, warnings → module-warning, positioned on their definitions. */
function checkAssertionsAndWarnings(w: Walker, kind: 'host' | 'home'): void {
  const byPath = new Map(w.options.map((o) => [o.path, o]));
  // Colmena, deploy-rs and the archive's commands address the host by its inventory name.
  const hostName = kind === 'host' ? byPath.get('networking.hostName') : undefined;
  if (hostName && typeof hostName.value === 'string' && hostName.value !== w.hostName) {
    const def = hostName.definitions[0];
    report(w, {
      code: 'module-warning',
      severity: 'warning',
      message: `networking.hostName is "${hostName.value}", but the inventory calls this host ${w.hostName}.`,
      file: def?.file ?? '',
      line: def?.line ?? 1,
      column: def?.column ?? 1,
      hint: `Deployments and \`nixos-rebuild --flake .#${w.hostName}\` use the inventory's name; rename the host in inventory/hosts.nix instead, or drop this definition.`,
    });
  }
  const assertions = byPath.get('assertions');
  if (assertions && Array.isArray(assertions.value)) {
    for (const item of assertions.value) {
      if (item === null || typeof item !== 'object' || Array.isArray(item) || '$arbor' in item) continue;
      const record = item as { [name: string]: DisplayValue };
      if (record.assertion !== false) continue;
      const message = typeof record.message === 'string' ? record.message : 'assertion failed';
      const def =
        assertions.definitions.find((d) => JSON.stringify(d.value).includes(JSON.stringify(message))) ??
        assertions.definitions[0];
      report(w, {
        code: 'assertion-failed',
        severity: 'error',
        message: `Failed assertion: ${message.trim()}`,
        file: def?.file ?? '',
        line: def?.line ?? 1,
        column: def?.column ?? 1,
        hint: 'The module that defines this assertion says the configuration is not valid: change the values it checks.',
      });
    }
  }
  const warnings = byPath.get('warnings');
  if (warnings && Array.isArray(warnings.value)) {
    for (const item of warnings.value) {
      if (typeof item !== 'string') continue;
      const def =
        warnings.definitions.find((d) => JSON.stringify(d.value).includes(JSON.stringify(item))) ??
        warnings.definitions[0];
      report(w, {
        code: 'module-warning',
        severity: 'warning',
        message: item.trim(),
        file: def?.file ?? '',
        line: def?.line ?? 1,
        column: def?.column ?? 1,
        hint: null,
      });
    }
  }
}

/**
 * Evaluates one configuration (`evaluation` is what `lib.evalModules` returned, unforced) and
 * returns its options and diagnostics. `hostName` is `nas` or `alice@nas`.
 */
export function walkConfiguration(
  ctx: HostWalkContext,
  hostName: string,
  kind: 'host' | 'home',
  evaluation: Lazy,
  detail: WalkDetail = 'full',
  anchor: Position | null = null,
): HostConfiguration {
  const start = performance.now();
  const w: Walker = {
    ctx,
    hostName,
    options: [],
    diagnostics: [],
    seen: new Set(),
    projectNamespaces: new Map(),
    pending: [],
    detail,
    anchor,
  };
  try {
    const evaluated = force(evaluation);
    if (!(evaluated instanceof Attrs)) throw new Error('host evaluation did not return a set');
    const result = force(evaluated.get('result')!) as Attrs;
    const options = force(result.get('options')!);
    if (options instanceof Attrs) walkOptions(w, [], options);
    walkFreeform(w, evaluated, result.get('config')!);
    checkAssertionsAndWarnings(w, kind);
  } catch (error) {
    reportError(w, error, '', [], null);
  }
  classifyPending(w);
  w.options.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    name: hostName,
    kind,
    options: w.options,
    diagnostics: w.diagnostics,
    evalMs: performance.now() - start,
  };
}

/** Calls `hosts.host "<name>"` (or `hosts.home`) of host-eval.nix. */
export function hostEvaluation(hosts: Attrs, kind: 'host' | 'home', name: string): Lazy {
  const fn = force(hosts.get(kind)!);
  return callFunction(fn, [toByteString(name)], null);
}

export type { Position, SourcePos };
