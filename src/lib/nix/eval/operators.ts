/**
 * The code of Nix's operators, made by the compiler (compile.ts) from their compiled operands.
 *
 * `==`, `!=`, `&&`, `||`, `->`, `//` and `++` are operators of their own (`binaryOperator`), and
 * `+` and string interpolation are one concatenation (`concatenation`). The others are builtin
 * calls Nix desugars to: `a - b` is `__sub a b`, and so on for `*`, `/` and `<` (`>`, `<=`, `>=`
 * too). When those names still mean the builtins (they can be shadowed:
 * `let __sub = …; in 5 - 3`), the compiler calls the arithmetic directly (`inlineOperator`)
 * instead of going through a thunk per operand and a generic function call.
 *
 * What stays observable is kept: operands are forced left to right, the call counts towards
 * max-call-depth exactly like the builtin call would (so "stack overflow; max-call-depth exceeded"
 * is reported at the same operator), and errors carry the same "while calling" frame.
 */

import { numericOp } from '../builtins/arithmetic';
import { evalError, NixError } from '../errors/nix-error';
import type { BinaryNode } from '../syntax/ast';
import { canonicalPath } from '../syntax/paths';
import { addInt } from './arith';
import { enterCall } from './call';
import type { Coercer } from './coerce';
import { concatLists, updateAttrs } from './combine';
import { equalValues, lessThan } from './compare';
import type { EvalContext } from './context';
import { forceAttrs, forceBool } from './force';
import {
  makeString,
  NixFloat,
  NixPath,
  showType,
  type Code,
  type Env,
  type SourcePos,
  type Value,
} from './values';

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

/** The code of a binary operator that is not a builtin call: `==`, `!=`, `&&`, `||`, `->`, `//`, `++`. */
export function binaryOperator(
  op: BinaryNode['op'],
  left: Code,
  right: Code,
  pos: SourcePos,
  context: EvalContext,
): Code {
  switch (op) {
    case '==':
      return (env) => {
        const a = left(env);
        const b = right(env);
        if (typeof a === 'number' && typeof b === 'number') return a === b;
        if (typeof a === 'string' && typeof b === 'string') return a === b;
        return equalValues(a, b, pos, context);
      };
    case '!=':
      return (env) => {
        const a = left(env);
        const b = right(env);
        if (typeof a === 'number' && typeof b === 'number') return a !== b;
        if (typeof a === 'string' && typeof b === 'string') return a !== b;
        return !equalValues(a, b, pos, context);
      };
    case '&&':
      return (env) =>
        forceBool(left(env), pos, 'in the left operand of the AND (&&) operator') &&
        forceBool(right(env), pos, 'in the right operand of the AND (&&) operator');
    case '||':
      return (env) =>
        forceBool(left(env), pos, 'in the left operand of the OR (||) operator') ||
        forceBool(right(env), pos, 'in the right operand of the OR (||) operator');
    case '->':
      return (env) =>
        !forceBool(left(env), pos, 'in the left operand of the IMPL (->) operator') ||
        forceBool(right(env), pos, 'in the right operand of the IMPL (->) operator');
    case '//':
      return (env) => {
        const a = forceAttrs(left(env), pos, 'in the left operand of the update (//) operator');
        const b = forceAttrs(right(env), pos, 'in the right operand of the update (//) operator');
        return updateAttrs(a, b);
      };
    case '++':
      return (env) => concatLists([left(env), right(env)], pos);
  }
}

/**
 * The code of `a + b + …` and of string interpolation (`forceString`): numbers add, strings and
 * paths concatenate, with the first part deciding which (as Nix's `ExprConcatStrings`).
 */
export function concatenation(
  parts: Array<{ code: Code; pos: SourcePos }>,
  forceString: boolean,
  coercer: Coercer,
  pos: SourcePos,
): Code {
  // `known` holds the values of leading parts already evaluated by a fast path.
  const general = (env: Env, known: Value[]): Value => {
    let first = !forceString;
    let firstKind: 'string' | 'int' | 'float' | 'path' = 'string';
    let int: number | bigint = 0;
    let float = 0;
    let text = '';
    const context = new Set<string>();
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const value = i < known.length ? known[i] : part.code(env);
      if (first) {
        if (typeof value === 'number' || typeof value === 'bigint') firstKind = 'int';
        else if (value instanceof NixFloat) firstKind = 'float';
        else if (value instanceof NixPath) firstKind = 'path';
      }
      if (firstKind === 'int') {
        if (typeof value === 'number' || typeof value === 'bigint') int = addInt(int, value, part.pos);
        else if (value instanceof NixFloat) {
          firstKind = 'float';
          float = Number(int) + value.value;
        } else throw evalError('type', `cannot add ${showType(value)} to an integer`, part.pos);
      } else if (firstKind === 'float') {
        if (typeof value === 'number' || typeof value === 'bigint') float += Number(value);
        else if (value instanceof NixFloat) float += value.value;
        else throw evalError('type', `cannot add ${showType(value)} to a float`, part.pos);
      } else {
        text += coercer.coerce(
          value,
          part.pos,
          { coerceMore: false, copyToStore: firstKind === 'string' },
          context,
          'while evaluating a path segment',
        );
      }
      first = false;
    }
    if (firstKind === 'int') return int;
    if (firstKind === 'float') return new NixFloat(float);
    if (firstKind === 'path') {
      if (context.size > 0) {
        throw evalError(
          'string-context',
          'a string that refers to a store path cannot be appended to a path',
          pos,
        );
      }
      return new NixPath(canonicalPath(text));
    }
    return makeString(text, context);
  };
  if (parts.length === 2 && !forceString) {
    // `a + b`: numbers and plain strings skip the general machinery.
    const [left, right] = parts;
    return (env) => {
      const a = left.code(env);
      if (typeof a === 'number') {
        const b = right.code(env);
        if (typeof b === 'number') {
          const r = a + b;
          return Number.isSafeInteger(r) ? r : addInt(a, b, right.pos);
        }
        return general(env, [a, b]);
      }
      if (typeof a === 'string') {
        const b = right.code(env);
        if (typeof b === 'string') return a + b;
        return general(env, [a, b]);
      }
      return general(env, [a]);
    };
  }
  return (env) => general(env, []);
}
