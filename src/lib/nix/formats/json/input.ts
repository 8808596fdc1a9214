/**
 * The input side of nlohmann's JSON lexer: reading the document byte by byte, stepping back one
 * byte, and counting positions exactly as nlohmann counts them, for its error messages.
 *
 * nlohmann counts a read past the end as a character read, and cannot restore the column after
 * stepping back over a newline; both show in the "line L, column C" of Nix's messages, so both
 * are reproduced. The lexer proper (parse.ts) extends this class.
 */

import { hex2 } from './utf8';

export const EOF = -1;

/** nlohmann's input adapter, and the readers of `\u` hex digits and UTF-8 tails its lexer uses. */
export class JsonInput {
  protected pos = 0;
  /** Reads past the end (nlohmann counts each as a character read). */
  private eofReads = 0;
  protected current = EOF;
  /** Start of nlohmann's token_string (reset at each string and number). */
  private tokenStart = 0;
  protected readonly n: number;

  constructor(protected readonly s: string) {
    this.n = s.length;
  }

  protected get(): number {
    this.ungotNewline = false;
    if (this.pos < this.n) return (this.current = this.s.charCodeAt(this.pos++));
    this.eofReads++;
    return (this.current = EOF);
  }

  protected unget(): void {
    if (this.current === EOF) this.eofReads--;
    else {
      this.pos--;
      // nlohmann's unget cannot restore the column of the line a newline ended: it stays 0.
      if (this.current === 0x0a) this.ungotNewline = true;
    }
  }
  private ungotNewline = false;

  /** nlohmann's get_position(): line (1-based) and chars read on the current line. */
  position(): { line: number; column: number } {
    let line = 1;
    let lastNewline = -1;
    for (let i = this.s.indexOf('\n'); i !== -1 && i < this.pos; i = this.s.indexOf('\n', i + 1)) {
      line++;
      lastNewline = i;
    }
    if (this.ungotNewline) return { line, column: 0 };
    return { line, column: this.pos - lastNewline - 1 + this.eofReads };
  }

  /** nlohmann's get_token_string(): what was read of the token, control characters escaped. */
  tokenString(): string {
    let out = '';
    for (let i = this.tokenStart; i < this.pos; i++) {
      const c = this.s.charCodeAt(i);
      out += c <= 0x1f ? `<U+00${hex2(c)}>` : this.s[i];
    }
    return out;
  }

  protected reset(): void {
    this.tokenStart = this.pos - 1;
  }

  private hexDigit(): number {
    const c = this.get();
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    return -1;
  }

  protected codepoint(): number {
    let cp = 0;
    for (let i = 0; i < 4; i++) {
      const d = this.hexDigit();
      if (d < 0) return -1;
      cp = cp * 16 + d;
    }
    return cp;
  }

  /** Consumes continuation bytes of a UTF-8 sequence; false at the first one out of range. */
  protected utf8Tail(lo: number, hi: number, more: number): boolean {
    let c = this.get();
    if (c < lo || c > hi) return false;
    for (let i = 0; i < more; i++) {
      c = this.get();
      if (c < 0x80 || c > 0xbf) return false;
    }
    return true;
  }
}
