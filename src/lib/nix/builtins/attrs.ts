/**
 * Attribute-set builtins. Results share the original cells and keep each attribute's definition
 * position (`unsafeGetAttrPos` still works on a `mapAttrs` or `//` result), and new values are
 * delayed: `mapAttrs f s` calls `f` only for attributes that are used.
 */

import { callFunction } from '../eval/call';
import { missingAttribute } from '../eval/compile';
import { forceAttrs, forceList, forceString, forceStringNoContext } from '../eval/force';
import { Attr, Attrs, Env, force, Thunk, type Lazy, type SourcePos } from '../eval/values';
import type { BuiltinSet } from './registry';

/** A delayed call `f args…`, as Nix's primops create them. */
export function delayedCall(fn: Lazy, args: Lazy[], pos: SourcePos | null): Thunk {
  return new Thunk(() => callFunction(force(fn, pos), args, pos), DELAYED_ENV);
}
const DELAYED_ENV = new Env(null, []);

export function attrsFromEntries(entries: Iterable<[string, Lazy]>): Attrs {
  const map = new Map<string, Attr>();
  for (const [name, value] of entries) map.set(name, new Attr(value, null));
  return Attrs.fromMap(map);
}

export function register(set: BuiltinSet): void {
  const arg = (n: string, which: string) => `while evaluating the ${which} argument passed to builtins.${n}`;
  set.fn('attrNames', 1, ([s], call) => forceAttrs(s, call.pos, arg('attrNames', 'argument')).keys.slice());
  set.fn('attrValues', 1, ([s], call) =>
    forceAttrs(s, call.pos, arg('attrValues', 'argument')).values.slice(),
  );
  set.fn('getAttr', 2, ([n, s], call) => {
    const name = forceStringNoContext(n, call.pos, arg('getAttr', 'first'));
    const attrs = forceAttrs(s, call.pos, arg('getAttr', 'second'));
    const i = attrs.indexOf(name);
    if (i < 0) throw missingAttribute(name, attrs, call.pos);
    return force(attrs.values[i], attrs.positionAt(i) ?? call.pos);
  });
  set.fn('hasAttr', 2, ([n, s], call) => {
    const name = forceStringNoContext(n, call.pos, arg('hasAttr', 'first'));
    return forceAttrs(s, call.pos, arg('hasAttr', 'second')).has(name);
  });
  set.fn('catAttrs', 2, ([n, l], call) => {
    const name = forceStringNoContext(n, call.pos, arg('catAttrs', 'first'));
    const out: Lazy[] = [];
    for (const item of forceList(l, call.pos, arg('catAttrs', 'second'))) {
      const attr = forceAttrs(
        item,
        call.pos,
        'while evaluating an element in the list passed as second argument to builtins.catAttrs',
      );
      const i = attr.indexOf(name);
      if (i >= 0) out.push(attr.values[i]);
    }
    return out;
  });
  set.fn('intersectAttrs', 2, ([a, b], call) => {
    const left = forceAttrs(a, call.pos, arg('intersectAttrs', 'first'));
    const right = forceAttrs(b, call.pos, arg('intersectAttrs', 'second'));
    // Both sides are sorted: keep the right side's attributes whose names the left has.
    const keys: string[] = [];
    const values: Lazy[] = [];
    const positions: Array<SourcePos | null> = [];
    for (let i = 0; i < right.keys.length; i++) {
      if (!left.has(right.keys[i])) continue;
      keys.push(right.keys[i]);
      values.push(right.values[i]);
      positions.push(right.positionAt(i));
    }
    return Attrs.fromSorted(keys, values, positions.some((p) => p !== null) ? positions : null);
  });
  set.fn('listToAttrs', 1, ([l], call) => {
    const map = new Map<string, Attr>();
    for (const item of forceList(l, call.pos, arg('listToAttrs', 'argument'))) {
      const entry = forceAttrs(
        item,
        call.pos,
        'while evaluating an element of the list passed to builtins.listToAttrs',
      );
      const nameIndex = entry.indexOf('name');
      const nameAttr =
        nameIndex < 0 ? undefined : { value: entry.values[nameIndex], pos: entry.positionAt(nameIndex) };
      if (nameAttr === undefined)
        throw missingAttribute('name', entry, null).addFrame('in a {name=...; value=...;} pair', null);
      const name = forceStringNoContext(
        nameAttr.value,
        nameAttr.pos,
        'while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs',
      );
      if (map.has(name)) continue;
      const valueIndex = entry.indexOf('value');
      if (valueIndex < 0) throw missingAttribute('value', entry, call.pos);
      map.set(name, new Attr(entry.values[valueIndex], entry.positionAt(valueIndex)));
    }
    return Attrs.fromMap(map);
  });
  set.fn('mapAttrs', 2, ([f, s], call) => {
    const attrs = forceAttrs(s, call.pos, arg('mapAttrs', 'second'));
    // Same names (shared), new delayed values; Nix gives the results no positions.
    const values = attrs.values.map((value, i) => delayedCall(f, [attrs.keys[i], value], call.pos));
    return Attrs.fromSorted(attrs.keys, values, null);
  });
  set.fn('removeAttrs', 2, ([s, l], call) => {
    const attrs = forceAttrs(s, call.pos, arg('removeAttrs', 'first'));
    const names = forceList(l, call.pos, arg('removeAttrs', 'second')).map((n) =>
      forceStringNoContext(
        n,
        call.pos,
        'while evaluating the values of the second argument passed to builtins.removeAttrs',
      ),
    );
    if (names.length === 0) return attrs;
    // Keep the sorted layout: drop the removed names in one pass (names and positions shared
    // when nothing is removed).
    const removed = new Set(names);
    const keys: string[] = [];
    const values: Lazy[] = [];
    const positions: Array<SourcePos | null> = [];
    for (let i = 0; i < attrs.keys.length; i++) {
      if (removed.has(attrs.keys[i])) continue;
      keys.push(attrs.keys[i]);
      values.push(attrs.values[i]);
      positions.push(attrs.positionAt(i));
    }
    return Attrs.fromSorted(keys, values, positions.some((p) => p !== null) ? positions : null);
  });
  set.fn('zipAttrsWith', 2, ([f, l], call) => {
    const collected = new Map<string, Lazy[]>();
    for (const item of forceList(l, call.pos, arg('zipAttrsWith', 'second'))) {
      const attrs = forceAttrs(
        item,
        call.pos,
        'while evaluating a value of the list passed as second argument to builtins.zipAttrsWith',
      );
      for (let i = 0; i < attrs.keys.length; i++) {
        const name = attrs.keys[i];
        let values = collected.get(name);
        if (values === undefined) collected.set(name, (values = []));
        values.push(attrs.values[i]);
      }
    }
    const map = new Map<string, Attr>();
    for (const [name, values] of collected)
      map.set(name, new Attr(delayedCall(f, [name, values], call.pos), null));
    return Attrs.fromMap(map);
  });
  set.fn('unsafeGetAttrPos', 2, ([n, s], call) => {
    const name = forceString(n, call.pos, arg('unsafeGetAttrPos', 'first'));
    const attr = forceAttrs(s, call.pos, arg('unsafeGetAttrPos', 'second')).map.get(name);
    // Nix gives no position for text that is not a file (`-E` expressions, stdin).
    if (attr === undefined || attr.pos === null || attr.pos.source.name.startsWith('\xc2\xab')) return null;
    const p = attr.pos.source.position(attr.pos.offset);
    return attrsFromEntries([
      ['column', p.column],
      ['file', p.file],
      ['line', p.line],
    ]);
  });
}
