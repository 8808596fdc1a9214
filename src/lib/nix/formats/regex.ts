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
 * `Executor` (regex/automaton.ts) reproduces that algorithm state for state (with an explicit
 * stack instead of recursion). Because it is an interpreter, patterns on which a JavaScript RegExp provably behaves
 * the same are translated to one instead (`jsSafe…`): any pattern for `match`, unless a repetition
 * contains a capture group whose value JS would reset or compute differently; for `split`
 * additionally the pattern must not match the empty string and every alternation's branches must
 * start with disjoint bytes (so at most one branch can match, and "longest" cannot differ from
 * "first"). Everything else runs on the executor.
 *
 * The engine lives in regex/: scanner.ts (tokens), compiler.ts (automaton and syntax tree),
 * character-classes.ts (byte sets and the names brackets use), automaton.ts (the automaton and its
 * executor), to-javascript.ts (the translation) and syntax-error.ts. This module is its entry.
 */

import { Executor, type RegexMatch } from './regex/automaton';
import { Compiler, type Ast } from './regex/compiler';
import { jsSafe, nullable, toJs } from './regex/to-javascript';

export type { RegexMatch } from './regex/automaton';
export { regexError, type RegexError } from './regex/syntax-error';

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
