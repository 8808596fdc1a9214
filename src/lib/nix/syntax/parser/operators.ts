/**
 * Nix's operators: the binding powers that precedence climbing in expressions.ts reads, and the
 * nodes an operator becomes.
 *
 * The table follows the precedences of Nix's parser.y. Several operators are sugar, as in Nix:
 * `-`, `*`, `/` and `<` call the builtins `__sub`, `__mul`, `__div` and `__lessThan` (so a
 * program may shadow them), `>`, `<=` and `>=` are `__lessThan` with swapped operands and/or
 * negated, and `+` is a concatenation node (it adds numbers too, decided at evaluation time).
 */

import type { BinaryOperator, Expr } from '../ast';

type Assoc = 'left' | 'right' | 'none';
interface BinaryLevel {
  bp: number;
  assoc: Assoc;
}

// Binding powers; higher binds tighter. Unary `!` sits at 7, unary `-` at 12.
export const BINARY: Record<string, BinaryLevel> = {
  '|>': { bp: 0, assoc: 'left' },
  '<|': { bp: 0, assoc: 'right' },
  '->': { bp: 1, assoc: 'right' },
  '||': { bp: 2, assoc: 'left' },
  '&&': { bp: 3, assoc: 'left' },
  '==': { bp: 4, assoc: 'none' },
  '!=': { bp: 4, assoc: 'none' },
  '<': { bp: 5, assoc: 'none' },
  '>': { bp: 5, assoc: 'none' },
  '<=': { bp: 5, assoc: 'none' },
  '>=': { bp: 5, assoc: 'none' },
  '//': { bp: 6, assoc: 'right' },
  '+': { bp: 8, assoc: 'left' },
  '-': { bp: 8, assoc: 'left' },
  '*': { bp: 9, assoc: 'left' },
  '/': { bp: 9, assoc: 'left' },
  '++': { bp: 10, assoc: 'right' },
  '?': { bp: 11, assoc: 'none' },
};
export const NOT_BP = 7;
export const NEGATE_BP = 12;

/** The node for `left op right`; its `pos`, where errors point, is the operator, as in parser.y. */
export function binaryNode(op: string, left: Expr, right: Expr, opPos: number): Expr {
  const start = left.start;
  const end = right.end;
  const call = (name: string, args: Expr[]): Expr => ({
    kind: 'call',
    start,
    end,
    pos: opPos,
    fn: { kind: 'var', start: opPos, end: opPos, name },
    args,
  });
  switch (op) {
    case '+':
      return { kind: 'concat', start, end, pos: opPos, parts: [left, right], forceString: false };
    case '-':
      return call('__sub', [left, right]);
    case '*':
      return call('__mul', [left, right]);
    case '/':
      return call('__div', [left, right]);
    case '<':
      return call('__lessThan', [left, right]);
    case '>':
      return call('__lessThan', [right, left]);
    case '<=':
      return { kind: 'not', start, end, expr: call('__lessThan', [right, left]) };
    case '>=':
      return { kind: 'not', start, end, expr: call('__lessThan', [left, right]) };
    default:
      return { kind: 'binary', start, end, pos: opPos, op: op as BinaryOperator, left, right, opPos };
  }
}
