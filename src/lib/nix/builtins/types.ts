/** Type predicates: `isAttrs`, `isInt`, …, and `typeOf`. */

import { force, isFunction, NixFloat, NixPath, NixString, typeName, Attrs } from '../eval/values';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const predicate = (name: string, test: (v: ReturnType<typeof force>) => boolean) =>
    set.fn(name, 1, ([x], call) => test(force(x, call.pos)));
  predicate('isAttrs', (v) => v instanceof Attrs);
  predicate('isBool', (v) => typeof v === 'boolean');
  predicate('isFloat', (v) => v instanceof NixFloat);
  predicate('isFunction', (v) => isFunction(v));
  predicate('isInt', (v) => typeof v === 'number' || typeof v === 'bigint');
  predicate('isList', (v) => Array.isArray(v));
  predicate('isNull', (v) => v === null);
  predicate('isPath', (v) => v instanceof NixPath);
  predicate('isString', (v) => typeof v === 'string' || v instanceof NixString);
  set.fn('typeOf', 1, ([x], call) => typeName(force(x, call.pos)));
}
