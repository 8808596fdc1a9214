/**
 * The option path under the cursor in a module file, for the editor's hover: in
 *
 *     { host, ... }: { services.openssh = { enable = true; ports = [ 22 ]; }; }
 *
 * `openssh` is `services.openssh` and `ports` is `services.openssh.ports`; so is `ports` in
 * `config.services.openssh.ports` anywhere in the file. The text is scanned with the Nix lexer
 * (so strings, comments and `${…}` are read exactly as Nix reads them) and the nesting of
 * attribute sets is followed token by token: no parse is needed, so a half-typed file works
 * too. An attribute set in a binding's value (`= mkIf cond { … }`, `= mkMerge [ { … } ]`)
 * continues the binding's path; `let` bindings, function arguments and the arguments of
 * `mkOption { … }` are not options. A leading
 * `config.` (the `options`/`config` form of a module) and `options.` are dropped.
 */

import type { Token } from '$lib/nix';
import { isChar, tokens } from './nix-tokens';

export interface OptionPathHit {
  path: string[];
  /** The hovered name's offsets in the text. */
  start: number;
  end: number;
}

interface NameToken {
  name: string | null;
  start: number;
  end: number;
}

interface Frame {
  kind: 'attrs' | 'let' | 'group' | 'interpolation';
  /** The path of the bindings directly inside (attrs, let), or of a nested set (group); null: not options. */
  prefix: string[] | null;
  expectName: boolean;
  names: NameToken[];
  /** In a binding's value: the binding's full path (null when unknown or not an option). */
  valuePath: string[] | null;
  inherit: boolean;
  /** The token that closes a group: `)` or `]`. */
  close?: string;
}

function normalise(path: string[]): string[] {
  if (path[0] === 'config' || path[0] === 'options') return path.slice(1);
  return path;
}

const inside = (offset: number, t: { start: number; end: number }) => offset >= t.start && offset <= t.end;

/** The option path of the attribute name at `offset` (a UTF-16 offset into `text`), if any. */
export function optionPathAt(text: string, offset: number): OptionPathHit | null {
  const list = tokens(text);
  const selected = selectChainAt(list, offset);
  if (selected) return selected;
  const root: Frame = {
    kind: 'group',
    prefix: [],
    expectName: false,
    names: [],
    valuePath: [],
    inherit: false,
  };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1];
  const push = (kind: Frame['kind'], prefix: string[] | null, close?: string) =>
    stack.push({
      kind,
      prefix,
      expectName: kind === 'attrs' || kind === 'let',
      names: [],
      valuePath: prefix,
      inherit: false,
      close,
    });
  /** The context a nested set opens in, from the frame it is opened in. */
  const context = (frame: Frame): string[] | null => frame.valuePath;

  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    const frame = top();
    const binding = frame.kind === 'attrs' || frame.kind === 'let';
    if (binding && frame.expectName && !frame.inherit) {
      if (token.type === 'ID' || token.type === 'or') {
        frame.names.push({ name: token.value || 'or', start: token.start, end: token.end });
        continue;
      }
      if (token.type === 'QUOTE') {
        // A quoted name: literal text, or unknown if it interpolates.
        let name = '';
        let known = true;
        let depth = 0;
        const start = token.start;
        let end = token.end;
        for (i++; i < list.length; i++) {
          const t = list[i];
          end = t.end;
          if (depth === 0 && t.type === 'QUOTE') break;
          if (t.type === 'DOLLAR_CURLY' || isChar(t, '{')) {
            depth++;
            known = false;
          } else if (isChar(t, '}')) depth--;
          else if (depth === 0 && t.type === 'STR') name += t.value;
        }
        frame.names.push({ name: known ? name : null, start, end });
        continue;
      }
      if (isChar(token, '.')) continue;
      if (token.type === 'DOLLAR_CURLY') {
        frame.names.push({ name: null, start: token.start, end: token.end });
        push('interpolation', null);
        continue;
      }
      if (isChar(token, '=')) {
        const names = frame.names;
        const known = frame.prefix !== null && names.every((n) => n.name !== null);
        const full = known ? [...frame.prefix!, ...names.map((n) => n.name!)] : null;
        if (full) {
          for (let k = 0; k < names.length; k++) {
            if (inside(offset, names[k])) {
              const path = normalise(full.slice(0, frame.prefix!.length + k + 1));
              if (path.length > 0) return { path, start: names[k].start, end: names[k].end };
            }
          }
        }
        frame.expectName = false;
        frame.valuePath = full ? normalise(full) : null;
        frame.names = [];
        continue;
      }
      if (token.type === 'inherit') {
        frame.inherit = true;
        continue;
      }
      if (isChar(token, '}') && frame.kind === 'attrs') {
        stack.pop();
        continue;
      }
      if (token.type === 'in' && frame.kind === 'let') {
        stack.pop();
        continue;
      }
      // Anything else (`,`, `?`, `...`: function arguments): not a binding; read it as a value.
      frame.expectName = false;
      frame.valuePath = null;
      frame.names = [];
    }
    if (binding && isChar(token, ';')) {
      frame.expectName = true;
      frame.inherit = false;
      frame.valuePath = null;
      continue;
    }
    if (token.type === 'in' && frame.kind === 'let') {
      stack.pop();
      continue;
    }
    if (isChar(token, '{')) {
      // `mkOption { type = …; }`: the arguments of an option declaration are not options.
      const previous = list[i - 1];
      const declaration = previous?.type === 'ID' && /^mk\w*Option$/.test(previous.value);
      push('attrs', frame.inherit || declaration ? null : context(frame));
      continue;
    }
    if (token.type === 'DOLLAR_CURLY') {
      push('interpolation', null);
      continue;
    }
    if (isChar(token, '(') || isChar(token, '[')) {
      push('group', frame.inherit ? null : context(frame), token.value === '(' ? ')' : ']');
      continue;
    }
    if (token.type === 'let') {
      push('let', null);
      continue;
    }
    if (isChar(token, '}')) {
      // Closes the innermost set or interpolation (and whatever was left open inside it).
      while (stack.length > 1 && top().kind !== 'attrs' && top().kind !== 'interpolation') stack.pop();
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (token.type === 'CHAR' && (token.value === ')' || token.value === ']')) {
      const index = stack.findLastIndex((f) => f.kind === 'group' && f.close === token.value);
      if (index > 0) stack.length = index;
    }
  }
  return null;
}

/** `config.a.b.c` with the cursor on one of `a`, `b`, `c`: the path up to that name. */
function selectChainAt(list: Token[], offset: number): OptionPathHit | null {
  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    if (token.type !== 'ID' || token.value !== 'config' || (i > 0 && isChar(list[i - 1], '.'))) continue;
    const names: Token[] = [];
    let j = i + 1;
    while (j + 1 < list.length && isChar(list[j], '.') && list[j + 1].type === 'ID') {
      names.push(list[j + 1]);
      j += 2;
    }
    // A binding (`config.a = …`) is read by the binding scan, with its enclosing sets.
    if (j < list.length && isChar(list[j], '=')) continue;
    for (let k = 0; k < names.length; k++) {
      if (inside(offset, names[k]))
        return { path: names.slice(0, k + 1).map((n) => n.value), start: names[k].start, end: names[k].end };
    }
    i = j - 1;
  }
  return null;
}
