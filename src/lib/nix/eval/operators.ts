/**
 * Fast paths for the operators Nix desugars into builtin calls: `a - b` is `__sub a b`, and so on
 * for `*`, `/` and `<` (`>`, `<=`, `>=` too). When those names still mean the builtins (they can
 * be shadowed: `let __sub = …; in 5 - 3`), the compiler calls the arithmetic directly instead of
 * going through a thunk per operand and a generic function call.
 *
 * What stays observable is kept: operands are forced left to right, the call counts towards
 * max-call-depth exactly like the builtin call would (so "stack overflow; max-call-depth exceeded"
 * is reported at the same operator), and errors carry the same "while calling" frame.
 */

import { numericOp } from '../builtins/arithmetic';
import { enterCall } from './call';
import type { EvalContext } from './context';
import { lessThan } from './compare';
import { NixError } from '../errors/nix-error';
import type { Code, SourcePos, Value } from './values';

/** Without a prototype: `name in INLINE_OPERATORS` must not be true of `toString`. */
export const INLINE_OPERATORS: Record<string, string> = Object.assign(Object.create(null) as object, {
  __sub: 'sub',
  __mul: 'mul',
  __div: 'div',
  __lessThan: 'lessThan',
});

export function inlineOperator(
  context: EvalContext,
  name: string,
  left: Code,
  right: Code,
  pos: SourcePos,
): Code {
  const builtin = INLINE_OPERATORS[name];
  const apply =
    builtin === 'lessThan'
      ? (a: Value, b: Value) => lessThan(a, b, null, context)
      : (a: Value, b: Value) => numericOp(builtin as 'sub' | 'mul' | 'div', a, b);
  return (env) => {
    enterCall(context, pos);
    try {
      const a = left(env);
      const b = right(env);
      if (typeof a === 'number' && typeof b === 'number') {
        if (builtin === 'lessThan') return a < b;
        if (builtin === 'sub') {
          const r = a - b;
          if (Number.isSafeInteger(r)) return r;
        }
      }
      return apply(a, b);
    } catch (error) {
      if (error instanceof NixError) error.addFrame(`while calling the '${builtin}' builtin`, pos);
      throw error;
    } finally {
      context.depth--;
    }
  };
}
