/**
 * The Nix parser: tokens in, an AST out, with Nix's grammar and precedences.
 *
 * Expressions are parsed by recursive descent, and binary operators by precedence climbing over
 * the table below (from Nix's parser.y, lowest first). Desugaring that Nix does at parse time is
 * done here too (see ast.ts), as are the parse-time errors Nix reports: duplicate attributes,
 * duplicate formals, dynamic attributes in `let`, invalid integers, and paths with a trailing
 * slash. Undefined variables are found later, when the compiler resolves scopes.
 *
 * Two modes share one grammar: `parse` stops at the first error (what evaluation needs), and
 * `parseTolerant` records the error, skips to the end of the binding or list element and goes on,
 * so the editor can show every error in a file.
 */

import type {
  AttrDef,
  AttrName,
  AttrsNode,
  BinaryOperator,
  Expr,
  Formal,
  LambdaNode,
  ParsedFile,
} from './ast';
import { Lexer, type Token, type TokenType } from './lexer';
import { absolutePath, canonicalPath } from './paths';
import { Source } from './source';
import { intern } from './symbols';

export class ParseError {
  constructor(
    readonly message: string,
    readonly source: Source,
    readonly start: number,
    readonly end: number,
  ) {}
}

export interface ParseOptions {
  /** Expands `~/…` paths; Nix uses $HOME. */
  homeDirectory?: string;
}

type Assoc = 'left' | 'right' | 'none';
interface BinaryLevel {
  bp: number;
  assoc: Assoc;
}

// Binding powers; higher binds tighter. Unary `!` sits at 7, unary `-` at 12.
const BINARY: Record<string, BinaryLevel> = {
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
const NOT_BP = 7;
const NEGATE_BP = 12;

const TOKEN_NAMES: Partial<Record<TokenType, string>> = {
  ID: 'identifier',
  INT: 'integer',
  FLOAT: 'floating-point literal',
  PATH: 'path',
  HPATH: "'~/…' path",
  SPATH: "'<…>' path",
  URI: 'URI',
  STR: 'string',
  IND_STR: 'string',
  QUOTE: "'\"'",
  IND_OPEN: "''",
  IND_CLOSE: "''",
  DOLLAR_CURLY: "'${'",
  PATH_END: 'PATH_END',
  EOF: 'end of file',
};

function describe(token: Token): string {
  if (token.type === 'CHAR') return `'${token.value}'`;
  return TOKEN_NAMES[token.type] ?? `'${token.type}'`;
}

const INT64_MAX = 9223372036854775807n;

class Parser {
  private readonly tokens: Token[] = [];
  private index = 0;
  readonly errors: ParseError[] = [];

  constructor(
    private readonly source: Source,
    private readonly tolerant: boolean,
    private readonly options: ParseOptions,
  ) {
    const lexer = new Lexer(source.text);
    for (;;) {
      const token = lexer.next();
      this.tokens.push(token);
      if (token.type === 'EOF' || token.type === 'ERROR') break;
    }
  }

  // ---- token helpers -------------------------------------------------------------------------

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private is(type: TokenType, value?: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === type && (value === undefined || token.value === value);
  }

  private isChar(c: string, offset = 0): boolean {
    return this.is('CHAR', c, offset);
  }

  private advance(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  fail(message: string, start: number, end = start): never {
    throw new ParseError(message, this.source, start, end);
  }

  private unexpected(expecting?: string): never {
    const token = this.peek();
    if (token.type === 'ERROR') this.fail(token.value, token.start, token.end);
    this.fail(
      `syntax error, unexpected ${describe(token)}${expecting ? `, expecting ${expecting}` : ''}`,
      token.start,
      token.end,
    );
  }

  private expectChar(c: string): Token {
    if (!this.isChar(c)) this.unexpected(`'${c}'`);
    return this.advance();
  }

  private expect(type: TokenType): Token {
    if (!this.is(type)) this.unexpected(TOKEN_NAMES[type] ?? `'${type}'`);
    return this.advance();
  }

  // ---- entry ---------------------------------------------------------------------------------

  parseFile(): Expr {
    const expr = this.parseExpr();
    if (!this.is('EOF')) this.unexpected();
    return expr;
  }

  /** Runs `parse`; in tolerant mode an error is recorded and `skip` resynchronises. */
  private recover<T>(parse: () => T, skip: () => void, fallback: () => T): T {
    if (!this.tolerant) return parse();
    const mark = this.index;
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.errors.push(error);
      if (this.index === mark) this.advance();
      skip();
      return fallback();
    }
  }

  // ---- expressions ---------------------------------------------------------------------------

  parseExpr(): Expr {
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

  private lambda(start: number, body: Expr, arg: string | null, formals: LambdaNode['formals']): LambdaNode {
    return { kind: 'lambda', start, end: body.end, arg, formals, body, name: null };
  }

  private checkAtName(formals: Formal[], name: string, pos: number): void {
    if (formals.some((f) => f.name === name)) {
      this.fail(`duplicate formal function argument '${name}'`, pos);
    }
  }

  /** After `{`: is this a formals list (`{ a, b ? 1, ... }:`) rather than an attribute set? */
  private looksLikeFormals(): boolean {
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

  private parseFormals(): NonNullable<LambdaNode['formals']> {
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
        left = this.binary(op, left, right, opToken.start);
      }
      lastNonAssocBp = level.assoc === 'none' ? level.bp : -1;
    }
    return left;
  }

  private binary(op: string, left: Expr, right: Expr, opPos: number): Expr {
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

  private parseAttrPath(): AttrName[] {
    const path: AttrName[] = [this.parseAttrName()];
    while (this.isChar('.')) {
      this.advance();
      path.push(this.parseAttrName());
    }
    return path;
  }

  private parseAttrName(): AttrName {
    const token = this.peek();
    if (token.type === 'ID' || token.type === 'or') {
      this.advance();
      return { name: token.type === 'or' ? 'or' : token.value };
    }
    if (token.type === 'QUOTE') {
      const expr = this.parseString();
      if (expr.kind === 'string') intern(expr.value);
      return expr.kind === 'string' ? { name: expr.value } : { expr };
    }
    if (token.type === 'DOLLAR_CURLY') {
      this.advance();
      const expr = this.parseExpr();
      this.expectChar('}');
      return expr.kind === 'string' ? { name: expr.value } : { expr };
    }
    this.unexpected("identifier, '\"' or '${'");
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
          new ParseError(
            `syntax error, unexpected ${describe(this.peek())}`,
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

  /** Skips tokens until one of `stops` at the current nesting depth (not consuming it). */
  private skipUntil(stops: string[]): void {
    let depth = 0;
    while (!this.is('EOF')) {
      const token = this.peek();
      if (token.type === 'CHAR') {
        if (depth === 0 && stops.includes(token.value)) return;
        if (token.value === '{' || token.value === '(' || token.value === '[') depth++;
        else if (token.value === '}' || token.value === ')' || token.value === ']') {
          // An unbalanced closer that is not a stop is stray: skip it.
          if (depth > 0) depth--;
        }
      } else if (token.type === 'DOLLAR_CURLY') depth++;
      else if (depth === 0 && stops.includes(token.type)) return;
      this.advance();
    }
  }

  // ---- strings and paths -----------------------------------------------------------------------

  private parseString(): Expr {
    const open = this.expect('QUOTE');
    const parts: Expr[] = [];
    let interpolated = false;
    for (;;) {
      const token = this.peek();
      if (token.type === 'QUOTE') break;
      if (token.type === 'STR') {
        this.advance();
        parts.push({ kind: 'string', start: token.start, end: token.end, value: token.value });
      } else if (token.type === 'DOLLAR_CURLY') {
        this.advance();
        interpolated = true;
        parts.push(this.parseExpr());
        this.expectChar('}');
      } else if (token.type === 'ERROR') this.fail(token.value, token.start, token.end);
      else this.unexpected("'\"'");
    }
    const close = this.advance();
    return this.stringFromParts(open.start, close.end, parts, interpolated);
  }

  private stringFromParts(start: number, end: number, parts: Expr[], interpolated: boolean): Expr {
    if (parts.length === 0) return { kind: 'string', start, end, value: '' };
    // Only a literal is a constant: `"${"s"}"` is a concatenation (a thunk when lazy), as in Nix.
    if (parts.length === 1 && !interpolated) return { ...parts[0], start, end };
    return { kind: 'concat', start, end, parts, forceString: true };
  }

  private parseIndentedString(): Expr {
    const open = this.expect('IND_OPEN');
    const parts: Array<{ text: string; indentation: boolean; start: number; end: number } | Expr> = [];
    for (;;) {
      const token = this.peek();
      if (token.type === 'IND_CLOSE') break;
      if (token.type === 'IND_STR') {
        this.advance();
        parts.push({
          text: token.value,
          indentation: token.indentation === true,
          start: token.start,
          end: token.end,
        });
      } else if (token.type === 'DOLLAR_CURLY') {
        this.advance();
        parts.push(this.parseExpr());
        this.expectChar('}');
      } else if (token.type === 'ERROR') this.fail(token.value, token.start, token.end);
      else this.unexpected("''");
    }
    const close = this.advance();
    return stripIndentation(open.start, close.end, parts);
  }

  private parsePath(): Expr {
    const token = this.advance();
    const start = token.start;
    let head: string;
    if (token.type === 'HPATH') {
      const home = this.options.homeDirectory ?? '/homeless-shelter';
      head = canonicalPath(home + token.value.slice(1));
      if (token.value.endsWith('/')) head += '/';
    } else {
      head = absolutePath(token.value, this.source.baseDir);
      if (token.value.endsWith('/') && token.value.length > 1) head += '/';
    }
    const first: Expr = { kind: 'path', start, end: token.end, value: head };
    const parts: Expr[] = [first];
    for (;;) {
      const next = this.peek();
      if (next.type === 'PATH_END') {
        this.advance();
        break;
      }
      if (next.type === 'STR') {
        // Nix's grammar only takes literal segments around an interpolation: `/a//b` is an error.
        if (parts.length === 1 && this.peek(1).type !== 'DOLLAR_CURLY') {
          // Bison reports the PATH_END after the segment, at the segment's position.
          this.fail('syntax error, unexpected PATH_END, expecting DOLLAR_CURLY', next.start, next.end);
        }
        this.advance();
        parts.push({ kind: 'string', start: next.start, end: next.end, value: next.value });
      } else if (next.type === 'DOLLAR_CURLY') {
        this.advance();
        parts.push(this.parseExpr());
        this.expectChar('}');
      } else if (next.type === 'ERROR') {
        this.fail(next.value, next.start);
      } else break;
    }
    if (parts.length === 1) {
      if (head.endsWith('/') && head.length > 1) first.value = head.slice(0, -1);
      return first;
    }
    return { kind: 'concat', start, end: this.peek(-1).end, parts, forceString: false };
  }

  // ---- attribute sets and bindings --------------------------------------------------------------

  private newAttrs(start: number, recursive: boolean): AttrsNode {
    return { kind: 'attrs', start, end: start, recursive, attrs: new Map(), dynamic: [], inheritFrom: [] };
  }

  private parseAttrSet(recursive: boolean, start: number): AttrsNode {
    this.expectChar('{');
    const attrs = this.newAttrs(start, recursive);
    this.parseBindings(attrs, '}', false);
    attrs.end = this.expectChar('}').end;
    return attrs;
  }

  private parseBindings(attrs: AttrsNode, terminator: string, isLet: boolean): void {
    for (;;) {
      const token = this.peek();
      if (token.type === 'EOF') return;
      if (terminator === 'in' ? token.type === 'in' : token.type === 'CHAR' && token.value === '}') return;
      this.recover(
        () => this.parseBinding(attrs, isLet),
        () => {
          this.skipUntil([';', terminator]);
          if (this.isChar(';')) this.advance();
        },
        () => undefined,
      );
    }
  }

  private parseBinding(attrs: AttrsNode, isLet: boolean): void {
    const token = this.peek();
    if (token.type === 'inherit') {
      this.advance();
      let fromIndex: number | undefined;
      let fromExpr: Expr | undefined;
      if (this.isChar('(')) {
        this.advance();
        fromExpr = this.parseExpr();
        this.expectChar(')');
        fromIndex = attrs.inheritFrom.length;
        attrs.inheritFrom.push(fromExpr);
      }
      while (!this.isChar(';')) {
        const nameToken = this.peek();
        const attr = this.parseAttrName();
        if (attr.name === undefined) {
          this.fail('dynamic attributes not allowed in inherit', nameToken.start, nameToken.end);
        }
        const name = attr.name;
        const pos = nameToken.start;
        const existing = attrs.attrs.get(name);
        if (existing) this.duplicate(name, pos, existing.pos);
        const def: AttrDef =
          fromIndex === undefined
            ? { kind: 'inherited', value: { kind: 'var', start: pos, end: nameToken.end, name }, pos }
            : {
                kind: 'inheritedFrom',
                value: {
                  kind: 'select',
                  start: pos,
                  end: nameToken.end,
                  expr: fromExpr!,
                  path: [{ name }],
                  fallback: null,
                },
                pos,
                fromIndex,
              };
        attrs.attrs.set(name, def);
      }
      this.advance();
      return;
    }
    const pathStart = token.start;
    const path = this.parseAttrPath();
    this.expectChar('=');
    const value = this.parseExpr();
    this.expectChar(';');
    if (isLet && path.some((p) => p.name === undefined)) {
      this.fail('dynamic attributes not allowed in let', pathStart);
    }
    this.addAttr(attrs, path, pathStart, value);
  }

  private duplicate(name: string, pos: number, previous: number): never {
    const p = this.source.position(previous);
    this.fail(`attribute '${name}' already defined at ${p.file}:${p.line}:${p.column}`, pos);
  }

  /** Nix's `addAttr`: nested paths create or extend attribute sets; literal sets merge. */
  private addAttr(attrs: AttrsNode, path: AttrName[], pos: number, value: Expr): void {
    const shown = () => path.map((p) => p.name ?? '"${...}"').join('.');
    let current = attrs;
    for (let i = 0; i < path.length - 1; i++) {
      const part = path[i];
      if (part.name !== undefined) {
        const existing = current.attrs.get(part.name);
        if (existing) {
          if (existing.kind !== 'inherited' && existing.value.kind === 'attrs') current = existing.value;
          else this.duplicateAttrPath(shown(), pos, existing.pos);
        } else {
          const nested = this.newAttrs(pos, false);
          current.attrs.set(part.name, { kind: 'plain', value: nested, pos });
          current = nested;
        }
      } else {
        const nested = this.newAttrs(pos, false);
        current.dynamic.push({ name: part.expr, value: nested, pos });
        current = nested;
      }
    }
    const last = path[path.length - 1];
    if (last.name === undefined) {
      current.dynamic.push({ name: last.expr, value, pos });
      return;
    }
    const existing = current.attrs.get(last.name);
    if (!existing) {
      if (value.kind === 'lambda' && value.name === null) value.name = last.name;
      current.attrs.set(last.name, { kind: 'plain', value, pos });
      return;
    }
    if (existing.value.kind === 'attrs' && value.kind === 'attrs' && existing.kind !== 'inherited') {
      const target = existing.value;
      const offset = target.inheritFrom.length;
      target.inheritFrom.push(...value.inheritFrom);
      for (const [name, def] of value.attrs) {
        const clash = target.attrs.get(name);
        if (clash) this.duplicate(name, def.pos, clash.pos);
        target.attrs.set(
          name,
          def.kind === 'inheritedFrom' ? { ...def, fromIndex: (def.fromIndex ?? 0) + offset } : def,
        );
      }
      target.dynamic.push(...value.dynamic);
      return;
    }
    this.duplicateAttrPath(shown(), pos, existing.pos);
  }

  private duplicateAttrPath(shown: string, pos: number, previous: number): never {
    const p = this.source.position(previous);
    this.fail(`attribute '${shown}' already defined at ${p.file}:${p.line}:${p.column}`, pos);
  }
}

type IndentedPart = { text: string; indentation: boolean; start: number; end: number } | Expr;

/**
 * Nix's indentation stripping for `''…''` strings: the smallest indentation of any line that has
 * non-space content (interpolations and escapes count as content) is removed from every line, and
 * a final line of only spaces is dropped.
 */
function stripIndentation(start: number, end: number, parts: IndentedPart[]): Expr {
  if (parts.length === 0) return { kind: 'string', start, end, value: '' };
  let atStartOfLine = true;
  let minIndent = 1000000;
  let curIndent = 0;
  for (const part of parts) {
    if (!('text' in part) || !part.indentation) {
      if (atStartOfLine) {
        atStartOfLine = false;
        if (curIndent < minIndent) minIndent = curIndent;
      }
      continue;
    }
    const text = part.text;
    for (let j = 0; j < text.length; j++) {
      const c = text[j];
      if (atStartOfLine) {
        if (c === ' ') curIndent++;
        else if (c === '\n') curIndent = 0;
        else {
          atStartOfLine = false;
          if (curIndent < minIndent) minIndent = curIndent;
        }
      } else if (c === '\n') {
        atStartOfLine = true;
        curIndent = 0;
      }
    }
  }

  const out: Expr[] = [];
  atStartOfLine = true;
  let curDropped = 0;
  let remaining = parts.length;
  for (const part of parts) {
    if (!('text' in part)) {
      atStartOfLine = false;
      curDropped = 0;
      out.push(part);
      remaining--;
      continue;
    }
    let s = '';
    const text = part.text;
    for (let j = 0; j < text.length; j++) {
      const c = text[j];
      if (atStartOfLine) {
        if (c === ' ') {
          if (curDropped++ >= minIndent) s += c;
        } else if (c === '\n') {
          curDropped = 0;
          s += c;
        } else {
          atStartOfLine = false;
          curDropped = 0;
          s += c;
        }
      } else {
        s += c;
        if (c === '\n') atStartOfLine = true;
      }
    }
    if (remaining === 1) {
      const newline = s.lastIndexOf('\n');
      if (newline >= 0 && /^ *$/.test(s.slice(newline + 1))) s = s.slice(0, newline + 1);
    }
    if (s !== '') out.push({ kind: 'string', start: part.start, end: part.end, value: s });
    remaining--;
  }
  if (out.length === 0) return { kind: 'string', start, end, value: '' };
  if (out.length === 1 && out[0].kind === 'string') return { ...out[0], start, end };
  return { kind: 'concat', start, end, parts: out, forceString: true };
}

/** Parses a whole file, throwing the first ParseError. */
export function parse(source: Source, options: ParseOptions = {}): ParsedFile {
  const parser = new Parser(source, false, options);
  return { source, expr: parser.parseFile() };
}

/** Parses a whole file and returns every error found, with as much of the tree as could be read. */
export function parseTolerant(
  source: Source,
  options: ParseOptions = {},
): { file: ParsedFile | null; errors: ParseError[] } {
  const parser = new Parser(source, true, options);
  // Recovery can fail twice at one token (e.g. at the end of the file): report each spot once.
  const unique = (errors: ParseError[]) =>
    errors.filter((e, i) => i === 0 || e.start !== errors[i - 1].start);
  try {
    const expr = parser.parseFile();
    return { file: parser.errors.length ? null : { source, expr }, errors: unique(parser.errors) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { file: null, errors: unique([...parser.errors, error]) };
  }
}
