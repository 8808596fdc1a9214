/**
 * Host evaluation: every host's modules evaluated by Arbor's module system (`nix/lib/modules/`,
 * entered through `nix/lib/host-eval.nix`), walked from TypeScript one option at a time.
 *
 * Pure Nix cannot catch most evaluation errors (`builtins.tryEval` catches only `throw` and
 * `assert`), so the walk happens here: each option's definitions and value are forced on their
 * own, inside their own try/catch, and every failure becomes a diagnostic positioned on the
 * definition that caused it. One broken definition never hides another, and one error reached
 * through several options is reported once.
 *
 * The walk also produces what the Config tab and `arbor eval` show: for every option path its
 * final value, its definitions (file, line, column, module, priority, value) and its declaration.
 * Declared options come from the option tree; everything else comes from the definitions the
 * freeform root received, expanded attribute by attribute using the positions the parser keeps.
 *
 * The walk's parts live in `host-evaluation/`: `values.ts` (forcing and display), `walker.ts`
 * (the walk's state, reporting, error classification), `options.ts` (declared options),
 * `freeform.ts` (freeform definitions, unknown options) and `assertions.ts`.
 */

import { Attrs, callFunction, force, type Lazy, type SourcePos, toByteString } from '../nix';
import { checkAssertionsAndWarnings } from './host-evaluation/assertions';
import { walkFreeform } from './host-evaluation/freeform';
import { walkOptions } from './host-evaluation/options';
import {
  classifyPending,
  reportError,
  type HostWalkContext,
  type Walker,
  type WalkDetail,
} from './host-evaluation/walker';
import type { HostConfiguration, Position } from './types';

export { forceForCheck, showOptionPath, toDisplay } from './host-evaluation/values';
export type { HostWalkContext, WalkDetail } from './host-evaluation/walker';

/**
 * Evaluates one configuration (`evaluation` is what `lib.evalModules` returned, unforced) and
 * returns its options and diagnostics. `hostName` is `nas` or `alice@nas`.
 */
export function walkConfiguration(
  ctx: HostWalkContext,
  hostName: string,
  kind: 'host' | 'home',
  evaluation: Lazy,
  detail: WalkDetail = 'full',
  anchor: Position | null = null,
): HostConfiguration {
  const start = performance.now();
  const w: Walker = {
    ctx,
    hostName,
    options: [],
    diagnostics: [],
    seen: new Set(),
    projectNamespaces: new Map(),
    pending: [],
    detail,
    anchor,
  };
  try {
    const evaluated = force(evaluation);
    if (!(evaluated instanceof Attrs)) throw new Error('host evaluation did not return a set');
    const result = force(evaluated.get('result')!) as Attrs;
    const options = force(result.get('options')!);
    if (options instanceof Attrs) walkOptions(w, [], options);
    walkFreeform(w, evaluated, result.get('config')!);
    checkAssertionsAndWarnings(w, kind);
  } catch (error) {
    reportError(w, error, '', [], null);
  }
  classifyPending(w);
  w.options.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    name: hostName,
    kind,
    options: w.options,
    diagnostics: w.diagnostics,
    evalMs: performance.now() - start,
  };
}

/** Calls `hosts.host "<name>"` (or `hosts.home`) of host-eval.nix. */
export function hostEvaluation(hosts: Attrs, kind: 'host' | 'home', name: string): Lazy {
  const fn = force(hosts.get(kind)!);
  return callFunction(fn, [toByteString(name)], null);
}

export type { Position, SourcePos };
