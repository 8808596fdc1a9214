/**
 * Diagnostics about a name in a list point at the name. The library can only position an
 * attribute (`builtins.unsafeGetAttrPos`), so `unknown-role` for `roles = [ "server" "sever" ];`
 * arrives at `roles`; here, with the file's syntax tree, it moves to `sever` itself — the
 * editor's squiggle, the Problems panel and `arbor check` then show the word that is wrong. The
 * same for `networks.lna.address = …` (at `lna`). A diagnostic whose name is not found inside
 * that attribute's value keeps the library's position.
 */

import type { ParsedFile } from '$lib/nix';
import type { Diagnostic } from './types';

/** Messages that name the offending value: `host box refers to role "sever", which …`. */
const NAMED = /refers to (?:role|user|dendrite|fruit|home|network) "([^"]*)"/;

type Node = { [key: string]: unknown };

/** The byte offset of a 1-based line and (byte) column, with Nix's line breaks. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const lf = text.indexOf('\n', offset);
    const cr = text.indexOf('\r', offset);
    if (lf < 0 && cr < 0) return -1;
    if (cr >= 0 && (lf < 0 || cr < lf)) offset = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    else offset = lf + 1;
  }
  return offset + column - 1;
}

/** Calls `visit` on every attribute definition of the tree, with its name. */
function eachAttribute(node: unknown, visit: (name: string, def: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (node instanceof Map) {
    for (const [name, def] of node) {
      visit(String(name), def as Node);
      eachAttribute(def, visit);
    }
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) eachAttribute(item, visit);
    return;
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'source') eachAttribute(value, visit);
}

/** Where `name` is written inside `tree`: a string literal (inside its quote) or an attribute name. */
function findName(tree: unknown, name: string): number | null {
  let found: number | null = null;
  const search = (node: unknown): void => {
    if (found !== null || node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (n.kind === 'string' && n.value === name && typeof n.start === 'number') {
      found = n.start + 1;
      return;
    }
    if (node instanceof Map) {
      for (const [key, def] of node) {
        if (String(key) === name && typeof (def as Node).pos === 'number') {
          found = (def as Node).pos as number;
          return;
        }
        search(def);
      }
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'source') search(value);
  };
  search(tree);
  return found;
}

export function pointAtNamedValue(diagnostic: Diagnostic, parsed: ParsedFile | undefined): Diagnostic {
  const name = NAMED.exec(diagnostic.message)?.[1];
  if (name === undefined || !parsed) return diagnostic;
  const source = parsed.source;
  const at = offsetOf(source.text, diagnostic.line, diagnostic.column);
  let value: unknown = null;
  eachAttribute(parsed.expr, (_, def) => {
    if (value === null && def.pos === at) value = def.value;
  });
  let offset = value === null ? null : findName(value, name);
  // Every attribute of a path (`networks.lna.address`) has the path's position: find the name's
  // own component in the text.
  if (offset === at) {
    const path = /^[\w'-]+(?:\.[\w'-]+)*/.exec(source.text.slice(at, at + 256))?.[0] ?? '';
    const index = `.${path}.`.indexOf(`.${name}.`);
    if (index > 0) offset = at + index;
  }
  if (offset === null || offset === at) return diagnostic;
  const { line, column } = source.position(offset);
  return { ...diagnostic, line, column };
}
