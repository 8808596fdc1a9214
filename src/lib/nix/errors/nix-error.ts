/**
 * Evaluation errors are data: a kind, a message, the position Nix would report, a trace of
 * "while …" frames (innermost first), an optional hint ("Did you mean …?"), and for the kinds
 * that need one a typed detail (a parse error's span, a file system error's errno and path).
 *
 * Every error the evaluator raises is a `NixError`, the lower layers' included: the parser's
 * (`parseError`, syntax/parser/errors.ts), the file systems' (`fileSystemError`, vfs/types.ts),
 * the store's (`storeError`, store/errors.ts), and JSON's, TOML's and the regular expressions'
 * (formats/). The kinds are one discriminated union with a stable name each (they are the error
 * codes of the API: `createEvaluator` returns them as data); `detail` is typed by the kind, and
 * `isNixError(error, kind)` narrows to it. The kinds fall into four classes (`errorClass`, an
 * exhaustive switch), because they behave differently:
 * - catchable (`CatchableError`): `throw` and failed `assert`s, the only errors
 *   `builtins.tryEval` catches;
 * - fatal (`FatalError`): everything else the program did wrong (type errors, missing
 *   attributes, `abort`, parse errors, a JSON or TOML text that does not parse, a bad regular
 *   expression, a path that does not exist, a store path that is not valid…);
 * - resource: what the evaluator ran out of (call depth, the longest string JavaScript can hold,
 *   memory), in words that say what ran out (resources.ts);
 * - internal: a bug in Arbor (any JavaScript exception that is not one of the above), with a
 *   message that asks for a report instead of a stack trace (normalize.ts).
 *
 * `NixError` deliberately does not extend `Error`: creating a JS stack trace for every error would
 * make `tryEval`-heavy code slow, and the Nix trace is what users need.
 */

import type { Source } from '../syntax/source';
import type { FileSystemCode } from '../vfs/types';
import { setInfiniteRecursionFactory, SourcePos } from '../eval/values';

/** The errors `builtins.tryEval` catches. */
export type CatchableKind = 'throw' | 'assertion';

/** What the program did wrong, beyond `tryEval`'s reach. */
export type FatalKind =
  // the language
  | 'parse'
  | 'undefined-variable'
  | 'type'
  | 'missing-attribute'
  | 'abort'
  | 'infinite-recursion'
  | 'division-by-zero'
  | 'integer-overflow'
  | 'unexpected-argument'
  | 'missing-argument'
  | 'duplicate-attribute'
  | 'index-out-of-bounds'
  | 'not-a-function'
  // what builtins are given, read and make
  | 'invalid-argument'
  | 'string-context'
  | 'derivation'
  | 'attribute-path'
  | 'path'
  | 'file-system'
  | 'store'
  | 'json'
  | 'toml'
  | 'regex'
  | 'not-available';

/** What the evaluator ran out of. */
export type ResourceKind = 'stack-overflow' | 'out-of-memory';

export type ErrorKind = CatchableKind | FatalKind | ResourceKind | 'internal-bug';

export type ErrorClass = 'catchable' | 'fatal' | 'resource' | 'internal';

/** The class of an error kind (see the module comment). */
export function errorClass(kind: ErrorKind): ErrorClass {
  switch (kind) {
    case 'throw':
    case 'assertion':
      return 'catchable';
    case 'parse':
    case 'undefined-variable':
    case 'type':
    case 'missing-attribute':
    case 'abort':
    case 'infinite-recursion':
    case 'division-by-zero':
    case 'integer-overflow':
    case 'unexpected-argument':
    case 'missing-argument':
    case 'duplicate-attribute':
    case 'index-out-of-bounds':
    case 'not-a-function':
    case 'invalid-argument':
    case 'string-context':
    case 'derivation':
    case 'attribute-path':
    case 'path':
    case 'file-system':
    case 'store':
    case 'json':
    case 'toml':
    case 'regex':
    case 'not-available':
      return 'fatal';
    case 'stack-overflow':
    case 'out-of-memory':
      return 'resource';
    case 'internal-bug':
      return 'internal';
    default: {
      const unknown: never = kind;
      throw new TypeError(`unknown error kind ${String(unknown)}`);
    }
  }
}

/** Where a parse error is: the offending token, `start` to `end` (offsets into `source`). */
export interface ParseSpan {
  readonly source: Source;
  readonly start: number;
  readonly end: number;
}

/** A failed file system operation: the errno-style code and the path it was about. */
export interface FileSystemDetail {
  readonly code: FileSystemCode;
  readonly path: string;
}

/** What the kinds that carry more than a message carry, for the callers that need it. */
export interface ErrorDetails {
  parse: ParseSpan;
  'file-system': FileSystemDetail;
}

/** The kinds whose errors are only a message, a position and a hint. */
export type PlainKind = Exclude<ErrorKind, keyof ErrorDetails>;

/** The detail of a kind: `null` for plain kinds. */
export type ErrorDetail<K extends ErrorKind> = K extends keyof ErrorDetails ? ErrorDetails[K] : null;

/** The constructor's last argument: the detail, required exactly for the kinds that have one. */
type DetailArgument<K extends ErrorKind> = K extends keyof ErrorDetails ? [detail: ErrorDetails[K]] : [];

export interface TraceFrame {
  message: string;
  pos: SourcePos | null;
}

export class NixError<K extends ErrorKind = ErrorKind> {
  readonly frames: TraceFrame[] = [];
  readonly detail: ErrorDetail<K>;
  /**
   * For infinite recursion: where the value was first forced (the re-entry is `pos`). Not
   * printed (Nix does not show it); diagnostics point at both places.
   */
  firstForcedAt: SourcePos | null = null;
  constructor(
    readonly kind: K,
    readonly message: string,
    public pos: SourcePos | null,
    readonly hint: string | null = null,
    ...detail: DetailArgument<K>
  ) {
    this.detail = ((detail as unknown[])[0] ?? null) as ErrorDetail<K>;
  }

  /** Whether `builtins.tryEval` catches this error (`throw`, `assert`). */
  get catchable(): boolean {
    return this.kind === 'throw' || this.kind === 'assertion';
  }

  get errorClass(): ErrorClass {
    return errorClass(this.kind);
  }

  addFrame(message: string, pos: SourcePos | null): this {
    this.frames.push({ message, pos });
    return this;
  }

  /** Sets the position if none is known yet (errors raised deep inside builtins). */
  at(pos: SourcePos | null): this {
    if (this.pos === null) this.pos = pos;
    return this;
  }

  toString(): string {
    return `error: ${this.message}`;
  }
}

/** Errors `builtins.tryEval` catches, as a type: a `throw` or a failed `assert`. */
export type CatchableError = NixError<CatchableKind>;

/** Errors no `tryEval` catches that are the program's fault (not resources, not Arbor's bugs). */
export type FatalError = NixError<FatalKind>;

/** Whether `error` is a `NixError`, of `kind` if one is given (narrowing `detail` with it). */
export function isNixError<K extends ErrorKind>(error: unknown, kind: K): error is NixError<K>;
export function isNixError(error: unknown): error is NixError;
export function isNixError(error: unknown, kind?: ErrorKind): boolean {
  return error instanceof NixError && (kind === undefined || error.kind === kind);
}

/** Whether `error` is one `builtins.tryEval` catches. */
export function isCatchable(error: unknown): error is CatchableError {
  return error instanceof NixError && errorClass(error.kind) === 'catchable';
}

/**
 * Runs `body`; a `NixError` it raises gets the frame `message` at `pos` (one of Nix's "while …"
 * lines) on its way out. This is how a builtin adds a frame around a part of its work.
 *
 * Some places write the same catch inline instead: the evaluator's hot paths (calling a function
 * or builtin, forcing a thunk, selecting an attribute, coercing: eval/call.ts, eval/force.ts,
 * eval/compile.ts, eval/coerce.ts), to spare a closure and a message per call; the structural
 * recursions over values (eval/deep.ts, formats/json/print.ts), where a closure per level would
 * also cost stack depth, and so how deep a value can be; and the few that choose which errors get
 * the frame, add several, or word it only on failure (`fromJSON` frames only the parser's errors,
 * `==`'s explanation of a differing attribute adds three, `addErrorContext` evaluates its message
 * when there is an error).
 */
export function withFrame<T>(message: string, pos: SourcePos | null, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof NixError) error.addFrame(message, pos);
    throw error;
  }
}

/** An error of a plain kind (the kinds with a detail have their layer's factory). */
export function evalError(
  kind: PlainKind,
  message: string,
  pos: SourcePos | null = null,
  hint: string | null = null,
): NixError {
  return new NixError(kind, message, pos, hint);
}

export function typeError(message: string, pos: SourcePos | null = null): NixError {
  return new NixError('type', message, pos);
}

/** The Levenshtein-based suggestions Nix gives for a misspelt attribute or variable. */
export function suggest(name: string, candidates: Iterable<string>): string | null {
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(1, Math.floor(name.length / 3)) + 1 && distance <= 3)
      scored.push([distance, candidate]);
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  const names = scored.slice(0, 3).map(([, candidate]) => candidate);
  if (names.length === 1) return `Did you mean ${names[0]}?`;
  return `Did you mean one of ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}?`;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

setInfiniteRecursionFactory((pos: SourcePos | null, firstForcedAt: SourcePos | null) => {
  const error = new NixError('infinite-recursion', 'infinite recursion encountered', pos);
  error.firstForcedAt = firstForcedAt;
  return error;
});

/** A position made from a source and offset, for code that has a node but no SourcePos yet. */
export function posAt(source: Source, offset: number): SourcePos {
  return new SourcePos(source, offset);
}
