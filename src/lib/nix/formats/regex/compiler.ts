/**
 * The pattern compiler, libstdc++'s _Compiler: a recursive descent over the scanner's tokens that
 * builds the automaton (automaton.ts) and, alongside it, a syntax tree for the JavaScript
 * translation (to-javascript.ts).
 *
 * It builds the very states libstdc++ builds, in the same order, including the copies an interval
 * `{n,m}` makes of its operand (`Seq.clone`), so the state count and with it the "memory limit
 * exceeded" error match Nix's. Bracket expressions follow libstdc++'s _BracketState: a `-` may
 * only start or end a bracket or follow a complete range endpoint, and ranges compare bytes as
 * signed chars.
 */

import { Nfa, Op } from './automaton';
import {
  CLASS_NAMES,
  emptySet,
  inClass,
  lookupCollateName,
  lowerByte,
  signed,
  type ByteSet,
} from './character-classes';
import { Scanner, Tok } from './scanner';
import { regexError } from './syntax-error';

/** The pattern's structure, for the JavaScript translation. */
export type Ast =
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

export class Compiler {
  private readonly scanner: Scanner;
  private readonly stack: Frag[] = [];
  readonly nfa: Nfa;
  readonly ast: Ast;
  start: number;

  constructor(private readonly source: string) {
    this.scanner = new Scanner(source);
    this.nfa = new Nfa(source);
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
    throw regexError(this.source, false);
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
