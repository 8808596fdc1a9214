/**
 * The Nix evaluator's front door: everything outside `src/lib/nix/` (the session API, the host
 * walk, the REPL, the CLI, the UI) imports the evaluator from here and from nowhere else inside
 * this folder; `test/architecture.test.ts` enforces it. What Node alone can provide (the real
 * file system) comes from `./node`, the one module here that imports Node.
 *
 * Two layers are offered: the `Evaluator` interface (text in, text out: what another backend,
 * e.g. tvix compiled to WebAssembly, would implement), and the value-level API Arbor's host walk
 * needs (states, values, forcing, errors, parsing, in-memory file systems).
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

export { EvalState, NixError, formatError, printValue, forceDeep, instantiateBytes };
export type { EvalOptions, InstantiateIO, InstantiateResult };

// Bytes: Nix strings are byte strings (one char per byte); these convert to and from text.
export { fromByteString, toByteString } from './bytes';
// Values and forcing.
export {
  Attrs,
  force,
  isFunction,
  NixFloat,
  NixPath,
  NixString,
  type Lazy,
  type SourcePos,
  type Value,
} from './eval/values';
export { callFunction } from './eval/call';
export { evalTextWith } from './eval/bindings';
export { editDistance } from './eval/errors';
export { resourceExhaustion, type Exhaustion } from './eval/resources';
export { formatFloatDefault, quoteString, showAttrName } from './eval/show';
// Syntax.
export type { ParsedFile } from './syntax/ast';
export { Lexer, type Token } from './syntax/lexer';
export { ParseError, parseTolerant } from './syntax/parser';
export { Source, STRING_SOURCE } from './syntax/source';
// File systems (the Node one is in ./node).
export { MemoryFileSystem } from './vfs/memory';
export { OverlayFileSystem } from './vfs/overlay';
export type { FileSystem } from './vfs/types';
