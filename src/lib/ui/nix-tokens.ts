/**
 * The Nix lexer's tokens, for the editor's readings of text that may be half typed (the option
 * path under the cursor, option-path.ts; the inventory's sites, inventory/scan.ts): they follow
 * the nesting token by token instead of parsing, so text a parse would reject still reads.
 */

import { Lexer, type Token } from '$lib/nix';

/** At most this many tokens are read (a bound on the work for one keystroke). */
const MAX_TOKENS = 200_000;

/** The tokens of `text`, up to its end or to where the lexer cannot go on. */
export function tokens(text: string): Token[] {
  const lexer = new Lexer(text);
  const out: Token[] = [];
  for (let i = 0; i < MAX_TOKENS; i++) {
    const token = lexer.next();
    if (token.type === 'EOF') break;
    if (token.type === 'ERROR' && token.end <= token.start) break;
    out.push(token);
  }
  return out;
}

/** Whether `token` is the punctuation `c` (`{`, `=`, `.`, …). */
export const isChar = (token: Token | undefined, c: string): boolean =>
  token?.type === 'CHAR' && token.value === c;
