/**
 * The Nix parser: tokens in, an AST out, with Nix's grammar and precedences.
 *
 * Expressions are parsed by recursive descent, and binary operators by precedence climbing over
 * the table in parser/operators.ts (from Nix's parser.y, lowest first). The desugaring Nix does at
 * parse time is done while parsing too (see ast.ts), as are the parse-time errors Nix reports:
 * duplicate attributes, duplicate formals, dynamic attributes in `let`, invalid integers, and
 * paths with a trailing slash. Undefined variables are found later, when the compiler resolves
 * scopes.
 *
 * Two modes share one grammar: `parse` stops at the first error (what evaluation needs), and
 * `parseTolerant` records the error, skips to the end of the binding or list element and goes on,
 * so the editor can show every error in a file.
 *
 * The grammar lives in parser/, one layer per concept, each extending the one below:
 * token-cursor.ts (tokens, lookahead, recovery), strings.ts (strings and paths), bindings.ts
 * (attribute paths and sets), functions.ts (formals and lambdas) and expressions.ts (everything
 * else, and the class this module instantiates). This module is the parser's only entry.
 */

import { isNixError } from '../errors/nix-error';
import type { ParsedFile } from './ast';
import type { ParseError } from './parser/errors';
import { ExpressionParser } from './parser/expressions';
import type { ParseOptions } from './parser/token-cursor';
import type { Source } from './source';

export { parseError, type ParseError } from './parser/errors';
export type { ParseOptions } from './parser/token-cursor';

/** Parses a whole file, throwing the first error (a `parse` error). */
export function parse(source: Source, options: ParseOptions = {}): ParsedFile {
  const parser = new ExpressionParser(source, false, options);
  return { source, expr: parser.parseFile() };
}

/** Parses a whole file and returns every error found, with as much of the tree as could be read. */
export function parseTolerant(
  source: Source,
  options: ParseOptions = {},
): { file: ParsedFile | null; errors: ParseError[] } {
  const parser = new ExpressionParser(source, true, options);
  // Recovery can fail twice at one token (e.g. at the end of the file): report each spot once.
  const unique = (errors: ParseError[]) =>
    errors.filter((e, i) => i === 0 || e.detail.start !== errors[i - 1].detail.start);
  try {
    const expr = parser.parseFile();
    return { file: parser.errors.length ? null : { source, expr }, errors: unique(parser.errors) };
  } catch (error) {
    if (!isNixError(error, 'parse')) throw error;
    return { file: null, errors: unique([...parser.errors, error]) };
  }
}
