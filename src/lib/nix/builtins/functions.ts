/** `functionArgs`: the formals of a function and whether each has a default. */

import { evalError } from '../errors/nix-error';
import { Attr, Attrs, force, isFunction, Lambda, SourcePos } from '../eval/values';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  set.fn('functionArgs', 1, ([f], call) => {
    const fn = force(f, call.pos);
    if (!isFunction(fn)) throw evalError('type', "'functionArgs' requires a function", null);
    if (!(fn instanceof Lambda) || fn.node.formals === null) return Attrs.empty;
    const map = new Map<string, Attr>();
    for (const formal of fn.node.formals.entries) {
      map.set(formal.name, new Attr(formal.fallback !== null, new SourcePos(fn.source, formal.pos)));
    }
    return Attrs.fromMap(map);
  });
}
