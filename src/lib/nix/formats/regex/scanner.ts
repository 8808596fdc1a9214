/**
 * The pattern's tokens, as libstdc++'s _Scanner produces them in `extended` mode.
 *
 * The scanner has three states (normal, inside a bracket, inside a `{m,n}` interval) because the
 * same character means different things in each: `\` escapes only in the normal state, `]` first
 * in a bracket is literal, and only digits and `,` may appear in an interval. Everything it
 * rejects throws a `regex` error (syntax-error.ts), at the same patterns libstdc++ rejects.
 */

import { regexError } from './syntax-error';

export const enum Tok {
  Eof,
  OrdChar,
  AnyChar,
  LineBegin,
  LineEnd,
  Closure0,
  Closure1,
  Opt,
  Or,
  SubexprBegin,
  SubexprEnd,
  BracketBegin,
  BracketNegBegin,
  BracketEnd,
  BracketDash,
  IntervalBegin,
  IntervalEnd,
  DupCount,
  Comma,
  CollSymbol,
  EquivClassName,
  CharClassName,
}

const enum ScanState {
  Normal,
  InBracket,
  InBrace,
}

const EXTENDED_SPECIAL = '.[\\()*+?{|^$';

export class Scanner {
  private pos = 0;
  private state = ScanState.Normal;
  private atBracketStart = false;
  token: Tok = Tok.Eof;
  value = '';

  constructor(private readonly src: string) {
    this.advance();
  }

  private fail(): never {
    throw regexError(this.src, false);
  }

  advance(): void {
    if (this.pos === this.src.length) {
      this.token = Tok.Eof;
      return;
    }
    if (this.state === ScanState.Normal) this.scanNormal();
    else if (this.state === ScanState.InBracket) this.scanInBracket();
    else this.scanInBrace();
  }

  private scanNormal(): void {
    const src = this.src;
    let c = src[this.pos++];
    if (!EXTENDED_SPECIAL.includes(c)) {
      this.token = Tok.OrdChar;
      this.value = c;
      return;
    }
    if (c === '\\') {
      if (this.pos === src.length) this.fail();
      // _M_eat_escape_posix: only special characters may be escaped (__STRICT_ANSI__).
      c = src[this.pos];
      if (!EXTENDED_SPECIAL.includes(c)) this.fail();
      this.token = Tok.OrdChar;
      this.value = c;
      this.pos++;
      return;
    }
    switch (c) {
      case '(':
        this.token = Tok.SubexprBegin;
        return;
      case ')':
        this.token = Tok.SubexprEnd;
        return;
      case '[':
        this.state = ScanState.InBracket;
        this.atBracketStart = true;
        if (this.pos < src.length && src[this.pos] === '^') {
          this.token = Tok.BracketNegBegin;
          this.pos++;
        } else this.token = Tok.BracketBegin;
        return;
      case '{':
        this.state = ScanState.InBrace;
        this.token = Tok.IntervalBegin;
        return;
      case '^':
        this.token = Tok.LineBegin;
        return;
      case '$':
        this.token = Tok.LineEnd;
        return;
      case '.':
        this.token = Tok.AnyChar;
        return;
      case '*':
        this.token = Tok.Closure0;
        return;
      case '+':
        this.token = Tok.Closure1;
        return;
      case '?':
        this.token = Tok.Opt;
        return;
      case '|':
        this.token = Tok.Or;
        return;
    }
  }

  private scanInBracket(): void {
    const src = this.src;
    const c = src[this.pos++];
    if (c === '-') this.token = Tok.BracketDash;
    else if (c === '[') {
      if (this.pos === src.length) this.fail();
      const d = src[this.pos];
      if (d === '.' || d === ':' || d === '=') {
        this.token = d === '.' ? Tok.CollSymbol : d === ':' ? Tok.CharClassName : Tok.EquivClassName;
        this.pos++;
        this.eatClass(d);
      } else {
        this.token = Tok.OrdChar;
        this.value = c;
      }
    } else if (c === ']' && !this.atBracketStart) {
      this.token = Tok.BracketEnd;
      this.state = ScanState.Normal;
    } else {
      this.token = Tok.OrdChar;
      this.value = c;
    }
    this.atBracketStart = false;
  }

  private eatClass(ch: string): void {
    const src = this.src;
    const start = this.pos;
    while (this.pos < src.length && src[this.pos] !== ch) this.pos++;
    this.value = src.slice(start, this.pos);
    if (this.pos === src.length) this.fail();
    this.pos++;
    if (this.pos === src.length || src[this.pos++] !== ']') this.fail();
  }

  private scanInBrace(): void {
    const src = this.src;
    const c = src[this.pos++];
    if (c >= '0' && c <= '9') {
      this.token = Tok.DupCount;
      const start = this.pos - 1;
      while (this.pos < src.length && src[this.pos] >= '0' && src[this.pos] <= '9') this.pos++;
      this.value = src.slice(start, this.pos);
    } else if (c === ',') this.token = Tok.Comma;
    else if (c === '}') {
      this.state = ScanState.Normal;
      this.token = Tok.IntervalEnd;
    } else this.fail();
  }
}
