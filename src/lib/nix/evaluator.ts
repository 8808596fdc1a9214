/**
 * `createEvaluator`: the evaluator as a service that never throws. Text (or a file) goes in;
 * `{ value, errors, warnings }` comes out, where `errors` are `NixError`s of every kind — parse
 * errors, evaluation errors, what ran out, and (as `internal-bug`) anything that would otherwise
 * have been a JavaScript exception. Warnings (`builtins.warn`, derivation warnings) are collected
 * as data beside the trace sink, which still gets every `trace:` and warning line as it happens.
 *
 * One evaluator owns one `EvalState`: values of imported files and parsed trees are kept between
 * calls, as in a REPL session. Two evaluators share nothing.
 */

import { printValue } from './eval/show';
import { EvalState, type EvalOptions } from './eval/state';
import type { Lazy } from './eval/values';
import type { NixError } from './errors/nix-error';
import { toNixError } from './errors/normalize';
import type { ParsedFile } from './syntax/ast';
import { STRING_SOURCE } from './syntax/source';

export interface EvaluationResult<T> {
  /** The result, or `null` when there are errors. */
  value: T | null;
  errors: NixError[];
  /** Nix's evaluation warnings, in the order they were raised (without `evaluation warning: `). */
  warnings: string[];
}

export interface EvaluateOptions {
  /** The name positions are reported in (default `«string»`, as Nix's `-E`). */
  name?: string;
  /** The directory relative paths resolve against (absolute, byte string; default `/`). */
  baseDir?: string;
  /** Force the value deeply, as `--strict` does. */
  strict?: boolean;
}

export interface NixEvaluator {
  /** Evaluates Nix text. */
  evaluate(text: string, options?: EvaluateOptions): EvaluationResult<Lazy>;
  /** Evaluates a file of the evaluator's file system, as `import` would. */
  evaluateFile(path: string, options?: Pick<EvaluateOptions, 'strict'>): EvaluationResult<Lazy>;
  /** Parses Nix text (undefined variables are not checked: that is evaluation's job). */
  parse(text: string, options?: Pick<EvaluateOptions, 'name' | 'baseDir'>): EvaluationResult<ParsedFile>;
  /** Prints a value as `nix-instantiate --eval` does (forcing what printing needs). */
  print(value: Lazy): EvaluationResult<string>;
  /** The state underneath, for the value-level API (forcing, selecting, calling). */
  readonly state: EvalState;
}

export function createEvaluator(options: EvalOptions): NixEvaluator {
  let warnings: string[] = [];
  const state = new EvalState({
    ...options,
    trace(message) {
      const warning = /^evaluation warning: /.exec(message);
      if (warning) warnings.push(message.slice(warning[0].length));
      options.trace?.(message);
    },
  });
  /** Runs one request: what it returns, or what it threw, as data. */
  const run = <T>(body: () => T): EvaluationResult<T> => {
    warnings = [];
    try {
      return { value: body(), errors: [], warnings };
    } catch (error) {
      return { value: null, errors: [toNixError(error)], warnings };
    }
  };
  return {
    state,
    evaluate: (text, { name = STRING_SOURCE, baseDir = '/', strict = false } = {}) =>
      run(() => {
        const value = state.evalText(text, name, baseDir);
        if (strict) state.forceDeep(value);
        return value;
      }),
    evaluateFile: (path, { strict = false } = {}) =>
      run(() => {
        const value = state.evalFile(path);
        if (strict) state.forceDeep(value);
        return value;
      }),
    parse: (text, { name = STRING_SOURCE, baseDir = '/' } = {}) =>
      run(() => state.parseText(text, name, baseDir)),
    print: (value) => run(() => printValue(value)),
  };
}
