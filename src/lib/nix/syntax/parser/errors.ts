/**
 * How the parser reports a syntax error: a `parse` error of the evaluator's one error union
 * (errors/nix-error.ts), positioned at the start of the offending token and carrying its span
 * (`detail`: source, start, end), and the token names its messages use.
 *
 * The messages copy Bison's, as Nix prints them (`syntax error, unexpected '}', expecting ';'`),
 * so the names below are the ones Nix's grammar gives its tokens, not the lexer's.
 */

import { NixError, posAt } from '../../errors/nix-error';
import type { Token, TokenType } from '../lexer';
import type { Source } from '../source';

export type ParseError = NixError<'parse'>;

export function parseError(message: string, source: Source, start: number, end: number): ParseError {
  return new NixError('parse', message, posAt(source, start), null, { source, start, end });
}

export const TOKEN_NAMES: Partial<Record<TokenType, string>> = {
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

/** A token as an error message names it: `'{'`, `identifier`, `end of file`. */
export function describeToken(token: Token): string {
  if (token.type === 'CHAR') return `'${token.value}'`;
  return TOKEN_NAMES[token.type] ?? `'${token.type}'`;
}
