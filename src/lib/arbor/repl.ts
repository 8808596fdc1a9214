/**
 * The REPL's evaluation: an expression in the project's scope. The expression sees `builtins`,
 * `model` (what Arbor's library makes of the project, the same value `evaluateProject` turns into
 * JSON) and `project` (the project's root path, so `import (project + "/inventory/hosts.nix")`
 * works); given a host (or a `user@host` home), also `config` and `options`: that host's module
 * evaluation, as `(import lib/host-eval.nix { root = project; }).host "<name>"` returns it. The
 * value is forced deeply and printed as `nix-instantiate --eval --strict` prints it; evaluation
 * errors come back as Nix's own error text.
 */

import {
  EvalState,
  forceDeep,
  formatError,
  fromByteString,
  NixError,
  ParseError,
  printValue,
  toByteString,
} from '../nix';
import { createProjectFileSystem, LIBRARY_ROOT, PROJECT_ROOT } from './evaluate';
import type { ProjectFiles } from './types';

export type ReplResult =
  { ok: true; output: string; ms: number } | { ok: false; message: string; ms: number };

export interface ReplOptions {
  /** The host (`nas`) or home (`alice@nas`) whose `config` and `options` are in scope. */
  host?: string | null;
}

/** A Nix string literal of `text`. */
function nixString(text: string): string {
  return '"' + text.replace(/[\\"$]/g, (c) => '\\' + c) + '"';
}

/**
 * Wraps the user's expression. Everything before it is on the first line (so positions of parse
 * errors are the user's line plus one) and the newline after it keeps a trailing `# comment` from
 * eating the `)`.
 */
export function scopedExpression(expression: string, host: string | null = null): string {
  let scope = `model = import ${LIBRARY_ROOT}/eval.nix { root = ${PROJECT_ROOT}; }; project = ${PROJECT_ROOT};`;
  if (host !== null) {
    const entry = host.includes('@') ? 'home' : 'host';
    // `.host` gives `lib.evalModules`' result, or `{ result; unmatchedDefinitions; }` around it.
    const evaluation = `(import ${LIBRARY_ROOT}/host-eval.nix { root = ${PROJECT_ROOT}; }).${entry} ${nixString(host)}`;
    scope += ` inherit (let h = ${evaluation}; in h.result or h) config options;`;
  }
  return `let ${scope} in (\n${expression}\n)`;
}

/**
 * One evaluator for the REPL's expressions, so Arbor's library and module system are compiled
 * once, not on every Enter; project files are read afresh each time. After an evaluation error it
 * is dropped (library values may be left half-evaluated).
 */
let replState: EvalState | null = null;

function stateFor(files: ProjectFiles): EvalState {
  const fs = createProjectFileSystem(files);
  if (replState) replState.resetFiles(fs, LIBRARY_ROOT + '/');
  else replState = new EvalState({ fs });
  return replState;
}

/** Evaluates `expression` against the project `files`; never throws for a user's mistake. */
export function evaluateRepl(files: ProjectFiles, expression: string, options: ReplOptions = {}): ReplResult {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  try {
    const state = stateFor(files);
    const value = state.evalText(
      toByteString(scopedExpression(expression, options.host ?? null)),
      toByteString('«repl»'),
      PROJECT_ROOT,
    );
    forceDeep(value);
    return { ok: true, output: fromByteString(printValue(value)), ms: elapsed() };
  } catch (error) {
    replState = null;
    if (error instanceof NixError)
      return { ok: false, message: fromByteString(formatError(error)), ms: elapsed() };
    if (error instanceof ParseError) {
      const p = error.source.position(error.start);
      const line = p.line - 1; // the wrapper's first line is not the user's
      return {
        ok: false,
        message: `error: ${fromByteString(error.message)} (${line}:${p.column})`,
        ms: elapsed(),
      };
    }
    if (error instanceof RangeError)
      return { ok: false, message: 'error: stack overflow (possible infinite recursion)', ms: elapsed() };
    throw error;
  }
}
