/**
 * What an evaluator keeps besides its values: the calls in progress and their limit
 * (`max-call-depth`), whether calls are traced (`--show-trace`), and its symbol table. One
 * `EvalState` owns one; every lambda and builtin it makes carries it, so calling one counts
 * towards its own evaluator's depth. There is no module-level evaluation state: two evaluators
 * in one process never see each other's depth, limits or symbol order.
 */

import { SymbolTable } from '../syntax/symbols';
import type { Comparisons } from './compare';

export class EvalContext {
  /** Calls in progress (lambdas, builtins and the operators that stand for builtin calls). */
  depth = 0;
  /** The `==` comparisons of lists and sets in progress, to end cyclic ones (compare.ts). */
  readonly comparing: Comparisons = { depth: 0, pairs: new Map() };

  constructor(
    /** Nix's `max-call-depth`: call number `maxDepth + 2` is refused. */
    readonly maxDepth: number = 10000,
    /** With `--show-trace`, an error leaving a lambda's body gets Nix's call frames. */
    readonly traceCalls: boolean = false,
    readonly symbols: SymbolTable = new SymbolTable(),
  ) {}
}
