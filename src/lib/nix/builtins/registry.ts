/**
 * How builtin families register themselves. Each family file exports `register(set)`, adding
 * primops (name, arity, implementation) and constants. The implementation receives its
 * arguments as lazy cells and the call site, and forces only what it needs: builtins are as lazy
 * as Nix's (e.g. `length` does not force the elements, `map` delays every application).
 */

import type { EvalState } from '../eval/state';
import { PrimOp, type Lazy, type PrimOpImpl } from '../eval/values';

export class BuiltinSet {
  readonly entries = new Map<string, Lazy>();
  constructor(readonly state: EvalState) {}

  fn(name: string, arity: number, impl: PrimOpImpl): void {
    this.entries.set(name, new PrimOp(name, arity, impl, this.state.context));
  }

  value(name: string, value: Lazy): void {
    this.entries.set(name, value);
  }
}

/** Names reachable without the `builtins.` prefix; every other builtin is also `__name`. */
export const GLOBAL_NAMES = [
  'abort',
  'baseNameOf',
  'break',
  'builtins',
  'derivation',
  'derivationStrict',
  'dirOf',
  'false',
  'fetchGit',
  'fetchMercurial',
  'fetchTarball',
  'fromTOML',
  'import',
  'isNull',
  'map',
  'null',
  'placeholder',
  'removeAttrs',
  'scopedImport',
  'throw',
  'toString',
  'true',
];
