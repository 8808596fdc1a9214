/**
 * List builtins. `map` and `genList` delay each application; `filter`, `foldl'`, `all`, `any`,
 * `concatMap`, `partition`, `groupBy` and `sort` call their function eagerly, like Nix. Elements
 * are shared cells, never copies.
 */

import { callFunction } from '../eval/call';
import { concatLists } from '../eval/combine';
import { equalValues, lessThan } from '../eval/compare';
import { evalError } from '../errors/nix-error';
import {
  forceAttrs,
  forceBool,
  forceFunction,
  forceInt,
  forceList,
  forceStringNoContext,
} from '../eval/force';
import { force, PrimOp, Thunk, type Lazy, type SourcePos, type Value } from '../eval/values';
import { attrsFromEntries, delayedCall } from './attrs';
import type { BuiltinSet } from './registry';

const arg = (n: string, which: string) => `while evaluating the ${which} argument passed to builtins.${n}`;

function callBool(f: Value, args: Lazy[], pos: SourcePos | null, frame: string): boolean {
  return forceBool(callFunction(f, args, pos), pos, frame);
}

/**
 * A stable merge sort that asks `less(b, a)` once per comparison, as std::stable_sort does: with
 * a user-supplied comparator, the number and order of calls is part of what a program observes.
 */
export function stableSort<T>(items: readonly T[], less: (a: T, b: T) => boolean): T[] {
  let from = items.slice();
  if (from.length < 2) return from;
  let to = new Array<T>(from.length);
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = less(from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return from;
}

export function register(set: BuiltinSet): void {
  const { context } = set.state;
  set.fn('length', 1, ([l], call) => forceList(l, call.pos, arg('length', 'first')).length);
  set.fn('head', 1, ([l], call) => {
    const list = forceList(l, call.pos, arg('head', 'first'));
    if (list.length === 0)
      throw evalError('invalid-argument', "'builtins.head' called on an empty list", null);
    return force(list[0], call.pos);
  });
  set.fn('tail', 1, ([l], call) => {
    const list = forceList(l, call.pos, arg('tail', 'first'));
    if (list.length === 0)
      throw evalError('invalid-argument', "'builtins.tail' called on an empty list", null);
    return list.slice(1);
  });
  set.fn('elemAt', 2, ([l, n], call) => {
    const list = forceList(l, call.pos, arg('elemAt', 'first'));
    const index = forceInt(n, call.pos, arg('elemAt', 'second'));
    if (typeof index === 'bigint' || index < 0 || index >= list.length) {
      throw evalError(
        'index-out-of-bounds',
        `'builtins.elemAt' called with index ${index} on a list of size ${list.length}`,
        null,
      );
    }
    return force(list[index], call.pos);
  });
  set.fn('elem', 2, ([x, l], call) => {
    const value = force(x, call.pos);
    for (const item of forceList(l, call.pos, arg('elem', 'second'))) {
      if (equalValues(value, force(item, call.pos), call.pos, context)) return true;
    }
    return false;
  });
  set.fn('map', 2, ([f, l], call) => {
    const list = forceList(l, call.pos, arg('map', 'second'));
    if (list.length === 0) return list;
    forceFunction(f, call.pos, 'while evaluating the first argument passed to builtins.map');
    return list.map((item) => delayedCall(f, [item], call.pos));
  });
  set.fn('filter', 2, ([f, l], call) => {
    const list = forceList(l, call.pos, arg('filter', 'second'));
    const fn = forceFunction(f, call.pos, arg('filter', 'first'));
    const out = list.filter((item) =>
      callBool(
        fn,
        [item],
        call.pos,
        'while evaluating the return value of the filtering function passed to builtins.filter',
      ),
    );
    return out.length === list.length ? list : out;
  });
  set.fn('genList', 2, ([f, n], call) => {
    const size = forceInt(n, call.pos, arg('genList', 'second'));
    if (size < 0) throw evalError('invalid-argument', `cannot create list of size ${size}`, null);
    force(f, call.pos);
    const out: Lazy[] = new Array(Number(size));
    for (let i = 0; i < out.length; i++) out[i] = delayedCall(f, [i], call.pos);
    return out;
  });
  set.fn("foldl'", 3, ([f, initial, l], call) => {
    const list = forceList(l, call.pos, arg("foldl'", 'third'));
    if (list.length === 0) return force(initial, call.pos);
    const fn = forceFunction(f, call.pos, arg("foldl'", 'first'));
    let acc: Lazy = initial;
    for (const item of list) acc = callFunction(fn, [acc, item], call.pos);
    return acc as Value;
  });
  set.fn('concatLists', 1, ([l], call) =>
    concatLists(forceList(l, call.pos, arg('concatLists', 'first')), call.pos),
  );
  set.fn('concatMap', 2, ([f, l], call) => {
    const fn = force(f, call.pos);
    const parts = forceList(l, call.pos, arg('concatMap', 'second')).map((item) =>
      forceList(
        callFunction(fn, [item], call.pos),
        call.pos,
        'while evaluating the return value of the function passed to builtins.concatMap',
      ),
    );
    return concatLists(parts, call.pos);
  });
  for (const name of ['all', 'any'] as const) {
    set.fn(name, 2, ([f, l], call) => {
      const fn = force(f, call.pos);
      for (const item of forceList(l, call.pos, arg(name, 'second'))) {
        const result = callBool(
          fn,
          [item],
          call.pos,
          `while evaluating the return value of the function passed to builtins.${name}`,
        );
        if (name === 'all' && !result) return false;
        if (name === 'any' && result) return true;
      }
      return name === 'all';
    });
  }
  set.fn('partition', 2, ([f, l], call) => {
    const fn = force(f, call.pos);
    const right: Lazy[] = [];
    const wrong: Lazy[] = [];
    for (const item of forceList(l, call.pos, arg('partition', 'second'))) {
      (callBool(
        fn,
        [item],
        call.pos,
        'while evaluating the return value of the partition function passed to builtins.partition',
      )
        ? right
        : wrong
      ).push(item);
    }
    return attrsFromEntries([
      ['right', right],
      ['wrong', wrong],
    ]);
  });
  set.fn('groupBy', 2, ([f, l], call) => {
    const fn = force(f, call.pos);
    const groups = new Map<string, Lazy[]>();
    for (const item of forceList(l, call.pos, arg('groupBy', 'second'))) {
      const key = forceStringNoContext(
        callFunction(fn, [item], call.pos),
        call.pos,
        'while evaluating the return value of the grouping function passed to builtins.groupBy',
      );
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = []));
      group.push(item);
    }
    return attrsFromEntries(groups);
  });
  set.fn('sort', 2, ([f, l], call) => {
    const list = forceList(l, call.pos, arg('sort', 'second'));
    const fn = forceFunction(f, call.pos, arg('sort', 'first'));
    for (const item of list) force(item, call.pos);
    if (fn instanceof PrimOp && fn.name === 'lessThan') {
      // The default order on plain numbers or strings needs no calls at all.
      if (
        list.every(
          (item) => typeof item === 'number' || (item instanceof Thunk && typeof item.peek() === 'number'),
        )
      ) {
        return list.slice().sort((a, b) => (force(a) as number) - (force(b) as number));
      }
      return stableSort(list, (a, b) => lessThan(force(a), force(b), null, context));
    }
    return stableSort(list, (a, b) =>
      callBool(
        fn,
        [a, b],
        call.pos,
        'while evaluating the return value of the sorting function passed to builtins.sort',
      ),
    );
  });
  set.fn('genericClosure', 1, ([s], call) => {
    const args = forceAttrs(s, call.pos, arg('genericClosure', 'first'));
    const startSet = args.map.get('startSet');
    if (startSet === undefined) throw evalError('missing-attribute', "attribute 'startSet' missing", null);
    const operator = args.map.get('operator');
    if (operator === undefined) throw evalError('missing-attribute', "attribute 'operator' missing", null);
    const work: Lazy[] = [
      ...forceList(
        startSet.value,
        call.pos,
        "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure",
      ),
    ];
    const op = force(operator.value, call.pos);
    const keys: Value[] = [];
    const result: Lazy[] = [];
    const seen = (key: Value) =>
      keys.some((k) => !lessThan(k, key, call.pos, context) && !lessThan(key, k, call.pos, context));
    for (let i = 0; i < work.length; i++) {
      const item = work[i];
      const attrs = forceAttrs(
        item,
        call.pos,
        'while evaluating one of the elements generated by (or initially passed to) builtins.genericClosure',
      );
      const keyAttr = attrs.map.get('key');
      if (keyAttr === undefined) throw evalError('missing-attribute', "attribute 'key' missing", null);
      const key = force(keyAttr.value, call.pos);
      if (seen(key)) continue;
      keys.push(key);
      result.push(item);
      const next = forceList(
        callFunction(op, [item], call.pos),
        call.pos,
        'while evaluating the return value of the `operator` passed to builtins.genericClosure',
      );
      for (const n of next) work.push(n);
    }
    return result;
  });
}
