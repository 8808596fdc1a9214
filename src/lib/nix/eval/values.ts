/**
 * Nix values as the evaluator represents them.
 *
 * Representations are chosen for the common case to be cheap:
 * - integers are JS numbers while they are safe integers and bigints beyond that (always
 *   normalised, so `===` compares them); Nix integers are 64-bit and overflow is an error,
 * - floats are boxed (`NixFloat`) so that `1` and `1.0` stay different values,
 * - strings without context are plain JS strings; `NixString` carries a context,
 * - lists are JS arrays of lazy values, attribute sets are `Attrs` (a Map of `Attr` cells that
 *   carry their definition position, shared between sets made by `//`),
 * - a `Thunk` is a delayed computation that caches its value and black-holes while running.
 *
 * Identity matters: Nix prints `«repeated»` for a set or list it has already printed, and some
 * builtins return their argument unchanged, so values are shared wherever Nix shares them.
 */

import type { LambdaNode } from '../syntax/ast';
import type { Source } from '../syntax/source';
import type { NixError } from '../errors/nix-error';
import type { EvalContext } from './context';

export class NixFloat {
  constructor(readonly value: number) {}
}

/** A string with a non-empty context: the store paths and derivation outputs it refers to. */
export class NixString {
  constructor(
    readonly value: string,
    readonly context: ReadonlySet<string>,
  ) {}
}

export class NixPath {
  constructor(readonly path: string) {}
}

/** Where something was defined: resolved to file:line:column only when shown. */
export class SourcePos {
  constructor(
    readonly source: Source,
    readonly offset: number,
  ) {}
}

export class Attr {
  constructor(
    readonly value: Lazy,
    readonly pos: SourcePos | null,
  ) {}
}

/**
 * An attribute set: names sorted in Nix's order (bytes), with parallel arrays of values and of
 * definition positions — the layout of Nix's own Bindings. Sets from literals share their name
 * and position arrays with every other evaluation of the same literal, `mapAttrs` shares the
 * names of its input, and `//` merges two sorted arrays; only the values are new each time.
 * Lookups scan small sets and use a lazily built index for large ones. A `Map` view (`map`) is
 * built on demand for code that wants one.
 */
export class Attrs {
  private index: Map<string, number> | undefined;
  private mapView: Map<string, Attr> | undefined;

  private constructor(
    /** Sorted, without duplicates. */
    readonly keys: readonly string[],
    readonly values: Lazy[],
    /** Parallel to `keys`, or null when no attribute has a position. */
    readonly positions: ReadonlyArray<SourcePos | null> | null,
  ) {}

  /** From arrays already sorted by name (not copied). */
  static fromSorted(
    keys: readonly string[],
    values: Lazy[],
    positions: ReadonlyArray<SourcePos | null> | null,
  ): Attrs {
    return new Attrs(keys, values, positions);
  }

  /** From a Map of attributes in any order. */
  static fromMap(map: Map<string, Attr>): Attrs {
    const keys = [...map.keys()].sort();
    const values = new Array<Lazy>(keys.length);
    let positions: Array<SourcePos | null> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const attr = map.get(keys[i])!;
      values[i] = attr.value;
      if (attr.pos !== null) {
        positions ??= new Array<SourcePos | null>(keys.length).fill(null);
        positions[i] = attr.pos;
      }
    }
    const attrs = new Attrs(keys, values, positions);
    attrs.mapView = map;
    return attrs;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The index of `name` in `keys`, or -1. */
  indexOf(name: string): number {
    const keys = this.keys;
    if (keys.length <= 16) {
      for (let i = 0; i < keys.length; i++) if (keys[i] === name) return i;
      return -1;
    }
    if (this.index === undefined) {
      this.index = new Map();
      for (let i = 0; i < keys.length; i++) this.index.set(keys[i], i);
    }
    return this.index.get(name) ?? -1;
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  get(name: string): Lazy | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.values[i];
  }

  positionAt(i: number): SourcePos | null {
    return this.positions === null ? null : this.positions[i];
  }

  /** The attribute (value and position), or undefined. */
  attr(name: string): Attr | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : new Attr(this.values[i], this.positionAt(i));
  }

  /** Names in Nix's order: sorted by bytes. */
  names(): readonly string[] {
    return this.keys;
  }

  /** A Map view of the set, for code off the hot paths. */
  get map(): ReadonlyMap<string, Attr> {
    if (this.mapView === undefined) {
      const map = new Map<string, Attr>();
      for (let i = 0; i < this.keys.length; i++)
        map.set(this.keys[i], new Attr(this.values[i], this.positionAt(i)));
      this.mapView = map;
    }
    return this.mapView;
  }

  static readonly empty = new Attrs([], [], null);
}

/**
 * Compares strings by their bytes, as C++'s std::string does. Our strings are byte strings (one
 * code unit per byte, see bytes.ts), so JavaScript's own code-unit order is exactly byte order.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class Lambda {
  private position: SourcePos | undefined;
  constructor(
    readonly node: LambdaNode,
    readonly env: Env,
    readonly source: Source,
    readonly body: Code,
    /** Slot layout of the call environment: the `@` name first, then formals in order. */
    readonly formalDefaults: Array<LazyCode | null> | null,
    /** The evaluator that made it: calling it counts towards that evaluator's call depth. */
    readonly context: EvalContext,
  ) {}

  get name(): string {
    return this.node.name ?? 'anonymous lambda';
  }

  /** Where the lambda is defined (errors about its arguments are reported there). */
  get pos(): SourcePos {
    return (this.position ??= new SourcePos(this.source, this.node.start));
  }
}

export type PrimOpImpl = (args: Lazy[], call: CallSite) => Value;

export class PrimOp {
  constructor(
    readonly name: string,
    readonly arity: number,
    readonly impl: PrimOpImpl,
    /** The evaluator whose builtin this is (see `Lambda.context`). */
    readonly context: EvalContext,
  ) {}
}

export class PrimOpApp {
  constructor(
    readonly primop: PrimOp,
    readonly args: Lazy[],
  ) {}
}

/** Where a builtin was called from, so its errors can point there. */
export interface CallSite {
  /** The position builtins use for their own errors: none, as in Nix. */
  pos: SourcePos | null;
  /** Where the call is in the source. */
  site: SourcePos | null;
}

export type Value =
  | null
  | boolean
  | number
  | bigint
  | NixFloat
  | string
  | NixString
  | NixPath
  | Lazy[]
  | Attrs
  | Lambda
  | PrimOp
  | PrimOpApp;

export type Lazy = Value | Thunk;

/** Compiled code: evaluates an expression in an environment to weak head normal form. */
export type Code = (env: Env) => Value;

/**
 * Compiled code for a lazy position (a binding, list element or argument): returns a value
 * without evaluating it — a constant, the cell of a variable, or a new thunk (Nix's maybeThunk).
 */
export type LazyCode = (env: Env) => Lazy;

/** A runtime scope: the values of one static scope's bindings, or the subject of one `with`. */
export class Env {
  constructor(
    readonly up: Env | null,
    readonly values: Lazy[],
  ) {}
}

const enum ThunkState {
  Pending,
  Running,
  Done,
}

export class Thunk {
  private state: ThunkState = ThunkState.Pending;
  private code: Code | null;
  private env: Env | null;
  private result: Value = null;

  constructor(code: Code, env: Env) {
    this.code = code;
    this.env = env;
  }

  get evaluated(): boolean {
    return this.state === ThunkState.Done;
  }

  /** The value if already computed (for printing without forcing). */
  peek(): Value | undefined {
    return this.state === ThunkState.Done ? this.result : undefined;
  }

  /** Evaluates (once) and returns the value; `pos` is the forcing site, for infinite recursion. */
  force(pos: SourcePos | null = null): Value {
    if (this.state === ThunkState.Done) return this.result;
    // While running, `result` holds where the thunk was first forced (it has no value yet), so
    // infinite recursion can name both places without a field on every thunk.
    if (this.state === ThunkState.Running)
      throw infiniteRecursion(pos, this.result as unknown as SourcePos | null);
    this.state = ThunkState.Running;
    this.result = pos as unknown as Value;
    try {
      this.result = this.code!(this.env!);
    } catch (error) {
      // Leave the thunk as it was: forcing it again (e.g. after tryEval) re-runs it.
      this.state = ThunkState.Pending;
      this.result = null;
      throw error;
    }
    this.state = ThunkState.Done;
    this.code = null;
    this.env = null;
    return this.result;
  }

  static of(value: Value): Thunk {
    const thunk = new Thunk(() => value, EMPTY_ENV);
    thunk.force();
    return thunk;
  }
}

export const EMPTY_ENV = new Env(null, []);

type InfiniteRecursionFactory = (pos: SourcePos | null, firstForcedAt: SourcePos | null) => NixError;
let infiniteRecursionFactory: InfiniteRecursionFactory | null = null;
/** Set by errors.ts (breaking an import cycle): builds the "infinite recursion" error. */
export function setInfiniteRecursionFactory(factory: InfiniteRecursionFactory): void {
  infiniteRecursionFactory = factory;
}
function infiniteRecursion(pos: SourcePos | null, firstForcedAt: SourcePos | null): NixError {
  return infiniteRecursionFactory!(pos, firstForcedAt);
}

export function force(value: Lazy, pos: SourcePos | null = null): Value {
  return value instanceof Thunk ? value.force(pos) : value;
}

export function isInt(value: Value): value is number | bigint {
  return typeof value === 'number' || typeof value === 'bigint';
}

export function isString(value: Value): value is string | NixString {
  return typeof value === 'string' || value instanceof NixString;
}

export function isList(value: Value): value is Lazy[] {
  return Array.isArray(value);
}

export function isFunction(value: Value): value is Lambda | PrimOp | PrimOpApp {
  return value instanceof Lambda || value instanceof PrimOp || value instanceof PrimOpApp;
}

export function isDerivation(value: Value): boolean {
  if (!(value instanceof Attrs)) return false;
  const type = value.get('type');
  if (type === undefined) return false;
  const forced = force(type);
  return forced === 'derivation' || (forced instanceof NixString && forced.value === 'derivation');
}

/** Nix's `showType`: how a value is named in error messages. */
export function showType(value: Value): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'a Boolean';
    case 'number':
    case 'bigint':
      return 'an integer';
    case 'string':
      return 'a string';
  }
  if (value instanceof NixString) return 'a string with context';
  if (value instanceof NixFloat) return 'a float';
  if (value instanceof NixPath) return 'a path';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Attrs) return 'a set';
  if (value instanceof Lambda) return 'a function';
  if (value instanceof PrimOp) return `the built-in function '${value.name}'`;
  if (value instanceof PrimOpApp) return `the partially applied built-in function '${value.primop.name}'`;
  return 'a value';
}

/** Nix's `typeOf` names. */
export function typeName(value: Value): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'string';
  }
  if (value instanceof NixString) return 'string';
  if (value instanceof NixFloat) return 'float';
  if (value instanceof NixPath) return 'path';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Attrs) return 'set';
  return 'lambda';
}

export function stringValue(value: string | NixString): string {
  return typeof value === 'string' ? value : value.value;
}

export function makeString(
  value: string,
  context: ReadonlySet<string> | null | undefined,
): string | NixString {
  return context && context.size > 0 ? new NixString(value, context) : value;
}
