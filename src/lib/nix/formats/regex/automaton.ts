/**
 * The automaton libstdc++ builds for a pattern (its _NFA: a table of states), and the executor
 * that runs it: libstdc++'s _Executor in depth-first mode with the POSIX flavour, state for state.
 *
 * The executor is the interpreter behind every match the JavaScript translation cannot take (see
 * ../regex.ts for the semantics it reproduces). It is a loop over an explicit stack of tasks
 * instead of recursion, so a search's depth is not bounded by the call stack; each task is the
 * continuation of one step of the recursive _M_dfs. `Op` lives with the executor because its
 * `switch` over the opcodes is the hot loop, and when files are compiled one by one (vite,
 * vitest) a const enum is inlined only in its own module.
 */

import type { ByteSet } from './character-classes';
import { regexError } from './syntax-error';

/** One match of a search: its offsets and capture groups (null where a group took no part). */
export interface RegexMatch {
  start: number;
  end: number;
  groups: Array<string | null>;
}

export const enum Op {
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

export class Nfa {
  /** The pattern, which the state limit's error names. */
  constructor(private readonly source: string) {}

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
    if (this.op.length > STATE_LIMIT) throw regexError(this.source, true);
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

export class Executor {
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
