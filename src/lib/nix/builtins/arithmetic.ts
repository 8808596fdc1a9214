/**
 * Arithmetic builtins. The operators `-`, `*`, `/` and `<` are calls of `__sub`, `__mul`, `__div`
 * and `__lessThan`, so these are also what those operators do. An int and a float combine to a
 * float; ints overflow with an error; integer division truncates.
 */

import { addInt, bitInt, divInt, mulInt, subInt, type NixInt } from '../eval/arith';
import { lessThan } from '../eval/compare';
import { evalError } from '../eval/errors';
import { forceInt, forceNumberAsFloat } from '../eval/force';
import { force, NixFloat, showType, type SourcePos, type Value } from '../eval/values';
import { typeError } from '../eval/errors';
import { showValueBrief } from '../eval/show';
import { normalizeInt } from '../eval/arith';
import type { BuiltinSet } from './registry';

function number(value: Value, pos: SourcePos | null, frame: string): NixInt | NixFloat {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof NixFloat) return value;
  throw typeError(`expected an integer but found ${showType(value)}: ${showValueBrief(value)}`, pos).addFrame(frame, pos);
}

type IntOp = (a: NixInt, b: NixInt, pos: SourcePos | null) => NixInt;

function binary(set: BuiltinSet, name: string, intOp: IntOp, floatOp: (a: number, b: number) => number, what: string): void {
  set.fn(name, 2, ([x, y], call) => {
    const a = number(force(x, call.pos), call.pos, `while evaluating the first argument of the ${what}`);
    const b = number(force(y, call.pos), call.pos, `while evaluating the second argument of the ${what}`);
    if (a instanceof NixFloat || b instanceof NixFloat) {
      const fa = a instanceof NixFloat ? a.value : Number(a);
      const fb = b instanceof NixFloat ? b.value : Number(b);
      if (name === 'div' && fb === 0) throw evalError('division-by-zero', 'division by zero', null);
      return new NixFloat(floatOp(fa, fb));
    }
    return intOp(a, b, call.pos);
  });
}

export function register(set: BuiltinSet): void {
  binary(set, 'add', addInt, (a, b) => a + b, 'addition');
  binary(set, 'sub', subInt, (a, b) => a - b, 'subtraction');
  binary(set, 'mul', mulInt, (a, b) => a * b, 'multiplication');
  binary(set, 'div', divInt, (a, b) => a / b, 'division');
  set.fn('lessThan', 2, ([x, y], call) => lessThan(force(x, call.pos), force(y, call.pos), call.pos));
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
      const f = forceNumberAsFloat(value, call.pos, `while evaluating the first argument passed to builtins.${name}`);
      const r = fn(f);
      // Out of range, C++'s conversion yields INT64_MIN on x86-64, and so does Nix.
      if (!Number.isFinite(r) || r >= 2 ** 63 || r < -(2 ** 63)) return -(2n ** 63n);
      return normalizeInt(BigInt(r));
    });
  rounding('ceil', Math.ceil);
  rounding('floor', Math.floor);
}
