/**
 * The characters of a TOML document: the position, whitespace, comments and newlines, the four
 * kinds of strings (with their escapes), and errors in toml11's layout (the title, then the line
 * with a caret under the position).
 *
 * `TomlScanner` is the base of the parser (../toml.ts); numbers, booleans and dates are read by
 * atoms.ts over the same scanner.
 */

import { codePointToByteString } from '../../bytes';
import { tomlError } from './document';

export const isBareKeyChar = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2d;
/** Characters that may appear in a number, boolean, inf/nan, date or time. */
export const isValueChar = (c: number) => isBareKeyChar(c) || c === 0x2b || c === 0x2e || c === 0x3a;

export class TomlScanner {
  pos = 0;

  constructor(readonly s: string) {
    // A UTF-8 byte order mark is skipped.
    if (s.startsWith('\xef\xbb\xbf')) this.pos = 3;
  }

  // --- errors

  /** Fails at `at` with toml11's layout. An arrow, so the table rules can be handed it. */
  readonly fail = (title: string, at = this.pos, note = 'here'): never => {
    const s = this.s;
    const lineStart = s.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = s.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = s.length;
    let line = 1;
    for (let i = s.indexOf('\n'); i !== -1 && i < lineStart; i = s.indexOf('\n', i + 1)) line++;
    const text = s.slice(lineStart, lineEnd).replace(/\r$/, '');
    const number = String(line);
    const pad = ' '.repeat(number.length);
    throw tomlError(
      `[error] ${title}\n --> fromTOML\n ${pad} |\n ${number} | ${text}\n ${pad} | ${' '.repeat(Math.max(0, at - lineStart))}^-- ${note}\n`,
    );
  };

  // --- lexical helpers

  peek(offset = 0): number {
    const i = this.pos + offset;
    return i < this.s.length ? this.s.charCodeAt(i) : -1;
  }

  skipWs(): void {
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09) break;
      this.pos++;
    }
  }

  skipComment(): void {
    if (this.peek() !== 0x23) return;
    this.pos++;
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x0a || (c === 0x0d && this.peek(1) === 0x0a)) break;
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_comment: invalid character in a comment');
      this.pos++;
    }
  }

  /** Consumes a newline (LF or CRLF) if there is one. */
  newline(): boolean {
    const c = this.peek();
    if (c === 0x0a) {
      this.pos++;
      return true;
    }
    if (c === 0x0d && this.peek(1) === 0x0a) {
      this.pos += 2;
      return true;
    }
    return false;
  }

  /** Whitespace, comments and newlines (inside arrays). */
  skipWsCommentsNewlines(): void {
    for (;;) {
      this.skipWs();
      this.skipComment();
      if (!this.newline()) return;
    }
  }

  endOfLine(title: string): void {
    this.skipWs();
    this.skipComment();
    if (this.pos >= this.s.length) return;
    if (!this.newline()) this.fail(title);
  }

  // --- strings

  private escape(): string {
    const s = this.s;
    const at = this.pos;
    const c = s[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const n = c === 'u' ? 4 : 8;
        const digits = s.slice(this.pos, this.pos + n);
        if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(digits))
          this.fail('toml::parse_basic_string: invalid string format', at);
        this.pos += n;
        const cp = parseInt(digits, 16);
        if (cp >= 0xd800 && cp <= 0xdfff)
          this.fail('toml::parse_utf8_codepoint: [0xD800, 0xDFFF] is not a valid UTF-8', at);
        if (cp > 0x10ffff) this.fail('toml::parse_utf8_codepoint: input codepoint is too large.', at);
        return codePointToByteString(cp);
      }
      default:
        return this.fail('toml::parse_basic_string: invalid string format', at);
    }
  }

  basicString(): string {
    const s = this.s;
    this.pos++; // "
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail('toml::parse_basic_string: invalid string format: missing closing `"`');
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(run, this.pos);
        this.pos++;
        return out;
      }
      if (c === 0x5c) {
        out += s.slice(run, this.pos) + this.escape();
        run = this.pos;
        continue;
      }
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_basic_string: invalid string format');
      this.pos++;
    }
  }

  literalString(): string {
    const s = this.s;
    const start = ++this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail("toml::parse_literal_string: invalid string format: missing closing `'`");
      const c = s.charCodeAt(this.pos);
      if (c === 0x27) {
        this.pos++;
        return s.slice(start, this.pos - 1);
      }
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_literal_string: invalid string format');
      this.pos++;
    }
  }

  /** The closing delimiter of a multi-line string: up to two extra quotes belong to the content. */
  private closing(q: number): number {
    let n = 0;
    while (this.peek(n) === q) n++;
    return n;
  }

  multilineBasicString(): string {
    const s = this.s;
    this.pos += 3;
    this.newline();
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail('toml::parse_ml_basic_string: invalid string format: missing closing `"""`');
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        const n = this.closing(0x22);
        if (n >= 3) {
          if (n > 5) this.fail('toml::parse_ml_basic_string: invalid string format: too many quotes');
          out += s.slice(run, this.pos + n - 3);
          this.pos += n;
          return out;
        }
        this.pos += n;
        continue;
      }
      if (c === 0x5c) {
        // A line-ending backslash trims the newline and the whitespace that follows.
        let i = this.pos + 1;
        while (s[i] === ' ' || s[i] === '\t') i++;
        if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] === '\n')) {
          out += s.slice(run, this.pos);
          this.pos = i;
          while (this.pos < s.length) {
            const d = s[this.pos];
            if (d === ' ' || d === '\t' || d === '\n') this.pos++;
            else if (d === '\r' && s[this.pos + 1] === '\n') this.pos += 2;
            else break;
          }
          run = this.pos;
          continue;
        }
        out += s.slice(run, this.pos) + this.escape();
        run = this.pos;
        continue;
      }
      if (c === 0x0d && this.peek(1) === 0x0a) {
        this.pos += 2;
        continue;
      }
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f)
        this.fail('toml::parse_ml_basic_string: invalid string format');
      this.pos++;
    }
  }

  multilineLiteralString(): string {
    const s = this.s;
    this.pos += 3;
    this.newline();
    const start = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail("toml::parse_ml_literal_string: invalid string format: missing closing `'''`");
      const c = s.charCodeAt(this.pos);
      if (c === 0x27) {
        const n = this.closing(0x27);
        if (n >= 3) {
          if (n > 5) this.fail('toml::parse_ml_literal_string: invalid string format: too many quotes');
          const text = s.slice(start, this.pos + n - 3);
          this.pos += n;
          return text;
        }
        this.pos += n;
        continue;
      }
      if (c === 0x0d && this.peek(1) === 0x0a) {
        this.pos += 2;
        continue;
      }
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f)
        this.fail('toml::parse_ml_literal_string: invalid string format');
      this.pos++;
    }
  }
}
