/**
 * String builtins. Strings are byte strings (see bytes.ts), so lengths and offsets are in bytes as
 * in Nix. Context flows through: `substring 0 0 s` keeps `s`'s context, `replaceStrings` adds the
 * context of each replacement that was used, `concatStringsSep` the context of every part.
 */

import { evalError } from '../errors/nix-error';
import { forceInt, forceList, forceString, forceStringValue } from '../eval/force';
import { parentDirectory } from '../syntax/paths';
import { force, makeString, NixPath, NixString, type Lazy, type SourcePos } from '../eval/values';
import type { BuiltinSet } from './registry';

export function register(set: BuiltinSet): void {
  const coercer = set.state.coercer;
  const coerce = (
    x: Lazy,
    pos: SourcePos | null,
    context: Set<string>,
    frame: string,
    coerceMore = false,
    copyToStore = true,
  ) => coercer.coerce(x, pos, { coerceMore, copyToStore }, context, frame);

  set.fn('toString', 1, ([x], call) => {
    const context = new Set<string>();
    const text = coerce(
      x,
      call.pos,
      context,
      'while evaluating the first argument passed to builtins.toString',
      true,
      false,
    );
    return makeString(text, context);
  });
  set.fn('stringLength', 1, ([x], call) => {
    const context = new Set<string>();
    return coerce(x, call.pos, context, 'while evaluating the argument passed to builtins.stringLength')
      .length;
  });
  set.fn('substring', 3, ([startArg, lengthArg, x], call) => {
    const start = forceInt(
      startArg,
      call.pos,
      'while evaluating the first argument (the start offset) passed to builtins.substring',
    );
    const length = forceInt(
      lengthArg,
      call.pos,
      'while evaluating the second argument (the substring length) passed to builtins.substring',
    );
    // Nix checks the start before looking at the string, even for an empty substring.
    if (start < 0) throw evalError('invalid-argument', "negative start position in 'substring'", null);
    if (length === 0) {
      const value = force(x, call.pos);
      if (typeof value === 'string') return '';
      if (value instanceof NixString) return new NixString('', value.context);
    }
    const context = new Set<string>();
    const text = coerce(
      x,
      call.pos,
      context,
      'while evaluating the third argument (the string) passed to builtins.substring',
    );
    const from = Number(start);
    const result =
      from >= text.length ? '' : length < 0 ? text.slice(from) : text.slice(from, from + Number(length));
    return makeString(result, context);
  });
  set.fn('concatStringsSep', 2, ([sepArg, l], call) => {
    const context = new Set<string>();
    const sepValue = forceStringValue(
      sepArg,
      call.pos,
      'while evaluating the first argument (the separator string) passed to builtins.concatStringsSep',
    );
    let sep: string;
    if (typeof sepValue === 'string') sep = sepValue;
    else {
      sep = sepValue.value;
      for (const c of sepValue.context) context.add(c);
    }
    const parts = forceList(
      l,
      call.pos,
      'while evaluating the second argument (the list of strings to concat) passed to builtins.concatStringsSep',
    );
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) out += sep;
      out += coerce(
        parts[i],
        call.pos,
        context,
        'while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep',
      );
    }
    return makeString(out, context);
  });
  set.fn('replaceStrings', 3, ([fromArg, toArg, sArg], call) => {
    const fromList = forceList(
      fromArg,
      call.pos,
      'while evaluating the first argument passed to builtins.replaceStrings',
    );
    const toList = forceList(
      toArg,
      call.pos,
      'while evaluating the second argument passed to builtins.replaceStrings',
    );
    if (fromList.length !== toList.length) {
      throw evalError(
        'invalid-argument',
        "'from' and 'to' arguments passed to builtins.replaceStrings have different lengths",
        null,
      );
    }
    const from = fromList.map((f) =>
      forceString(
        f,
        call.pos,
        'while evaluating one of the strings to replace passed to builtins.replaceStrings',
      ),
    );
    const to: Array<{ text: string; context: ReadonlySet<string> | null } | null> = toList.map(() => null);
    const context = new Set<string>();
    const sValue = forceStringValue(
      sArg,
      call.pos,
      'while evaluating the third argument passed to builtins.replaceStrings',
    );
    const s = typeof sValue === 'string' ? sValue : sValue.value;
    if (sValue instanceof NixString) for (const c of sValue.context) context.add(c);
    const replacement = (j: number) => {
      let r = to[j];
      if (r === null) {
        const v = forceStringValue(
          toList[j],
          call.pos,
          'while evaluating one of the replacement strings passed to builtins.replaceStrings',
        );
        r = to[j] =
          typeof v === 'string' ? { text: v, context: null } : { text: v.value, context: v.context };
      }
      if (r.context) for (const c of r.context) context.add(c);
      return r.text;
    };
    // Patterns by first byte, so most positions are passed over with one Map lookup.
    const byFirst = new Map<string, number[]>();
    let hasEmpty = false;
    from.forEach((pattern, j) => {
      if (pattern === '') {
        hasEmpty = true;
        return;
      }
      const list = byFirst.get(pattern[0]);
      if (list) list.push(j);
      else byFirst.set(pattern[0], [j]);
    });
    const parts: string[] = [];
    let runStart = 0;
    for (let p = 0; p <= s.length;) {
      let found = -1;
      const candidates = p < s.length ? byFirst.get(s[p]) : undefined;
      if (candidates !== undefined || hasEmpty) {
        for (let j = 0; j < from.length; j++) {
          if (s.startsWith(from[j], p)) {
            found = j;
            break;
          }
        }
      }
      if (found < 0) {
        p++;
        continue;
      }
      parts.push(s.slice(runStart, p), replacement(found));
      if (from[found].length === 0) {
        if (p < s.length) parts.push(s[p]);
        p++;
      } else p += from[found].length;
      runStart = p;
    }
    if (runStart < s.length) parts.push(s.slice(runStart));
    const out = parts.join('');
    return makeString(out, context);
  });
  set.fn('baseNameOf', 1, ([x], call) => {
    const context = new Set<string>();
    let text = coerce(
      x,
      call.pos,
      context,
      'while evaluating the first argument passed to builtins.baseNameOf',
      false,
      false,
    );
    if (text.endsWith('/')) text = text.slice(0, -1);
    return makeString(text.slice(text.lastIndexOf('/') + 1), context);
  });
  set.fn('dirOf', 1, ([x], call) => {
    const value = force(x, call.pos);
    if (value instanceof NixPath) return new NixPath(parentDirectory(value.path));
    const context = new Set<string>();
    const text = coerce(
      value,
      call.pos,
      context,
      'while evaluating the first argument passed to builtins.dirOf',
      false,
      false,
    );
    const slash = text.lastIndexOf('/');
    const dir = slash < 0 ? '.' : slash === 0 ? '/' : text.slice(0, slash);
    return makeString(dir, context);
  });
}
