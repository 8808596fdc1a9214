/**
 * `builtins.match` and `builtins.split`: POSIX extended regular expressions over byte strings,
 * with libstdc++'s semantics (see ../formats/regex.ts for what that means and how it is done).
 *
 * As in Nix, the pattern is compiled (and cached) before the subject string is forced, results
 * carry no string context, a group that did not take part is `null`, and `split` with no match
 * returns a list holding the original string value itself (context included).
 */

import { evalError, isNixError } from '../errors/nix-error';
import { forceString, forceStringNoContext } from '../eval/force';
import type { Lazy, SourcePos } from '../eval/values';
import { CompiledRegex } from '../formats/regex';
import type { BuiltinSet } from './registry';

/** Compiled patterns, and for the invalid ones their error's message: one cache per evaluator. */
type RegexCache = Map<string, CompiledRegex | string>;

/** Compiles (once per evaluator) a regular expression, failing as Nix does for an invalid one. */
function compileRegex(cache: RegexCache, source: string, pos: SourcePos | null): CompiledRegex {
  let compiled = cache.get(source);
  if (compiled === undefined) {
    try {
      compiled = new CompiledRegex(source);
    } catch (error) {
      if (!isNixError(error, 'regex')) throw error;
      compiled = error.message;
    }
    cache.set(source, compiled);
  }
  // A new error each time: an error collects the frames of its own way out.
  if (typeof compiled === 'string') throw evalError('regex', compiled, pos);
  return compiled;
}

export function register(set: BuiltinSet): void {
  const cache: RegexCache = new Map();
  set.fn('match', 2, ([re, str], call) => {
    const source = forceStringNoContext(
      re,
      call.pos,
      'while evaluating the first argument passed to builtins.match',
    );
    const regex = compileRegex(cache, source, call.pos);
    const subject = forceString(
      str,
      call.pos,
      'while evaluating the second argument passed to builtins.match',
    );
    return regex.match(subject);
  });

  set.fn('split', 2, ([re, str], call) => {
    const source = forceStringNoContext(
      re,
      call.pos,
      'while evaluating the first argument passed to builtins.split',
    );
    const regex = compileRegex(cache, source, call.pos);
    const subject = forceString(
      str,
      call.pos,
      'while evaluating the second argument passed to builtins.split',
    );
    const matches = regex.matches(subject);
    if (matches.length === 0) return [str];
    const out: Lazy[] = [];
    let previous = 0;
    for (const m of matches) {
      out.push(subject.slice(previous, m.start));
      out.push(m.groups);
      previous = m.end;
    }
    out.push(subject.slice(previous));
    return out;
  });
}
