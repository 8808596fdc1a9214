/**
 * The quick fix for `missing-fact`: "Add `facts.storage.zfs.hostId = "";` to host nas". The line
 * goes at the end of the host's own attribute set (for `web1 = server // { … };`, the set after
 * `//`), indented like its other attributes, with a value of the kind the declaration asks for
 * (its first choice for `oneOf`, else `""`, `0`, `false`, `[ ]`, `{ }`): something to edit, which
 * Arbor checks again as soon as it is there. Nix merges `facts.a.b = …;` with a `facts = { … };`
 * written beside it, so the line is valid whatever the host already has.
 */

import { parseTolerant, Source, toByteString, fromByteString, type ParsedFile } from '$lib/nix';

type Expr = ParsedFile['expr'];
type AttrsExpr = Extract<Expr, { kind: 'attrs' }>;

export interface FactFix {
  title: string;
  /** Where to insert, as an offset into the file's text (UTF-16, as the editor counts). */
  at: number;
  text: string;
}

/** `host nas has dendrite storage/zfs (…), which needs fact "storage.zfs.hostId" (a string …)`. */
const MISSING =
  /^host (\S+) has .*?, which needs fact "([^"]+)" \((.*)\), but the host does not define it\./s;

/** A value the check accepts in kind, to be edited: from `a string matching …`, `… out of a, b`. */
export function placeholderFor(description: string): string {
  const choices = / out of (.+)$/.exec(description)?.[1];
  if (choices) {
    const first = choices.split(/, | and /)[0];
    return /^(-?\d+(\.\d+)?|true|false|null)$/.test(first) ? first : JSON.stringify(first);
  }
  const type = /^an? (\w+)/.exec(description)?.[1];
  const values: Record<string, string> = {
    int: '0',
    float: '0.0',
    bool: 'false',
    list: '[ ]',
    attrs: '{ }',
    path: './.',
  };
  return values[type ?? ''] ?? '""';
}

/** The host's own attribute set: the value itself, or the right-most set of `a // { … }`. */
function ownSet(expr: Expr): AttrsExpr | null {
  if (expr.kind === 'attrs') return expr;
  if (expr.kind === 'binary' && expr.op === '//') return ownSet(expr.right) ?? ownSet(expr.left);
  return null;
}

/** The file's top-level set, through `let … in` and `with …;`. */
function topSet(expr: Expr): AttrsExpr | null {
  if (expr.kind === 'attrs') return expr;
  if (expr.kind === 'let' || expr.kind === 'with') return topSet(expr.body);
  return null;
}

export function missingFactFix(message: string, text: string, fileName: string): FactFix | null {
  const found = MISSING.exec(message);
  if (!found) return null;
  const [, host, path, description] = found;
  const bytes = toByteString(text);
  const { file } = parseTolerant(new Source(fileName, bytes, '/'));
  const hosts = file ? topSet(file.expr) : null;
  const entry = hosts?.attrs.get(toByteString(host));
  const set = entry ? ownSet(entry.value) : null;
  if (!entry || !set) return null;
  // Offsets in the tree count bytes; the editor counts UTF-16 units.
  const unit = (offset: number) => fromByteString(bytes.slice(0, offset)).length;
  const close = unit(set.end - 1);
  const lineStart = text.lastIndexOf('\n', unit(entry.pos) - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0] + '  ';
  const line = `facts.${path} = ${placeholderFor(description)};`;
  // Before the closing brace: on a line of its own when the brace starts its line.
  const braceLine = text.lastIndexOf('\n', close - 1) + 1;
  const onItsOwn = /^[ \t]*$/.test(text.slice(braceLine, close));
  return {
    title: `Add \`${line}\` to host ${host}`,
    at: onItsOwn ? braceLine : close,
    text: onItsOwn ? `${indent}${line}\n` : ` ${line} `,
  };
}
