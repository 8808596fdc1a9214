/**
 * The parser's layer for functions: formals (`{ a, b ? 1, ... }`), the `name@` / `@name` binding
 * of the whole argument, and the lambda node itself.
 *
 * `{` opens either an attribute set or a formals list, and Nix's grammar tells them apart by the
 * tokens that follow; `looksLikeFormals` makes that decision with up to three tokens of lookahead.
 * A duplicate formal (also between the formals and the `@` name) is a parse error, as in Nix.
 */

import type { Expr, Formal, LambdaNode } from '../ast';
import { BindingParser } from './bindings';

export abstract class FunctionParser extends BindingParser {
  protected lambda(
    start: number,
    body: Expr,
    arg: string | null,
    formals: LambdaNode['formals'],
  ): LambdaNode {
    return { kind: 'lambda', start, end: body.end, arg, formals, body, name: null };
  }

  protected checkAtName(formals: Formal[], name: string, pos: number): void {
    if (formals.some((f) => f.name === name)) {
      this.fail(`duplicate formal function argument '${name}'`, pos);
    }
  }

  /** After `{`: is this a formals list (`{ a, b ? 1, ... }:`) rather than an attribute set? */
  protected looksLikeFormals(): boolean {
    const first = this.peek(1);
    if (first.type === '...') return true;
    if (first.type === 'CHAR' && first.value === '}') {
      return this.isChar(':', 2) || this.isChar('@', 2);
    }
    if (first.type !== 'ID') return false;
    const second = this.peek(2);
    if (second.type === 'CHAR') {
      if (second.value === ',' || second.value === '?') return true;
      if (second.value === '}') return this.isChar(':', 3) || this.isChar('@', 3);
    }
    return false;
  }

  protected parseFormals(): NonNullable<LambdaNode['formals']> {
    this.expectChar('{');
    const entries: Formal[] = [];
    let ellipsis = false;
    const seen = new Set<string>();
    while (!this.isChar('}')) {
      if (this.is('...')) {
        this.advance();
        ellipsis = true;
        if (!this.isChar('}')) this.unexpected("'}'");
        break;
      }
      const name = this.expect('ID');
      if (seen.has(name.value)) this.fail(`duplicate formal function argument '${name.value}'`, name.start);
      seen.add(name.value);
      let fallback: Expr | null = null;
      if (this.isChar('?')) {
        this.advance();
        fallback = this.parseExpr();
      }
      entries.push({ name: name.value, fallback, pos: name.start });
      if (this.isChar(',')) this.advance();
      else if (!this.isChar('}')) this.unexpected("',' or '}'");
    }
    this.expectChar('}');
    return { entries, ellipsis };
  }
}
