/**
 * Evaluation errors are data: a kind, a message, the position Nix would report, a trace of
 * "while …" frames (innermost first), and an optional hint ("Did you mean …?").
 *
 * Every error the evaluator raises is a `NixError`; the kinds are one discriminated union with a
 * stable name each (they are the error codes of the API: `createEvaluator` returns them as data).
 * They fall into four classes (`errorClass`, an exhaustive switch), because they behave
 * differently:
 * - catchable: `throw` and failed `assert`s, the only errors `builtins.tryEval` catches;
 * - fatal: everything else the program did wrong (type errors, missing attributes, `abort`,
 *   parse errors, a JSON or TOML text that does not parse, a bad regular expression, a path that
 *   does not exist, a store path that is not valid…);
 * - resource: what the evaluator ran out of (call depth, the longest string JavaScript can hold,
 *   memory), in words that say what ran out (resources.ts);
 * - internal: a bug in Arbor (any JavaScript exception that is not one of the above), with a
 *   message that asks for a report instead of a stack trace (normalize.ts).
 *
 * `NixError` deliberately does not extend `Error`: creating a JS stack trace for every error would
 * make `tryEval`-heavy code slow, and the Nix trace is what users need.
 */

import { Source } from '../syntax/source';
import { setInfiniteRecursionFactory, SourcePos } from '../eval/values';

export type ErrorKind =
  // catchable
  | 'throw'
  | 'assertion'
  // fatal: the language
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
  | 'eval'
  // fatal: what builtins read and parse
  | 'path'
  | 'file-system'
  | 'store'
  | 'json'
  | 'toml'
  | 'regex'
  | 'not-available'
  // resource exhaustion
  | 'stack-overflow'
  | 'out-of-memory'
  // a bug in Arbor
  | 'internal-bug';

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
    case 'eval':
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

export interface TraceFrame {
  message: string;
  pos: SourcePos | null;
}

export class NixError {
  readonly frames: TraceFrame[] = [];
  /**
   * For infinite recursion: where the value was first forced (the re-entry is `pos`). Not
   * printed (Nix does not show it); diagnostics point at both places.
   */
  firstForcedAt: SourcePos | null = null;
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
    public pos: SourcePos | null,
    readonly hint: string | null = null,
  ) {}

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

/**
 * Runs `body`; a `NixError` it raises gets the frame `message` at `pos` (one of Nix's "while …"
 * lines) on its way out. The evaluator's hot paths (calling, forcing, selecting) write the same
 * inline, to spare a closure per call.
 */
export function withFrame<T>(message: string, pos: SourcePos | null, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof NixError) error.addFrame(message, pos);
    throw error;
  }
}

export function evalError(
  kind: ErrorKind,
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
