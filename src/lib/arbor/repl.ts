/**
 * The REPL's evaluation: an expression in the project's scope. The expression sees `builtins`,
 * `model` (what Arbor's library makes of the project, the same value `Session.evaluate` turns into
 * JSON) and `project` (the project's root path, so `import (project + "/inventory/hosts.nix")`
 * works); given a host (or a `user@host` home), also `config` and `options`: that host's module
 * evaluation, as `(import lib/host-eval.nix { root = project; }).host "<name>"` returns it. The
 * value is forced deeply and printed as `nix-instantiate --eval --strict` prints it; evaluation
 * errors come back as Nix's own error text.
 */

import {
  Attrs,
  evalTextWith,
  force,
  formatError,
  fromByteString,
  isNixError,
  NixError,
  printValue,
  resourceExhaustion,
  STRING_SOURCE,
  toByteString,
  type EvalState,
  type Lazy,
} from '../nix';
import { LIBRARY_ROOT, PROJECT_ROOT } from './roots';

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

/** The names the REPL's expressions see besides the builtins, as a Nix attribute set. */
export function replScope(host: string | null = null): string {
  let scope = `model = import ${LIBRARY_ROOT}/eval.nix { root = ${PROJECT_ROOT}; }; project = ${PROJECT_ROOT};`;
  if (host !== null) {
    const entry = host.includes('@') ? 'home' : 'host';
    // `.host` gives `lib.evalModules`' result, or `{ result; unmatchedDefinitions; }` around it.
    const evaluation = `(import ${LIBRARY_ROOT}/host-eval.nix { root = ${PROJECT_ROOT}; }).${entry} ${nixString(host)}`;
    scope += ` inherit (let h = ${evaluation}; in h.result or h) config options;`;
  }
  return `{ ${scope} }`;
}

/**
 * Evaluates `expression` with `state` (the session's evaluator, its files already set) in the
 * project's scope; never throws for a user's mistake. The expression is a source of its own,
 * `«repl»`, so positions in errors are the user's own lines and columns.
 */
export function runRepl(state: EvalState, expression: string, options: ReplOptions = {}): ReplResult {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  try {
    const scope = force(
      state.evalText(toByteString(replScope(options.host ?? null)), STRING_SOURCE, PROJECT_ROOT),
    );
    const bindings = new Map<string, Lazy>();
    if (scope instanceof Attrs) scope.keys.forEach((name, i) => bindings.set(name, scope.values[i]));
    const value = evalTextWith(
      state,
      toByteString(expression),
      toByteString('«repl»'),
      PROJECT_ROOT,
      bindings,
    );
    state.forceDeep(value);
    return { ok: true, output: fromByteString(printValue(value)), ms: elapsed() };
  } catch (error) {
    // A syntax error (in the expression or in a file it imports): one line, with line and column.
    if (isNixError(error, 'parse')) {
      const p = error.detail.source.position(error.detail.start);
      return {
        ok: false,
        message: `error: ${fromByteString(error.message)} (${p.line}:${p.column})`,
        ms: elapsed(),
      };
    }
    if (error instanceof NixError)
      return { ok: false, message: fromByteString(formatError(error)), ms: elapsed() };
    // JavaScript itself ran out (its stack, the longest string it can hold): say what ran out.
    const exhausted = resourceExhaustion(error);
    if (exhausted !== null)
      return {
        ok: false,
        message: `error: ${exhausted.message}${exhausted.hint ? `\n${exhausted.hint}` : ''}`,
        ms: elapsed(),
      };
    throw error;
  }
}
