/**
 * The Nix evaluator's public face. Everything else in Arbor reaches the evaluator through this
 * `Evaluator` interface, so that another backend (e.g. tvix compiled to WebAssembly) could stand
 * in for the TypeScript one without changes elsewhere.
 */

import { instantiateBytes, type InstantiateIO, type InstantiateResult } from './cli/instantiate';
import { forceDeep } from './eval/deep';
import { NixError } from './eval/errors';
import { formatError } from './eval/format-error';
import { printValue } from './eval/show';
import { EvalState, type EvalOptions } from './eval/state';
import type { Lazy } from './eval/values';
import { STRING_SOURCE } from './syntax/source';

export interface EvaluateTextOptions extends EvalOptions {
  /** Directory relative paths resolve against (absolute, byte string). */
  baseDir?: string;
  /** Force the result deeply, like `--strict`. */
  strict?: boolean;
}

export interface Evaluator {
  /** nix-instantiate with byte-string arguments and output. */
  instantiate(io: InstantiateIO): InstantiateResult;
  /** Evaluates an expression and prints it as `nix-instantiate --eval` would (byte string). */
  evaluateToText(
    text: string,
    options: EvaluateTextOptions,
  ): { ok: true; output: string } | { ok: false; error: string };
}

export const typescriptEvaluator: Evaluator = {
  instantiate: instantiateBytes,
  evaluateToText(text, options) {
    const state = new EvalState(options);
    try {
      const value: Lazy = state.evalText(text, STRING_SOURCE, options.baseDir ?? '/');
      if (options.strict) forceDeep(value);
      return { ok: true, output: printValue(value) };
    } catch (error) {
      if (error instanceof NixError) return { ok: false, error: formatError(error) };
      throw error;
    }
  },
};

export { EvalState, NixError, formatError, printValue, forceDeep };
export type { EvalOptions, InstantiateIO, InstantiateResult };
