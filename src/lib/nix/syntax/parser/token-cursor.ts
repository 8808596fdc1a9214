/**
 * The bottom layer of the parser: the file's tokens, a cursor over them, and error recovery.
 *
 * The parser is one class built in layers, one concept per file (this cursor, then strings and
 * paths, bindings, functions and expressions); each layer extends the one below and declares what
 * it needs from above as abstract (the grammar is mutually recursive: a string holds `${…}`
 * expressions). Only the top layer, expressions.ts, is instantiated.
 *
 * The whole file is lexed up front, so looking ahead (`{ a, b }:` against `{ a = 1; }`) is an index.
 * In tolerant mode `recover` records an error and skips to a synchronisation point with
 * `skipUntil`, so the editor sees every error in a file; in strict mode the first error is thrown.
 */

import { Lexer, type Token, type TokenType } from '../lexer';
import type { Source } from '../source';
import type { SymbolTable } from '../symbols';
import { isNixError } from '../../errors/nix-error';
import { describeToken, parseError, TOKEN_NAMES, type ParseError } from './errors';

export interface ParseOptions {
  /** Expands `~/…` paths; Nix uses $HOME. */
  homeDirectory?: string;
  /**
   * The evaluator's symbol table: names are added in the order they are read, which is Nix's
   * symbol order (syntax/symbols.ts). Without one nothing is recorded (editor tooling).
   */
  symbols?: SymbolTable;
}

export abstract class TokenCursor {
  private readonly tokens: Token[] = [];
  private index = 0;
  readonly errors: ParseError[] = [];

  constructor(
    protected readonly source: Source,
    protected readonly tolerant: boolean,
    protected readonly options: ParseOptions,
  ) {
    const lexer = new Lexer(source.text, options.symbols ?? null);
    for (;;) {
      const token = lexer.next();
      this.tokens.push(token);
      if (token.type === 'EOF' || token.type === 'ERROR') break;
    }
  }

  // ---- token helpers -------------------------------------------------------------------------

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  protected is(type: TokenType, value?: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === type && (value === undefined || token.value === value);
  }

  protected isChar(c: string, offset = 0): boolean {
    return this.is('CHAR', c, offset);
  }

  protected advance(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  fail(message: string, start: number, end = start): never {
    throw parseError(message, this.source, start, end);
  }

  protected unexpected(expecting?: string): never {
    const token = this.peek();
    if (token.type === 'ERROR') this.fail(token.value, token.start, token.end);
    this.fail(
      `syntax error, unexpected ${describeToken(token)}${expecting ? `, expecting ${expecting}` : ''}`,
      token.start,
      token.end,
    );
  }

  protected expectChar(c: string): Token {
    if (!this.isChar(c)) this.unexpected(`'${c}'`);
    return this.advance();
  }

  protected expect(type: TokenType): Token {
    if (!this.is(type)) this.unexpected(TOKEN_NAMES[type] ?? `'${type}'`);
    return this.advance();
  }

  // ---- error recovery ------------------------------------------------------------------------

  /** Runs `parse`; in tolerant mode an error is recorded and `skip` resynchronises. */
  protected recover<T>(parse: () => T, skip: () => void, fallback: () => T): T {
    if (!this.tolerant) return parse();
    const mark = this.index;
    try {
      return parse();
    } catch (error) {
      if (!isNixError(error, 'parse')) throw error;
      this.errors.push(error);
      if (this.index === mark) this.advance();
      skip();
      return fallback();
    }
  }

  /** Skips tokens until one of `stops` at the current nesting depth (not consuming it). */
  protected skipUntil(stops: string[]): void {
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
}
