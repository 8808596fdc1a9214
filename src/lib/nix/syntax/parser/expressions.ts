/**
 * The top layer of the parser: expressions, from the keywords that start one (`assert`, `with`,
 * `let`, `if`, lambdas) down through operators, function application, selection (`e.a.b or d`)
 * and the simple expressions (literals, variables, parentheses, sets and lists).
 *
 * Binary operators are parsed by precedence climbing over the table in operators.ts; a
 * non-associative operator (`==`, `<`, `?`) may not follow one of its own level, as Nix's grammar
 * has it. Literals are checked as Nix checks them: an integer beyond 64 bits and a float that
 * strtod would report as out of range are parse errors.
 */

import type { Expr } from '../ast';
import { describeToken, parseError } from './errors';
import { FunctionParser } from './functions';
import { BINARY, binaryNode, NEGATE_BP, NOT_BP } from './operators';

const INT64_MAX = 9223372036854775807n;

export class ExpressionParser extends FunctionParser {
  parseFile(): Expr {
    const expr = this.parseExpr();
    if (!this.is('EOF')) this.unexpected();
    return expr;
  }

  override parseExpr(): Expr {
    const token = this.peek();
    const start = token.start;
    if (token.type === 'ID') {
      if (this.isChar(':', 1)) {
        this.advance();
        this.advance();
        const body = this.parseExpr();
        return this.lambda(start, body, token.value, null);
      }
      if (this.isChar('@', 1) && this.isChar('{', 2)) {
        this.advance();
        this.advance();
        const formals = this.parseFormals();
        this.expectChar(':');
        this.checkAtName(formals.entries, token.value, start);
        const body = this.parseExpr();
        return this.lambda(start, body, token.value, formals);
      }
    }
    if (this.isChar('{') && this.looksLikeFormals()) {
      const formals = this.parseFormals();
      let arg: string | null = null;
      if (this.isChar('@')) {
        this.advance();
        const name = this.expect('ID');
        arg = name.value;
        this.checkAtName(formals.entries, name.value, start);
      }
      this.expectChar(':');
      const body = this.parseExpr();
      return this.lambda(start, body, arg, formals);
    }
    if (token.type === 'assert') {
      this.advance();
      const cond = this.parseExpr();
      this.expectChar(';');
      const body = this.parseExpr();
      return { kind: 'assert', start, end: body.end, cond, body };
    }
    if (token.type === 'with') {
      this.advance();
      const scope = this.parseExpr();
      this.expectChar(';');
      const body = this.parseExpr();
      return { kind: 'with', start, end: body.end, scope, body };
    }
    if (token.type === 'let' && !this.isChar('{', 1)) {
      this.advance();
      const attrs = this.newAttrs(start, true);
      this.parseBindings(attrs, 'in', true);
      this.expect('in');
      const body = this.parseExpr();
      attrs.end = body.start;
      return { kind: 'let', start, end: body.end, attrs, body };
    }
    if (token.type === 'if') {
      this.advance();
      const cond = this.parseExpr();
      this.expect('then');
      const then = this.parseExpr();
      this.expect('else');
      const otherwise = this.parseExpr();
      return { kind: 'if', start, end: otherwise.end, cond, then, else: otherwise };
    }
    return this.parseBinary(-1);
  }

  private binaryOperator(): string | null {
    const token = this.peek();
    if (token.type === 'CHAR') {
      const c = token.value;
      if (c === '+' || c === '-' || c === '*' || c === '/' || c === '<' || c === '>' || c === '?') return c;
      return null;
    }
    if (token.type in BINARY) return token.type;
    return null;
  }

  private parseBinary(minBp: number): Expr {
    let left = this.parseUnary();
    let lastNonAssocBp = -1;
    for (;;) {
      const op = this.binaryOperator();
      if (op === null) break;
      const level = BINARY[op];
      if (level.bp <= minBp) break;
      if (level.assoc === 'none' && level.bp === lastNonAssocBp) this.unexpected();
      const opToken = this.advance();
      if (op === '|>' || op === '<|') {
        this.fail(
          "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it",
          opToken.start,
        );
      }
      if (op === '?') {
        const path = this.parseAttrPath();
        left = { kind: 'hasAttr', start: left.start, end: this.peek(-1).end, expr: left, path };
      } else {
        const right = this.parseBinary(level.assoc === 'right' ? level.bp - 1 : level.bp);
        left = binaryNode(op, left, right, opToken.start);
      }
      lastNonAssocBp = level.assoc === 'none' ? level.bp : -1;
    }
    return left;
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (token.type === 'CHAR' && token.value === '!') {
      this.advance();
      const expr = this.parseBinary(NOT_BP);
      return { kind: 'not', start: token.start, end: expr.end, expr };
    }
    if (token.type === 'CHAR' && token.value === '-') {
      this.advance();
      const expr = this.parseBinary(NEGATE_BP);
      return {
        kind: 'call',
        start: token.start,
        end: expr.end,
        fn: { kind: 'var', start: token.start, end: token.start, name: '__sub' },
        args: [{ kind: 'int', start: token.start, end: token.start, value: 0 }, expr],
      };
    }
    return this.parseApplication();
  }

  private startsSelect(): boolean {
    const token = this.peek();
    switch (token.type) {
      case 'ID':
      case 'INT':
      case 'FLOAT':
      case 'QUOTE':
      case 'IND_OPEN':
      case 'PATH':
      case 'HPATH':
      case 'SPATH':
      case 'URI':
      case 'rec':
        return true;
      case 'let':
        return this.isChar('{', 1);
      case 'CHAR':
        return token.value === '(' || token.value === '{' || token.value === '[';
      default:
        return false;
    }
  }

  private parseApplication(): Expr {
    // Nix positions a node at its first token, so `(f) x` is at the parenthesis.
    const start = this.peek().start;
    const fn = this.parseSelect();
    if (!this.startsSelect()) return fn;
    const args: Expr[] = [];
    while (this.startsSelect()) args.push(this.parseSelect());
    return { kind: 'call', start, end: args[args.length - 1].end, fn, args };
  }

  private parseSelect(): Expr {
    const start = this.peek().start;
    const expr = this.parseSimple();
    if (this.isChar('.')) {
      this.advance();
      const path = this.parseAttrPath();
      let fallback: Expr | null = null;
      if (this.is('or')) {
        this.advance();
        fallback = this.parseSelect();
      }
      const end = fallback ? fallback.end : this.peek(-1).end;
      return { kind: 'select', start, end, expr, path, fallback };
    }
    if (this.is('or')) {
      // `f or`: Nixpkgs once had a function called `or`, so this is a call with the variable `or`.
      const token = this.advance();
      return {
        kind: 'call',
        start,
        end: token.end,
        fn: expr,
        args: [{ kind: 'var', start: token.start, end: token.end, name: 'or' }],
      };
    }
    return expr;
  }

  private parseSimple(): Expr {
    const token = this.peek();
    const start = token.start;
    switch (token.type) {
      case 'ID':
        this.advance();
        if (token.value === '__curPos') return { kind: 'curPos', start, end: token.end };
        return { kind: 'var', start, end: token.end, name: token.value };
      case 'INT': {
        this.advance();
        const big = BigInt(token.value);
        if (big > INT64_MAX) this.fail(`invalid integer '${token.value}'`, start, token.end);
        const value = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
        return { kind: 'int', start, end: token.end, value };
      }
      case 'FLOAT': {
        this.advance();
        const value = parseFloat(token.value);
        // strtod's ERANGE: overflow to infinity, or underflow below the smallest normal double.
        if (
          !Number.isFinite(value) ||
          (Math.abs(value) < 2.2250738585072014e-308 && /[1-9]/.test(token.value.split(/[eE]/)[0]))
        ) {
          this.fail(`invalid float '${token.value}'`, start, token.end);
        }
        return { kind: 'float', start, end: token.end, value };
      }
      case 'QUOTE':
        return this.parseString();
      case 'IND_OPEN':
        return this.parseIndentedString();
      case 'PATH':
      case 'HPATH':
        return this.parsePath();
      case 'SPATH': {
        this.advance();
        const name = token.value.slice(1, -1);
        return {
          kind: 'call',
          start,
          end: token.end,
          fn: { kind: 'var', start, end: token.end, name: '__findFile' },
          args: [
            { kind: 'var', start, end: token.end, name: '__nixPath' },
            { kind: 'string', start, end: token.end, value: name },
          ],
        };
      }
      case 'URI':
        this.advance();
        return { kind: 'string', start, end: token.end, value: token.value };
      case 'let': {
        // Legacy `let { …; body = e; }`: a recursive set whose `body` is the value.
        this.advance();
        const attrs = this.parseAttrSet(true, start);
        return {
          kind: 'select',
          start,
          end: attrs.end,
          expr: attrs,
          path: [{ name: 'body' }],
          fallback: null,
        };
      }
      case 'rec':
        this.advance();
        return this.parseAttrSet(true, start);
      case 'CHAR':
        if (token.value === '(') {
          this.advance();
          const expr = this.parseExpr();
          this.expectChar(')');
          return expr;
        }
        if (token.value === '{') return this.parseAttrSet(false, start);
        if (token.value === '[') return this.parseList();
        break;
    }
    this.unexpected();
  }

  private parseList(): Expr {
    const start = this.advance().start;
    const items: Expr[] = [];
    while (!this.isChar(']')) {
      if (this.is('EOF')) this.unexpected("']'");
      items.push(
        this.recover(
          () => this.parseSelect(),
          () => this.skipUntil([']']),
          () => ({ kind: 'var', start, end: start, name: 'null' }),
        ),
      );
      if (this.tolerant && this.isChar(']') === false && !this.startsSelect() && !this.is('EOF')) {
        this.errors.push(
          parseError(
            `syntax error, unexpected ${describeToken(this.peek())}`,
            this.source,
            this.peek().start,
            this.peek().end,
          ),
        );
        this.skipUntil([']']);
      }
    }
    const end = this.advance().end;
    return { kind: 'list', start, end, items };
  }
}
