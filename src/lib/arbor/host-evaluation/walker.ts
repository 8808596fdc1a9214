/**
 * The state of one configuration's walk and how it reports: every option visited so far, the
 * diagnostics (each reported once, at its position), and the errors met on the way. An error is
 * kept pending until every option's definitions are known, because the option it names may be
 * visited later than the one that met it; `classifyPending` then turns each into a diagnostic.
 */

import {
  Attrs,
  force,
  fromByteString,
  NixError,
  resourceExhaustion,
  toByteString,
  type Value,
} from '../../nix';
import {
  classifyModuleError,
  optionNamedBy,
  type ErrorSubject,
  type PositionResolver,
} from '../module-errors';
import type { Diagnostic, OptionDefinition, OptionInfo, Position } from '../types';
import { attr, stringAttr, toDisplay } from './values';

/** What the walker needs from the session: how to show a file and where the project lives. */
export interface HostWalkContext extends PositionResolver {
  /** Project-relative file of an absolute path (byte string); null if outside the project. */
  projectFile(path: string): string | null;
}

export interface Walker {
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

export function report(w: Walker, found: Omit<Diagnostic, 'host'>): void {
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

export function definitionOf(w: Walker, def: Value, priority: number): OptionDefinition {
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
export function reportError(
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
  // A file that does not parse is the project's parse-error diagnostic (evaluate.ts), not an
  // error of this option: it goes on to the top like anything that is not an evaluation error.
  if (!(error instanceof NixError) || error.kind === 'parse') throw error;
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
export function classifyPending(w: Walker): void {
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
