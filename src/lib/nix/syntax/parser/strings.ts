/**
 * The parser's layer for strings and paths: `"…"`, `''…''` and path literals, each of which may
 * hold `${…}` interpolations.
 *
 * A string with no interpolation is a constant; anything else is a concatenation, as in Nix (even
 * `"${"s"}"`, which Nix evaluates lazily). Indented strings lose their common indentation as
 * Nix's `stripIndentation` does it. Paths are made absolute here, against the file's directory
 * (or the home directory for `~/…`), and a trailing slash is dropped as Nix drops it.
 */

import type { Expr } from '../ast';
import { absolutePath, canonicalPath } from '../paths';
import { TokenCursor } from './token-cursor';

export abstract class StringParser extends TokenCursor {
  abstract parseExpr(): Expr;

  protected parseString(): Expr {
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

  protected parseIndentedString(): Expr {
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

  protected parsePath(): Expr {
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
