/**
 * POSIX extended regular expressions exactly as Nix 2.26 runs them: libstdc++'s `std::regex`
 * with `std::regex::extended`, over byte strings (see bytes.ts), in the C locale.
 *
 * The parser mirrors libstdc++'s scanner and compiler, so the same patterns are rejected: escapes
 * are only allowed before the special characters `.[\()*+?{|^$` (`\w`, `\d`, `\}`, `\]`, `\1`
 * are errors: Nix is built with __STRICT_ANSI__), `\` is literal inside brackets, `]` first in a
 * bracket is literal, a `-` may only start or end a bracket or follow a complete range endpoint,
 * ranges compare bytes as *signed* chars, `*?` is `(x*)?` (both greedy), and a pattern whose
 * automaton exceeds 100 000 states is "memory limit exceeded". It builds the same automaton as
 * libstdc++ (including the copies `{n,m}` makes), which also gives the state count.
 *
 * Matching semantics are libstdc++'s depth-first executor, which is *not* POSIX leftmost-longest
 * and not quite ECMAScript either:
 * - repetitions are greedy backtracking loops that stop at the first solution found,
 * - an alternation tries both branches and keeps the longer overall match (for `regex_match`
 *   every match is whole-string, so the first one found wins; for searching, `a|ab` matches `ab`),
 * - captures are never reset between iterations (`((a)|b)*` on "ab" gives "b" and "a"),
 * - an empty iteration is allowed, up to twice at one position (`(a|)+` on "aa" captures "").
 *
 * `Executor` below reproduces that algorithm state for state (with an explicit stack instead of
 * recursion). Because it is an interpreter, patterns on which a JavaScript RegExp provably behaves
 * the same are translated to one instead (`jsSafe…`): any pattern for `match`, unless a repetition
 * contains a capture group whose value JS would reset or compute differently; for `split`
 * additionally the pattern must not match the empty string and every alternation's branches must
 * start with disjoint bytes (so at most one branch can match, and "longest" cannot differ from
 * "first"). Everything else runs on the executor.
 */

export interface RegexMatch {
  start: number;
  end: number;
  groups: Array<string | null>;
}

export class RegexSyntaxError {
  constructor(readonly space: boolean) {}
}

// ---------------------------------------------------------------------------------------------
// Character sets (256 entries, one per byte)

type ByteSet = Uint8Array;

function emptySet(): ByteSet {
  return new Uint8Array(256);
}

const CLASS_NAMES = [
  'd',
  'w',
  's',
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'xdigit',
];

/** The C locale's ctype classification (bytes >= 0x80 belong to no class). */
function inClass(name: string, c: number): boolean {
  const digit = c >= 0x30 && c <= 0x39;
  const upper = c >= 0x41 && c <= 0x5a;
  const lower = c >= 0x61 && c <= 0x7a;
  const alpha = upper || lower;
  const graph = c >= 0x21 && c <= 0x7e;
  const space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
  switch (name) {
    case 'd':
    case 'digit':
      return digit;
    case 'w':
      return alpha || digit || c === 0x5f;
    case 's':
    case 'space':
      return space;
    case 'alnum':
      return alpha || digit;
    case 'alpha':
      return alpha;
    case 'blank':
      return c === 0x20 || c === 0x09;
    case 'cntrl':
      return c < 0x20 || c === 0x7f;
    case 'graph':
      return graph;
    case 'lower':
      return lower;
    case 'print':
      return graph || c === 0x20;
    case 'punct':
      return graph && !alpha && !digit;
    case 'upper':
      return upper;
    case 'xdigit':
      return digit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
  return false;
}

/** libstdc++'s collating element names (regex_traits::lookup_collatename), index = character. */
const COLLATE_NAMES: string[] = (() => {
  // prettier-ignore
  const names = [
    'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'alert', 'backspace', 'tab', 'newline', 'vertical-tab',
    'form-feed', 'carriage-return', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM',
    'SUB', 'ESC', 'IS4', 'IS3', 'IS2', 'IS1', 'space', 'exclamation-mark', 'quotation-mark', 'number-sign',
    'dollar-sign', 'percent-sign', 'ampersand', 'apostrophe', 'left-parenthesis', 'right-parenthesis', 'asterisk',
    'plus-sign', 'comma', 'hyphen', 'period', 'slash', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
    'eight', 'nine', 'colon', 'semicolon', 'less-than-sign', 'equals-sign', 'greater-than-sign', 'question-mark',
    'commercial-at',
  ];
  for (let c = 0x41; c <= 0x5a; c++) names.push(String.fromCharCode(c));
  names.push(
    'left-square-bracket',
    'backslash',
    'right-square-bracket',
    'circumflex',
    'underscore',
    'grave-accent',
  );
  for (let c = 0x61; c <= 0x7a; c++) names.push(String.fromCharCode(c));
  names.push('left-curly-bracket', 'vertical-line', 'right-curly-bracket', 'tilde', 'DEL');
  return names;
})();

function lookupCollateName(name: string): number {
  return COLLATE_NAMES.indexOf(name);
}

const signed = (c: number) => (c >= 128 ? c - 256 : c);
const lowerByte = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

// ---------------------------------------------------------------------------------------------
// Scanner (libstdc++ _Scanner in `extended` mode)

const enum Tok {
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

class Scanner {
  private pos = 0;
  private state = ScanState.Normal;
  private atBracketStart = false;
  token: Tok = Tok.Eof;
  value = '';

  constructor(private readonly src: string) {
    this.advance();
  }

  private fail(): never {
    throw new RegexSyntaxError(false);
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

// ---------------------------------------------------------------------------------------------
// Automaton (libstdc++ _NFA) and syntax tree (for the JavaScript translation)

const enum Op {
  Alternative,
  Repeat,
  SubexprBegin,
  SubexprEnd,
  LineBegin,
  LineEnd,
  Match,
  Accept,
  Dummy,
}

const STATE_LIMIT = 100000;

class Nfa {
  op: Op[] = [];
  next: number[] = [];
  alt: number[] = [];
  /** Subexpression index (SubexprBegin/End) or set index (Match). */
  arg: number[] = [];
  sets: ByteSet[] = [];
  subexprCount = 0;
  private parenStack: number[] = [];

  insert(op: Op, next = -1, alt = -1, arg = 0): number {
    this.op.push(op);
    this.next.push(next);
    this.alt.push(alt);
    this.arg.push(arg);
    if (this.op.length > STATE_LIMIT) throw new RegexSyntaxError(true);
    return this.op.length - 1;
  }
  hasAlt(i: number): boolean {
    return this.op[i] === Op.Alternative || this.op[i] === Op.Repeat;
  }
  subexprBegin(): number {
    const id = this.subexprCount++;
    this.parenStack.push(id);
    return this.insert(Op.SubexprBegin, -1, -1, id);
  }
  subexprEnd(): number {
    return this.insert(Op.SubexprEnd, -1, -1, this.parenStack.pop()!);
  }
  matcher(set: ByteSet): number {
    this.sets.push(set);
    return this.insert(Op.Match, -1, -1, this.sets.length - 1);
  }
  dummy(): number {
    return this.insert(Op.Dummy);
  }

  eliminateDummies(): void {
    const { op, next, alt } = this;
    for (let i = 0; i < op.length; i++) {
      while (next[i] >= 0 && op[next[i]] === Op.Dummy) next[i] = next[next[i]];
      if (this.hasAlt(i)) while (alt[i] >= 0 && op[alt[i]] === Op.Dummy) alt[i] = next[alt[i]];
    }
  }
}

class Seq {
  constructor(
    readonly nfa: Nfa,
    public start: number,
    public end: number,
  ) {}
  static of(nfa: Nfa, id: number): Seq {
    return new Seq(nfa, id, id);
  }
  append(other: Seq | number): void {
    if (typeof other === 'number') {
      this.nfa.next[this.end] = other;
      this.end = other;
    } else {
      this.nfa.next[this.end] = other.start;
      this.end = other.end;
    }
  }
  clone(): Seq {
    const nfa = this.nfa;
    const map = new Map<number, number>();
    const stack = [this.start];
    while (stack.length > 0) {
      const u = stack.pop()!;
      if (map.has(u)) continue;
      const id = nfa.insert(nfa.op[u], nfa.next[u], nfa.alt[u], nfa.arg[u]);
      map.set(u, id);
      if (nfa.hasAlt(u) && nfa.alt[u] !== -1 && !map.has(nfa.alt[u])) stack.push(nfa.alt[u]);
      if (u === this.end) continue;
      if (nfa.next[u] !== -1 && !map.has(nfa.next[u])) stack.push(nfa.next[u]);
    }
    for (const v of map.values()) {
      if (nfa.next[v] !== -1) nfa.next[v] = map.get(nfa.next[v]) ?? nfa.next[v];
      if (nfa.hasAlt(v) && nfa.alt[v] !== -1) nfa.alt[v] = map.get(nfa.alt[v]) ?? nfa.alt[v];
    }
    return new Seq(nfa, map.get(this.start)!, map.get(this.end)!);
  }
}

type Ast =
  | { k: 'set'; set: ByteSet }
  | { k: 'bol' }
  | { k: 'eol' }
  | { k: 'empty' }
  | { k: 'group'; index: number; body: Ast }
  | { k: 'cat'; items: Ast[] }
  | { k: 'alt'; left: Ast; right: Ast }
  | { k: 'rep'; body: Ast; min: number; max: number };

interface Frag {
  seq: Seq;
  ast: Ast;
}

// ---------------------------------------------------------------------------------------------
// Compiler (libstdc++ _Compiler)

class Compiler {
  private readonly scanner: Scanner;
  private readonly stack: Frag[] = [];
  readonly nfa = new Nfa();
  readonly ast: Ast;
  start: number;

  constructor(src: string) {
    this.scanner = new Scanner(src);
    const nfa = this.nfa;
    const r = Seq.of(nfa, nfa.subexprBegin());
    this.start = r.start;
    this.disjunction();
    if (!this.matchToken(Tok.Eof)) this.fail();
    const body = this.pop();
    r.append(body.seq);
    r.append(nfa.subexprEnd());
    r.append(nfa.insert(Op.Accept));
    nfa.eliminateDummies();
    this.ast = body.ast;
  }

  private fail(): never {
    throw new RegexSyntaxError(false);
  }

  private matchToken(tok: Tok): boolean {
    if (this.scanner.token === tok) {
      this.value = this.scanner.value;
      this.scanner.advance();
      return true;
    }
    return false;
  }
  private value = '';

  private pop(): Frag {
    return this.stack.pop()!;
  }

  private disjunction(): void {
    const nfa = this.nfa;
    this.alternative();
    while (this.matchToken(Tok.Or)) {
      const alt1 = this.pop();
      this.alternative();
      const alt2 = this.pop();
      const end = nfa.dummy();
      alt1.seq.append(end);
      alt2.seq.append(end);
      const id = nfa.insert(Op.Alternative, alt2.seq.start, alt1.seq.start);
      this.stack.push({ seq: new Seq(nfa, id, end), ast: { k: 'alt', left: alt1.ast, right: alt2.ast } });
    }
  }

  private alternative(): void {
    if (this.term()) {
      const re = this.pop();
      this.alternative();
      const rest = this.pop();
      re.seq.append(rest.seq);
      const items =
        rest.ast.k === 'cat'
          ? [re.ast, ...rest.ast.items]
          : rest.ast.k === 'empty'
            ? [re.ast]
            : [re.ast, rest.ast];
      this.stack.push({ seq: re.seq, ast: items.length === 1 ? items[0] : { k: 'cat', items } });
    } else {
      this.stack.push({ seq: Seq.of(this.nfa, this.nfa.dummy()), ast: { k: 'empty' } });
    }
  }

  private term(): boolean {
    if (this.assertion()) return true;
    if (this.atom()) {
      while (this.quantifier());
      return true;
    }
    return false;
  }

  private assertion(): boolean {
    if (this.matchToken(Tok.LineBegin)) {
      this.stack.push({ seq: Seq.of(this.nfa, this.nfa.insert(Op.LineBegin)), ast: { k: 'bol' } });
      return true;
    }
    if (this.matchToken(Tok.LineEnd)) {
      this.stack.push({ seq: Seq.of(this.nfa, this.nfa.insert(Op.LineEnd)), ast: { k: 'eol' } });
      return true;
    }
    return false;
  }

  private quantifier(): boolean {
    const nfa = this.nfa;
    if (this.matchToken(Tok.Closure0)) {
      if (this.stack.length === 0) this.fail();
      const e = this.pop();
      const r = Seq.of(nfa, nfa.insert(Op.Repeat, -1, e.seq.start));
      e.seq.append(r);
      this.stack.push({ seq: r, ast: { k: 'rep', body: e.ast, min: 0, max: -1 } });
      return true;
    }
    if (this.matchToken(Tok.Closure1)) {
      if (this.stack.length === 0) this.fail();
      const e = this.pop();
      e.seq.append(nfa.insert(Op.Repeat, -1, e.seq.start));
      this.stack.push({ seq: e.seq, ast: { k: 'rep', body: e.ast, min: 1, max: -1 } });
      return true;
    }
    if (this.matchToken(Tok.Opt)) {
      if (this.stack.length === 0) this.fail();
      const e = this.pop();
      const end = nfa.dummy();
      const r = Seq.of(nfa, nfa.insert(Op.Repeat, -1, e.seq.start));
      e.seq.append(end);
      r.append(end);
      this.stack.push({ seq: r, ast: { k: 'rep', body: e.ast, min: 0, max: 1 } });
      return true;
    }
    if (this.matchToken(Tok.IntervalBegin)) {
      if (this.stack.length === 0) this.fail();
      if (!this.matchToken(Tok.DupCount)) this.fail();
      const r = this.pop();
      const e = Seq.of(nfa, nfa.dummy());
      const min = this.intValue();
      let infinite = false;
      let n = 0;
      if (this.matchToken(Tok.Comma)) {
        if (this.matchToken(Tok.DupCount)) n = this.intValue() - min;
        else infinite = true;
      }
      if (!this.matchToken(Tok.IntervalEnd)) this.fail();
      for (let i = 0; i < min; i++) e.append(r.seq.clone());
      if (infinite) {
        const tmp = r.seq.clone();
        const s = Seq.of(nfa, nfa.insert(Op.Repeat, -1, tmp.start));
        tmp.append(s);
        e.append(s);
      } else {
        if (n < 0) this.fail();
        const end = nfa.dummy();
        const repeats: number[] = [];
        for (let i = 0; i < n; i++) {
          const tmp = r.seq.clone();
          // Built as (next = more, alt = end), then swapped below, as libstdc++ does.
          const alt = nfa.insert(Op.Repeat, tmp.start, end);
          repeats.push(alt);
          e.append(new Seq(nfa, alt, tmp.end));
        }
        e.append(end);
        for (const id of repeats) {
          const t = nfa.next[id];
          nfa.next[id] = nfa.alt[id];
          nfa.alt[id] = t;
        }
      }
      this.stack.push({ seq: e, ast: { k: 'rep', body: r.ast, min, max: infinite ? -1 : min + n } });
      return true;
    }
    return false;
  }

  private intValue(): number {
    // libstdc++ parses into a `long` and reports overflow as an error. Counts beyond the state
    // limit fail anyway (every copy adds a state), so clamping keeps the arithmetic exact enough.
    const v = BigInt(this.value);
    if (v > 9223372036854775807n) this.fail();
    return v > 1_000_000_000n ? 1_000_000_000 : Number(v);
  }

  private atom(): boolean {
    const nfa = this.nfa;
    if (this.matchToken(Tok.AnyChar)) {
      const set = emptySet().fill(1);
      set[0] = 0; // POSIX `.` matches anything but NUL
      this.stack.push({ seq: Seq.of(nfa, nfa.matcher(set)), ast: { k: 'set', set } });
    } else if (this.matchToken(Tok.OrdChar)) {
      const set = emptySet();
      set[this.value.charCodeAt(0)] = 1;
      this.stack.push({ seq: Seq.of(nfa, nfa.matcher(set)), ast: { k: 'set', set } });
    } else if (this.matchToken(Tok.SubexprBegin)) {
      const r = Seq.of(nfa, nfa.subexprBegin());
      const index = nfa.arg[r.start];
      this.disjunction();
      if (!this.matchToken(Tok.SubexprEnd)) this.fail();
      const body = this.pop();
      r.append(body.seq);
      r.append(nfa.subexprEnd());
      this.stack.push({ seq: r, ast: { k: 'group', index, body: body.ast } });
    } else if (!this.bracketExpression()) return false;
    return true;
  }

  private bracketExpression(): boolean {
    const negate = this.matchToken(Tok.BracketNegBegin);
    if (!negate && !this.matchToken(Tok.BracketBegin)) return false;
    const chars: number[] = [];
    const ranges: Array<[number, number]> = [];
    const classes: string[] = [];
    const equivs: number[] = [];
    // _BracketState: nothing, a character (which may start a range), or a class.
    let lastKind = 'none' as 'none' | 'char' | 'class';
    let lastChar = 0;
    const pushChar = (c: number) => {
      if (lastKind === 'char') chars.push(lastChar);
      lastKind = 'char';
      lastChar = c;
    };
    const pushClass = () => {
      if (lastKind === 'char') chars.push(lastChar);
      lastKind = 'class';
    };
    const makeRange = (l: number, r: number) => {
      if (signed(l) > signed(r)) this.fail();
      ranges.push([signed(l), signed(r)]);
    };
    if (this.matchToken(Tok.OrdChar)) {
      lastKind = 'char';
      lastChar = this.value.charCodeAt(0);
    } else if (this.matchToken(Tok.BracketDash)) {
      lastKind = 'char';
      lastChar = 0x2d;
    }
    for (;;) {
      if (this.matchToken(Tok.BracketEnd)) break;
      if (this.matchToken(Tok.CollSymbol)) {
        const c = lookupCollateName(this.value);
        if (c < 0) this.fail();
        chars.push(c);
        pushChar(c);
      } else if (this.matchToken(Tok.EquivClassName)) {
        const c = lookupCollateName(this.value);
        if (c < 0) this.fail();
        pushClass();
        equivs.push(lowerByte(c));
      } else if (this.matchToken(Tok.CharClassName)) {
        const name = this.value.toLowerCase();
        if (!CLASS_NAMES.includes(name)) this.fail();
        pushClass();
        classes.push(name);
      } else if (this.matchToken(Tok.OrdChar)) {
        pushChar(this.value.charCodeAt(0));
      } else if (this.matchToken(Tok.BracketDash)) {
        if (this.matchToken(Tok.BracketEnd)) {
          pushChar(0x2d);
          break;
        }
        if (lastKind === 'class') this.fail();
        if (lastKind === 'char') {
          if (this.matchToken(Tok.OrdChar)) {
            makeRange(lastChar, this.value.charCodeAt(0));
            lastKind = 'none';
          } else if (this.matchToken(Tok.BracketDash)) {
            makeRange(lastChar, 0x2d);
            lastKind = 'none';
          } else this.fail();
        } else this.fail();
      } else this.fail();
    }
    if (lastKind === 'char') chars.push(lastChar);
    const set = emptySet();
    for (let c = 0; c < 256; c++) {
      let member = chars.includes(c);
      if (!member) {
        const s = signed(c);
        for (const [l, r] of ranges) {
          if (l <= s && s <= r) {
            member = true;
            break;
          }
        }
      }
      if (!member) for (const name of classes) if (inClass(name, c)) member = true;
      if (!member && equivs.includes(lowerByte(c))) member = true;
      set[c] = member !== negate ? 1 : 0;
    }
    this.stack.push({ seq: Seq.of(this.nfa, this.nfa.matcher(set)), ast: { k: 'set', set } });
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Executor (libstdc++ _Executor, depth-first mode, POSIX flavour)

const F_NOT_NULL = 1;
const F_CONTINUOUS = 2;
const F_PREV_AVAIL = 4;

// Tasks on the explicit stack (the continuation of the recursive _M_dfs).
const T_CALL = 0;
const T_RESTORE_FIRST = 1;
const T_RESTORE_SUB = 2;
const T_DEC_POS = 3;
const T_ALT_RIGHT = 4;
const T_ALT_DONE = 5;
const T_REP_NEXT = 6;
const T_RESTORE_REP = 7;
const T_DEC_REP = 8;

class Executor {
  private readonly nStates: number;
  private readonly nGroups: number;
  private readonly repPos: Int32Array;
  private readonly repCount: Int32Array;
  // Current captures (first, second, matched) and the best solution's.
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly matched: Uint8Array;
  readonly resFirst: Int32Array;
  readonly resSecond: Int32Array;
  readonly resMatched: Uint8Array;

  constructor(
    private readonly nfa: Nfa,
    private readonly startState: number,
  ) {
    this.nStates = nfa.op.length;
    this.nGroups = nfa.subexprCount;
    this.repPos = new Int32Array(this.nStates);
    this.repCount = new Int32Array(this.nStates);
    this.first = new Int32Array(this.nGroups);
    this.second = new Int32Array(this.nGroups);
    this.matched = new Uint8Array(this.nGroups);
    this.resFirst = new Int32Array(this.nGroups);
    this.resSecond = new Int32Array(this.nGroups);
    this.resMatched = new Uint8Array(this.nGroups);
  }

  /** One run of _M_main from `begin`: exact (regex_match) or prefix (one search position). */
  private run(s: string, begin: number, exact: boolean, flags: number): boolean {
    const { op, next, alt, arg, sets } = this.nfa;
    const end = s.length;
    const { first, second, matched, repPos, repCount } = this;
    // _M_cur_results = _M_results (all unmatched at this point).
    first.fill(-1);
    second.fill(-1);
    matched.fill(0);
    // Repeat counters need no reset: every change is undone when the search unwinds.
    let hasSol = false;
    let solPos = -1;
    let cur = begin;
    const stack: number[] = [this.startState, T_CALL];
    while (stack.length > 0) {
      const task = stack.pop()!;
      switch (task) {
        case T_CALL: {
          const i = stack.pop()!;
          switch (op[i]) {
            case Op.Repeat:
              // Greedy: once more first; the exit only if that found nothing.
              stack.push(i, T_REP_NEXT);
              this.repOnceMore(i, cur, stack);
              break;
            case Op.SubexprBegin: {
              const g = arg[i];
              stack.push(g, first[g], T_RESTORE_FIRST);
              first[g] = cur;
              stack.push(next[i], T_CALL);
              break;
            }
            case Op.SubexprEnd: {
              const g = arg[i];
              stack.push(g, first[g], second[g], matched[g], T_RESTORE_SUB);
              second[g] = cur;
              matched[g] = 1;
              stack.push(next[i], T_CALL);
              break;
            }
            case Op.LineBegin:
              if (cur === begin && !(flags & F_PREV_AVAIL)) stack.push(next[i], T_CALL);
              break;
            case Op.LineEnd:
              if (cur === end) stack.push(next[i], T_CALL);
              break;
            case Op.Match:
              if (cur !== end && sets[arg[i]][s.charCodeAt(cur)] === 1) {
                cur++;
                stack.push(T_DEC_POS);
                stack.push(next[i], T_CALL);
              }
              break;
            case Op.Accept:
              hasSol = exact ? cur === end : true;
              if (cur === begin && flags & F_NOT_NULL) hasSol = false;
              if (hasSol && (solPos === -1 || solPos < cur)) {
                solPos = cur;
                this.resFirst.set(first);
                this.resSecond.set(second);
                this.resMatched.set(matched);
              }
              break;
            case Op.Alternative:
              // POSIX: try both branches; the accept state keeps the longer match.
              stack.push(i, T_ALT_RIGHT);
              stack.push(alt[i], T_CALL);
              break;
            case Op.Dummy:
              stack.push(next[i], T_CALL);
              break;
          }
          break;
        }
        case T_RESTORE_FIRST: {
          const v = stack.pop()!;
          first[stack.pop()!] = v;
          break;
        }
        case T_RESTORE_SUB: {
          const m = stack.pop()!;
          const sec = stack.pop()!;
          const fst = stack.pop()!;
          const g = stack.pop()!;
          first[g] = fst;
          second[g] = sec;
          matched[g] = m;
          break;
        }
        case T_DEC_POS:
          cur--;
          break;
        case T_ALT_RIGHT: {
          const i = stack.pop()!;
          stack.push(hasSol ? 1 : 0, T_ALT_DONE);
          hasSol = false;
          stack.push(next[i], T_CALL);
          break;
        }
        case T_ALT_DONE:
          if (stack.pop()! === 1) hasSol = true;
          break;
        case T_REP_NEXT: {
          const i = stack.pop()!;
          if (!hasSol) stack.push(next[i], T_CALL);
          break;
        }
        case T_RESTORE_REP: {
          const count = stack.pop()!;
          const pos = stack.pop()!;
          const i = stack.pop()!;
          repPos[i] = pos;
          repCount[i] = count;
          break;
        }
        case T_DEC_REP:
          repCount[stack.pop()!]--;
          break;
      }
    }
    return hasSol;
  }

  /** _M_rep_once_more: a repeat may be entered at most twice at one position. */
  private repOnceMore(i: number, cur: number, stack: number[]): void {
    const { repPos, repCount } = this;
    if (repCount[i] === 0 || repPos[i] !== cur) {
      stack.push(i, repPos[i], repCount[i], T_RESTORE_REP);
      repPos[i] = cur;
      repCount[i] = 1;
      stack.push(this.nfa.alt[i], T_CALL);
    } else if (repCount[i] < 2) {
      repCount[i]++;
      stack.push(i, T_DEC_REP);
      stack.push(this.nfa.alt[i], T_CALL);
    }
  }

  /** regex_match: the capture groups (index 0 is the whole match), or null. */
  match(s: string): Array<string | null> | null {
    if (!this.run(s, 0, true, 0)) return null;
    return this.groups(s);
  }

  /** regex_search from `start` (libstdc++ _M_search): the groups' offsets, or false. */
  search(s: string, start: number, flags: number): boolean {
    if (this.run(s, start, false, flags)) return true;
    if (flags & F_CONTINUOUS) return false;
    flags |= F_PREV_AVAIL;
    for (let begin = start + 1; begin <= s.length; begin++) {
      if (this.run(s, begin, false, flags)) return true;
    }
    return false;
  }

  groups(s: string): Array<string | null> {
    const out: Array<string | null> = [];
    for (let g = 0; g < this.nGroups; g++) {
      out.push(this.resMatched[g] ? s.slice(this.resFirst[g], this.resSecond[g]) : null);
    }
    return out;
  }

  /** The matches of std::sregex_iterator: each match's start, end and groups (index 0 included). */
  iterate(s: string): RegexMatch[] {
    const out: RegexMatch[] = [];
    let flags = 0;
    if (!this.search(s, 0, flags)) return out;
    for (;;) {
      const start = this.resFirst[0];
      const end = this.resSecond[0];
      out.push({ start, end, groups: this.groups(s) });
      let from = end;
      if (start === end) {
        if (from === s.length) return out;
        if (this.search(s, from, flags | F_NOT_NULL | F_CONTINUOUS)) continue;
        from++;
      }
      flags |= F_PREV_AVAIL;
      if (!this.search(s, from, flags)) return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Translation to JavaScript, where it is provably equivalent

function nullable(a: Ast): boolean {
  switch (a.k) {
    case 'set':
      return false;
    case 'bol':
    case 'eol':
    case 'empty':
      return true;
    case 'group':
      return nullable(a.body);
    case 'cat':
      return a.items.every(nullable);
    case 'alt':
      return nullable(a.left) || nullable(a.right);
    case 'rep':
      return a.min === 0 || nullable(a.body);
  }
}

function firstSet(a: Ast, out: ByteSet): void {
  switch (a.k) {
    case 'set':
      for (let c = 0; c < 256; c++) if (a.set[c]) out[c] = 1;
      return;
    case 'group':
      return firstSet(a.body, out);
    case 'cat':
      for (const item of a.items) {
        firstSet(item, out);
        if (!nullable(item)) return;
      }
      return;
    case 'alt':
      firstSet(a.left, out);
      firstSet(a.right, out);
      return;
    case 'rep':
      if (a.max !== 0) firstSet(a.body, out);
      return;
    default:
      return;
  }
}

function hasGroup(a: Ast): boolean {
  switch (a.k) {
    case 'group':
      return true;
    case 'cat':
      return a.items.some(hasGroup);
    case 'alt':
      return hasGroup(a.left) || hasGroup(a.right);
    case 'rep':
      return hasGroup(a.body);
    default:
      return false;
  }
}

/** Whether a JS RegExp gives libstdc++'s result; `search` adds the conditions for split. */
function jsSafe(a: Ast, search: boolean): boolean {
  switch (a.k) {
    case 'group':
      return jsSafe(a.body, search);
    case 'cat':
      return a.items.every((item) => jsSafe(item, search));
    case 'alt': {
      if (!jsSafe(a.left, search) || !jsSafe(a.right, search)) return false;
      if (!search) return true;
      if (nullable(a.left) || nullable(a.right)) return false;
      const l = emptySet();
      const r = emptySet();
      firstSet(a.left, l);
      firstSet(a.right, r);
      for (let c = 0; c < 256; c++) if (l[c] && r[c]) return false;
      return true;
    }
    case 'rep':
      if (hasGroup(a.body)) {
        // JS resets captures inside a repetition at each iteration and refuses empty iterations;
        // both are invisible only for a non-empty group that is the whole repeated atom.
        if (a.body.k !== 'group' || hasGroup(a.body.body) || nullable(a.body)) return false;
      }
      return jsSafe(a.body, search);
    default:
      return true;
  }
}

function hex(c: number): string {
  return '\\x' + (c < 16 ? '0' : '') + c.toString(16);
}

function setToJs(set: ByteSet): string {
  let count = 0;
  let only = -1;
  for (let c = 0; c < 256; c++) {
    if (set[c]) {
      count++;
      only = c;
    }
  }
  if (count === 0) return '(?!)';
  if (count === 1)
    return /[A-Za-z0-9]/.test(String.fromCharCode(only)) ? String.fromCharCode(only) : hex(only);
  if (count === 256) return '[\\s\\S]';
  let out = '[';
  for (let c = 0; c < 256; c++) {
    if (!set[c]) continue;
    let d = c;
    while (d + 1 < 256 && set[d + 1]) d++;
    out += d === c ? hex(c) : d === c + 1 ? hex(c) + hex(d) : hex(c) + '-' + hex(d);
    c = d;
  }
  return out + ']';
}

function toJs(a: Ast): string {
  switch (a.k) {
    case 'set':
      return setToJs(a.set);
    case 'bol':
      return '^';
    case 'eol':
      return '$';
    case 'empty':
      return '';
    case 'group':
      return '(' + toJs(a.body) + ')';
    case 'cat':
      return a.items.map((item) => (item.k === 'alt' ? '(?:' + toJs(item) + ')' : toJs(item))).join('');
    case 'alt':
      return toJs(a.left) + '|' + toJs(a.right);
    case 'rep': {
      const body = a.body.k === 'set' || a.body.k === 'group' ? toJs(a.body) : '(?:' + toJs(a.body) + ')';
      const q =
        a.min === 0 && a.max === -1
          ? '*'
          : a.min === 1 && a.max === -1
            ? '+'
            : a.min === 0 && a.max === 1
              ? '?'
              : a.max === -1
                ? `{${a.min},}`
                : `{${a.min},${a.max}}`;
      // An assertion or empty body cannot take a JS quantifier directly.
      return (
        (a.body.k === 'bol' || a.body.k === 'eol' || a.body.k === 'empty' ? '(?:' + body + ')' : body) + q
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The compiled regular expression

export class CompiledRegex {
  private readonly executor: Executor;
  private matchRe: RegExp | null | undefined;
  private splitRe: RegExp | null | undefined;
  private readonly ast: Ast;
  readonly groupCount: number;

  constructor(source: string) {
    const compiler = new Compiler(source);
    this.executor = new Executor(compiler.nfa, compiler.start);
    this.ast = compiler.ast;
    this.groupCount = compiler.nfa.subexprCount - 1;
  }

  private jsMatch(): RegExp | null {
    if (this.matchRe === undefined)
      this.matchRe = jsSafe(this.ast, false) ? new RegExp('^(?:' + toJs(this.ast) + ')$') : null;
    return this.matchRe;
  }

  private jsSplit(): RegExp | null {
    if (this.splitRe === undefined) {
      this.splitRe = !nullable(this.ast) && jsSafe(this.ast, true) ? new RegExp(toJs(this.ast), 'g') : null;
    }
    return this.splitRe;
  }

  /** `regex_match`: null, or the capture groups (null where a group did not participate). */
  match(s: string): Array<string | null> | null {
    const re = this.jsMatch();
    if (re !== null) {
      const m = re.exec(s);
      if (m === null) return null;
      const out: Array<string | null> = new Array(this.groupCount);
      for (let i = 0; i < this.groupCount; i++) out[i] = m[i + 1] ?? null;
      return out;
    }
    const groups = this.executor.match(s);
    return groups === null ? null : groups.slice(1);
  }

  /** The successive matches of `std::sregex_iterator`: start, end and capture groups. */
  matches(s: string): RegexMatch[] {
    const re = this.jsSplit();
    if (re === null) return this.matchesSlow(s);
    const out: RegexMatch[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const groups: Array<string | null> = new Array(this.groupCount);
      for (let i = 0; i < this.groupCount; i++) groups[i] = m[i + 1] ?? null;
      out.push({ start: m.index, end: m.index + m[0].length, groups });
    }
    return out;
  }

  /** For tests: whether `match`/`split` use a JavaScript RegExp. */
  get usesJs(): { match: boolean; split: boolean } {
    return { match: this.jsMatch() !== null, split: this.jsSplit() !== null };
  }

  /** For tests: the interpreter's answer, bypassing the JavaScript translation. */
  matchSlow(s: string): Array<string | null> | null {
    const groups = this.executor.match(s);
    return groups === null ? null : groups.slice(1);
  }
  matchesSlow(s: string): RegexMatch[] {
    return this.executor.iterate(s).map((m) => ({ start: m.start, end: m.end, groups: m.groups.slice(1) }));
  }
}
