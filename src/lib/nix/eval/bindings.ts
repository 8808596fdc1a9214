/**
 * Evaluating a text with extra variables in scope, without wrapping it in a `let`: the text is
 * its own source, so every position in its errors is the author's own line and column. The
 * REPL uses it to put `model`, `project`, `config` and `options` in scope.
 */

import { Scope } from './scope';
import type { EvalState } from './state';
import { Env, type Lazy, type Value } from './values';

/** Evaluates `text` (a file named `name`) in the global scope plus `bindings` (name → value). */
export function evalTextWith(
  state: EvalState,
  text: string,
  name: string,
  baseDir: string,
  bindings: ReadonlyMap<string, Lazy>,
): Value {
  const file = state.parseText(text, name, baseDir);
  const names = [...bindings.keys()];
  const scope = Scope.fromNames(state.baseScope, names);
  const env = new Env(
    state.baseEnv,
    names.map((n) => bindings.get(n)!),
  );
  return state.evalParsed(file, scope, env);
}
