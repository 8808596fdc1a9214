/**
 * The Nix evaluator's front door: everything outside `src/lib/nix/` (the session API, the host
 * walk, the REPL, the CLI, the UI) imports the evaluator from here and from nowhere else inside
 * this folder; `test/architecture.test.ts` enforces it. What Node alone can provide (the real
 * file system) comes from `./node`, the one module here that imports Node.
 *
 * Three layers are offered: the `Evaluator` interface (text in, text out: what another backend,
 * e.g. tvix compiled to WebAssembly, would implement); `createEvaluator`, which never throws and
 * returns `{ value, errors, warnings }` with every error as a `NixError` of one union of kinds
 * (errors/nix-error.ts); and the value-level API Arbor's host walk needs (states, values,
 * forcing, errors, parsing, in-memory file systems).
 */

import { instantiateBytes, type InstantiateIO, type InstantiateResult } from './instantiate/instantiate';
import { NixError } from './errors/nix-error';
import { createEvaluator } from './evaluator';
import { formatError } from './errors/format';
import { printValue } from './eval/show';
import { EvalState, type EvalOptions } from './eval/state';

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
    const evaluator = createEvaluator(options);
    const evaluated = evaluator.evaluate(text, { baseDir: options.baseDir, strict: options.strict });
    if (evaluated.value === null) return { ok: false, error: formatError(evaluated.errors[0]) };
    const printed = evaluator.print(evaluated.value);
    if (printed.value === null) return { ok: false, error: formatError(printed.errors[0]) };
    return { ok: true, output: printed.value };
  },
};

export { EvalState, NixError, formatError, printValue, instantiateBytes };
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
export {
  editDistance,
  errorClass,
  isCatchable,
  isNixError,
  withFrame,
  type CatchableError,
  type ErrorClass,
  type ErrorDetails,
  type ErrorKind,
  type FatalError,
} from './errors/nix-error';
export { internalBug, toNixError } from './errors/normalize';
export { createEvaluator, type EvaluateOptions, type EvaluationResult, type NixEvaluator } from './evaluator';
export { resourceExhaustion, type Exhaustion } from './errors/resources';
export { formatFloatDefault, quoteString, showAttrName } from './eval/show';
// Syntax.
export type { ParsedFile } from './syntax/ast';
export { Lexer, type Token } from './syntax/lexer';
export { parseTolerant, type ParseError } from './syntax/parser';
export { Source, STRING_SOURCE } from './syntax/source';
export { SymbolTable } from './syntax/symbols';
// File systems (the Node one is in ./node).
export { MemoryFileSystem } from './vfs/memory';
export { OverlayFileSystem } from './vfs/overlay';
export type { FileSystem } from './vfs/types';
