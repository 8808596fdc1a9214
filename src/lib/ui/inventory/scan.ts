/**
 * Where the cursor is in an inventory file or a meta.nix, as the editor's completion, hover and
 * navigation need it: in
 *
 *     { nas = { roles = [ "server" ]; networks.lan.address = "10.0.0.5"; }; }
 *
 * `"server"` is a string in the list that is the value of `nas.roles`, `lan` is an attribute name
 * at `nas.networks.lan`, and a cursor after `{ nas = { ` is where an attribute of `nas` starts.
 * Like the option path of the hover (option-path.ts), the text is read with the Nix lexer and the
 * nesting of sets and lists is followed token by token, so a half-typed file works too: these
 * files are data, and a parse would fail on exactly the text being typed. `let` bindings and
 * function arguments are not attributes of the file's value; a set inside a list (or a function
 * call) has no known path.
 */

import type { Token } from '$lib/nix';
import { isChar, tokens } from '../nix-tokens';

/** A string literal: its value (null when it interpolates) and where its contents are. */
export interface StringSite {
  kind: 'string';
  /** The attribute path whose value holds the string (null: unknown). */
  path: string[] | null;
  /** Directly an element of a list (`roles = [ "server" ]`), not the value itself (`class = "nixos"`). */
  inList: boolean;
  value: string | null;
  /** The offsets of its contents, between the quotes. */
  start: number;
  end: number;
}

/** An attribute name: its full path, the name included (`networks.lan` → [..., "networks", "lan"]). */
export interface NameSite {
  kind: 'name';
  path: string[];
  start: number;
  end: number;
}

export type Site = StringSite | NameSite;

/** What the cursor is in. */
export type CursorContext =
  | { kind: 'string'; site: StringSite }
  /** Where an attribute name is written: of the set at `path`, `prefix` typed so far. */
  | { kind: 'attribute'; path: string[]; bound: string[]; prefix: string; start: number; end: number }
  /** Between the elements of the list that is the value of `path` (not in a string). */
  | { kind: 'list'; path: string[]; start: number; end: number };

interface Frame {
  kind: 'attrs' | 'let' | 'list' | 'group' | 'interpolation';
  /** attrs: the path of the bindings directly inside; list, group: the path of the value. */
  prefix: string[] | null;
  expectName: boolean;
  names: Array<{ name: string | null; start: number; end: number }>;
  /** In a binding's value: the binding's full path. */
  valuePath: string[] | null;
  /** The first names of the bindings written so far (attrs). */
  bound: string[];
  inherit: boolean;
  close?: string;
}

/** The string starting at the QUOTE `list[i]`: its site (path to fill in) and the index of its closing QUOTE. */
function readString(list: Token[], i: number, textLength: number): { site: StringSite; last: number } {
  const open = list[i];
  let value = '';
  let known = true;
  let depth = 0;
  let j = i + 1;
  let end = textLength;
  for (; j < list.length; j++) {
    const t = list[j];
    if (depth === 0 && t.type === 'QUOTE') {
      end = t.start;
      break;
    }
    if (t.type === 'DOLLAR_CURLY' || isChar(t, '{')) {
      depth++;
      known = false;
    } else if (isChar(t, '}')) depth--;
    else if (depth === 0 && t.type === 'STR') value += t.value;
    end = t.end;
  }
  if (j === list.length && j === i + 1) end = open.end;
  return {
    site: { kind: 'string', path: null, inList: false, value: known ? value : null, start: open.end, end },
    last: Math.min(j, list.length - 1),
  };
}

/**
 * Reads the file token by token; `visit` sees every site, and `stopAt` (an offset) ends the walk
 * at the cursor with the context there.
 */
function walk(text: string, visit: (site: Site) => void, stopAt?: number): CursorContext | null {
  const list = tokens(text);
  const root: Frame = {
    kind: 'group',
    prefix: [],
    expectName: false,
    names: [],
    valuePath: [],
    bound: [],
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
      valuePath: kind === 'attrs' || kind === 'let' ? null : prefix,
      bound: [],
      inherit: false,
      close,
    });
  const namePath = (frame: Frame): string[] | null =>
    frame.prefix !== null && frame.names.every((n) => n.name !== null)
      ? [...frame.prefix, ...frame.names.map((n) => n.name!)]
      : null;

  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    const frame = top();
    const binding = frame.kind === 'attrs' || frame.kind === 'let';
    const naming = binding && frame.expectName && !frame.inherit;

    if (stopAt !== undefined) {
      if (naming && frame.kind === 'attrs' && frame.prefix !== null) {
        const afterDot = frame.names.length === 0 || isChar(list[i - 1], '.');
        const path = namePath(frame);
        if (path && afterDot) {
          if (token.type === 'ID' && token.start < stopAt && stopAt <= token.end)
            return {
              kind: 'attribute',
              path,
              bound: frame.bound,
              prefix: text.slice(token.start, stopAt),
              start: token.start,
              end: token.end,
            };
          if (token.start >= stopAt)
            return { kind: 'attribute', path, bound: frame.bound, prefix: '', start: stopAt, end: stopAt };
        }
      }
      if (token.start >= stopAt) {
        if (frame.kind === 'list' && frame.prefix !== null)
          return { kind: 'list', path: frame.prefix, start: stopAt, end: stopAt };
        return null;
      }
    }

    if (token.type === 'QUOTE') {
      const { site, last } = readString(list, i, text.length);
      const asName = naming;
      if (!asName) {
        site.path = frame.kind === 'attrs' ? frame.valuePath : frame.prefix;
        site.inList = frame.kind === 'list';
        if (frame.kind === 'let' || frame.kind === 'interpolation') site.path = null;
        if (stopAt !== undefined && site.start <= stopAt && stopAt <= site.end)
          return { kind: 'string', site };
        visit(site);
      } else {
        frame.names.push({ name: site.value, start: token.start, end: list[last].end });
        const path = namePath(frame);
        if (path && frame.kind === 'attrs') visit({ kind: 'name', path, start: site.start, end: site.end });
      }
      i = last;
      continue;
    }

    if (naming) {
      if (token.type === 'ID' || token.type === 'or') {
        frame.names.push({ name: token.value || 'or', start: token.start, end: token.end });
        const path = namePath(frame);
        if (path && frame.kind === 'attrs') visit({ kind: 'name', path, start: token.start, end: token.end });
        continue;
      }
      if (isChar(token, '.')) continue;
      if (token.type === 'DOLLAR_CURLY') {
        frame.names.push({ name: null, start: token.start, end: token.end });
        push('interpolation', null);
        continue;
      }
      if (isChar(token, '=')) {
        const first = frame.names[0]?.name;
        if (first) frame.bound.push(first);
        frame.expectName = false;
        frame.valuePath = frame.kind === 'attrs' ? namePath(frame) : null;
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
    const context = frame.kind === 'attrs' ? frame.valuePath : frame.kind === 'group' ? frame.prefix : null;
    if (isChar(token, '{')) {
      push('attrs', frame.inherit ? null : context);
      continue;
    }
    if (token.type === 'DOLLAR_CURLY') {
      push('interpolation', null);
      continue;
    }
    if (isChar(token, '(')) {
      push('group', frame.inherit ? null : context, ')');
      continue;
    }
    if (isChar(token, '[')) {
      push('list', frame.inherit ? null : context, ']');
      continue;
    }
    if (token.type === 'let') {
      push('let', null);
      continue;
    }
    if (isChar(token, '}')) {
      while (stack.length > 1 && top().kind !== 'attrs' && top().kind !== 'interpolation') stack.pop();
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (isChar(token, ')') || isChar(token, ']')) {
      const index = stack.findLastIndex(
        (f) => (f.kind === 'group' || f.kind === 'list') && f.close === token.value,
      );
      if (index > 0) stack.length = index;
      continue;
    }
    // A value that is neither a string nor a set (a number, a name, a call): a binding's value
    // continues until `;`, and an attrs frame holding a call's result is no longer known.
    if (frame.kind === 'attrs' && !frame.expectName && token.type === 'ID') frame.valuePath = null;
  }
  if (stopAt !== undefined) {
    const frame = top();
    if (frame.kind === 'attrs' && frame.expectName && !frame.inherit && frame.prefix !== null) {
      const afterDot = frame.names.length === 0 || isChar(list[list.length - 1], '.');
      const path = namePath(frame);
      if (path && afterDot)
        return { kind: 'attribute', path, bound: frame.bound, prefix: '', start: stopAt, end: stopAt };
    }
    if (frame.kind === 'list' && frame.prefix !== null)
      return { kind: 'list', path: frame.prefix, start: stopAt, end: stopAt };
  }
  return null;
}

/** The context at `offset` (UTF-16) of `text`. */
export function cursorContext(text: string, offset: number): CursorContext | null {
  return walk(text, () => undefined, offset);
}

/** Every string and attribute name of `text`, with their paths. */
export function sitesOf(text: string): Site[] {
  const sites: Site[] = [];
  walk(text, (site) => sites.push(site));
  return sites;
}

/** The site at `offset`: a string whose contents hold it, or an attribute name it touches. */
export function siteAt(text: string, offset: number): Site | null {
  for (const site of sitesOf(text)) if (site.start <= offset && offset <= site.end) return site;
  return null;
}
