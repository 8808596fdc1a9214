// The library's code as the evaluator reads it: each file without its comments, every token at
// the same line and column as in the file (so positions in diagnostics and traces are unchanged).
// Used by scripts/gen-library.ts; the archive's `lib/` keeps the files as written.
import { Lexer, type Token } from '../src/lib/nix/syntax/lexer';

function tokens(text: string): Token[] {
  const lexer = new Lexer(text);
  const out: Token[] = [];
  for (;;) {
    const token = lexer.next();
    out.push(token);
    if (token.type === 'EOF' || token.type === 'ERROR') return out;
  }
}

/** Line and column (both from 1) of each offset in `offsets`, which must be ascending. */
function lineColumns(text: string, offsets: number[]): string[] {
  const out: string[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++)
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    out.push(`${line}:${offset - lineStart + 1}`);
  }
  return out;
}

/**
 * `text` without comments: the trivia between two tokens that holds a comment keeps only its line
 * breaks and, on its last line, as many spaces as it had characters, so the next token stays at
 * its line and column (trivia within one line is kept as it is). Throws (naming `file`) unless the result lexes to the same tokens at the
 * same lines and columns.
 */
export function withoutComments(file: string, text: string): string {
  const original = tokens(text);
  if (original.at(-1)!.type === 'ERROR') throw new Error(`${file} does not lex: fix its syntax first`);
  let out = '';
  let at = 0;
  for (const token of original) {
    const gap = text.slice(at, token.start);
    if (!/#|\/\*/.test(gap) || !gap.includes('\n')) out += gap;
    else {
      // The gap is only blanks and comments: its last line, before the next token, as blanks.
      const lines = gap.split('\n');
      out += '\n'.repeat(lines.length - 1) + ' '.repeat(lines.at(-1)!.length);
    }
    out += text.slice(token.start, token.end);
    at = token.end;
  }
  out += text.slice(at);
  const stripped = tokens(out);
  const describe = (source: string, list: Token[]) => {
    const places = lineColumns(
      source,
      list.map((t) => t.start),
    );
    return list.map((t, i) => `${t.type} ${JSON.stringify(t.value)} ${t.indentation ?? ''} ${places[i]}`);
  };
  const before = describe(text, original);
  const after = describe(out, stripped);
  const differ = before.findIndex((entry, i) => entry !== after[i]);
  if (differ >= 0 || before.length !== after.length)
    throw new Error(
      `${file}: removing its comments would change token ${differ} (${before[differ]} became ${after[differ]}); scripts/library-code.ts must keep every token in place`,
    );
  return out;
}
