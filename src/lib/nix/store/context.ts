/**
 * From string context to derivation inputs, as `derivationStrict` does it.
 * Every string attribute (and `args` element) carries a context: a set of
 *  - opaque store paths (a `toFile` result, a copied source, an output path
 *    of an already-built path with no derivation)   → `inputSrcs`;
 *  - built outputs `(drvPath, output)` (an `outPath` of a derivation) →
 *    `inputDrvs[drvPath] ∋ output`;
 *  - deep derivation references (the `drvPath` string itself, `=` in Nix's
 *    context encoding) → the whole closure of the .drv: every path in it goes
 *    into `inputSrcs`, and every .drv in it also into `inputDrvs` with all of
 *    its outputs.
 * Nix's `dummy://` store (the oracle) cannot compute closures and fails with
 * "path '<drv>' is not valid" for deep references; `dummyStore` mimics that.
 */
import type { DerivationStore } from './derivation';
import { storeError } from './errors';
import { isDerivationPath } from './store-path';

export type ContextElem =
  | { kind: 'opaque'; path: string }
  | { kind: 'built'; drvPath: string; output: string }
  | { kind: 'drvDeep'; drvPath: string };

export interface DerivationInputs {
  inputDrvs: Map<string, Set<string>>;
  inputSrcs: Set<string>;
}

/** All paths reachable from `roots` by references, roots included. */
export function storeClosure(store: DerivationStore, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const p = todo.pop() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const r of store.referencesOf(p)) if (!seen.has(r)) todo.push(r);
  }
  return seen;
}

export function resolveContext(
  store: DerivationStore,
  context: Iterable<ContextElem>,
  options: { dummyStore?: boolean } = {},
): DerivationInputs {
  const inputDrvs = new Map<string, Set<string>>();
  const inputSrcs = new Set<string>();
  const addOutputs = (drvPath: string, outputs: Iterable<string>): void => {
    const set = inputDrvs.get(drvPath) ?? new Set<string>();
    for (const o of outputs) set.add(o);
    inputDrvs.set(drvPath, set);
  };
  for (const c of context) {
    if (c.kind === 'opaque') inputSrcs.add(c.path);
    else if (c.kind === 'built') addOutputs(c.drvPath, [c.output]);
    else {
      if (options.dummyStore) throw storeError(`path '${c.drvPath}' is not valid`);
      for (const p of storeClosure(store, [c.drvPath])) {
        inputSrcs.add(p);
        if (isDerivationPath(p)) {
          const drv = store.getDerivation(p);
          if (!drv) throw storeError(`path '${p}' is not valid`);
          inputDrvs.set(p, new Set(drv.outputs.keys()));
        }
      }
    }
  }
  return { inputDrvs, inputSrcs };
}
