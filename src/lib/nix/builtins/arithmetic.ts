/**
 * Arithmetic builtins. The operators `-`, `*`, `/` and `<` are calls of `__sub`, `__mul`, `__div`
 * and `__lessThan`, so these are also what those operators do. An int and a float combine to a
 * float; ints overflow with an error; integer division truncates.
 */

import { addInt, bitInt, divInt, mulInt, subInt, type NixInt } from '../eval/arith';
import { lessThan } from '../eval/compare';
import { evalError } from '../errors/nix-error';
import { forceInt, forceNumberAsFloat } from '../eval/force';
import { force, NixFloat, showType, type SourcePos, type Value } from '../eval/values';
import { typeError } from '../errors/nix-error';
import { showValueBrief } from '../eval/show';
import { normalizeInt } from '../eval/arith';
import type { BuiltinSet } from './registry';

function number(value: Value, pos: SourcePos | null, frame: string): NixInt | NixFloat {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof NixFloat) return value;
  throw typeError(`expected an integer but found ${showType(value)}: ${showValueBrief(value)}`, pos).addFrame(
    frame,
    pos,
  );
}

type IntOp = (a: NixInt, b: NixInt, pos: SourcePos | null) => NixInt;

interface NumericOp {
  int: IntOp;
  float: (a: number, b: number) => number;
  what: string;
}

export const NUMERIC_OPS: Record<'add' | 'sub' | 'mul' | 'div', NumericOp> = {
  add: { int: addInt, float: (a, b) => a + b, what: 'addition' },
  sub: { int: subInt, float: (a, b) => a - b, what: 'subtraction' },
  mul: { int: mulInt, float: (a, b) => a * b, what: 'multiplication' },
  div: { int: divInt, float: (a, b) => a / b, what: 'division' },
};

/** `builtins.add` and friends on two forced values (also what `-`, `*` and `/` compile to). */
export function numericOp(name: keyof typeof NUMERIC_OPS, x: Value, y: Value): Value {
  if (typeof x === 'number' && typeof y === 'number') {
    if (name === 'sub') {
      const r = x - y;
      if (Number.isSafeInteger(r)) return r;
    } else if (name === 'add') {
      const r = x + y;
      if (Number.isSafeInteger(r)) return r;
    }
  }
  const op = NUMERIC_OPS[name];
  const a = number(x, null, `while evaluating the first argument of the ${op.what}`);
  const b = number(y, null, `while evaluating the second argument of the ${op.what}`);
  if (a instanceof NixFloat || b instanceof NixFloat) {
    const fa = a instanceof NixFloat ? a.value : Number(a);
    const fb = b instanceof NixFloat ? b.value : Number(b);
    if (name === 'div' && fb === 0) throw evalError('division-by-zero', 'division by zero', null);
    return new NixFloat(op.float(fa, fb));
  }
  return op.int(a, b, null);
}

export function register(set: BuiltinSet): void {
  for (const name of ['add', 'sub', 'mul', 'div'] as const) {
    set.fn(name, 2, ([x, y], call) => numericOp(name, force(x, call.pos), force(y, call.pos)));
  }
  set.fn('lessThan', 2, ([x, y], call) =>
    lessThan(force(x, call.pos), force(y, call.pos), call.pos, set.state.context),
  );
  for (const op of ['and', 'or', 'xor'] as const) {
    const name = `bit${op[0].toUpperCase()}${op.slice(1)}`;
    set.fn(name, 2, ([x, y], call) =>
      bitInt(
        op,
        forceInt(x, call.pos, `while evaluating the first argument passed to builtins.${name}`),
        forceInt(y, call.pos, `while evaluating the second argument passed to builtins.${name}`),
      ),
    );
  }
  const rounding = (name: 'ceil' | 'floor', fn: (x: number) => number) =>
    set.fn(name, 1, ([x], call) => {
      const value = force(x, call.pos);
      if (typeof value === 'number' || typeof value === 'bigint') return value;
      const f = forceNumberAsFloat(
        value,
        call.pos,
        `while evaluating the first argument passed to builtins.${name}`,
      );
      const r = fn(f);
      // Out of range, C++'s conversion yields INT64_MIN on x86-64, and so does Nix.
      if (!Number.isFinite(r) || r >= 2 ** 63 || r < -(2 ** 63)) return -(2n ** 63n);
      return normalizeInt(BigInt(r));
    });
  rounding('ceil', Math.ceil);
  rounding('floor', Math.floor);
}
