/**
 * Prints an expression the way Nix's `Expr::show` does: what `nix-instantiate --parse` prints,
 * and what an assertion failure quotes. The output is fully parenthesised and shows Nix's
 * desugaring (`a - b` is `(__sub a b)`, `<p>` is `(__findFile __nixPath "p")`); bindings are
 * sorted by name, with `inherit` lines first.
 */

import { formatFloatDefault, quoteString, showAttrName } from '../eval/show';
import type { AttrName, AttrsNode, Expr } from './ast';

function showAttrPath(path: AttrName[]): string {
  return path.map((p) => (p.name !== undefined ? p.name : `"\${${showExpr(p.expr)}}"`)).join('.');
}

function showBindings(node: AttrsNode): string {
  const sorted = [...node.attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '';
  const inherits = sorted.filter(([, def]) => def.kind === 'inherited').map(([name]) => name);
  if (inherits.length > 0) out += `inherit ${inherits.join(' ')}; `;
  const from = new Map<number, string[]>();
  for (const [name, def] of sorted) {
    if (def.kind !== 'inheritedFrom') continue;
    const list = from.get(def.fromIndex!) ?? [];
    list.push(name);
    from.set(def.fromIndex!, list);
  }
  for (const [index, names] of [...from].sort((a, b) => a[0] - b[0])) {
    out += `inherit (${showExpr(node.inheritFrom[index])}) ${names.join(' ')}; `;
  }
  for (const [name, def] of sorted) {
    if (def.kind === 'plain') out += `${showAttrName(name)} = ${showExpr(def.value)}; `;
  }
  for (const d of node.dynamic) out += `"\${${showExpr(d.name)}}" = ${showExpr(d.value)}; `;
  return out;
}

export function showExpr(node: Expr): string {
  switch (node.kind) {
    case 'int':
      return String(node.value);
    case 'float':
      return formatFloatDefault(node.value);
    case 'string':
      return quoteString(node.value);
    case 'path':
      return node.value;
    case 'var':
      return node.name;
    case 'select':
      return `(${showExpr(node.expr)}).${showAttrPath(node.path)}${node.fallback ? ` or (${showExpr(node.fallback)})` : ''}`;
    case 'hasAttr':
      return `((${showExpr(node.expr)}) ? ${showAttrPath(node.path)})`;
    case 'attrs':
      return `${node.recursive ? 'rec ' : ''}{ ${showBindings(node)}}`;
    case 'list':
      return `[ ${node.items.map((item) => `(${showExpr(item)}) `).join('')}]`;
    case 'lambda': {
      let out = '(';
      if (node.formals) {
        const formals = [...node.formals.entries].sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
        );
        const parts = formals.map((f) => (f.fallback ? `${f.name} ? ${showExpr(f.fallback)}` : f.name));
        if (node.formals.ellipsis) parts.push('...');
        out += `{ ${parts.join(', ')} }`;
        if (node.arg !== null) out += ' @ ';
      }
      if (node.arg !== null) out += node.arg;
      return `${out}: ${showExpr(node.body)})`;
    }
    case 'call':
      return `(${showExpr(node.fn)}${node.args.map((a) => ' ' + showExpr(a)).join('')})`;
    case 'let':
      return `(let ${showBindings(node.attrs)}in ${showExpr(node.body)})`;
    case 'with':
      return `(with ${showExpr(node.scope)}; ${showExpr(node.body)})`;
    case 'if':
      return `(if ${showExpr(node.cond)} then ${showExpr(node.then)} else ${showExpr(node.else)})`;
    case 'assert':
      return `assert ${showExpr(node.cond)}; ${showExpr(node.body)}`;
    case 'not':
      return `(! ${showExpr(node.expr)})`;
    case 'binary':
      return `(${showExpr(node.left)} ${node.op} ${showExpr(node.right)})`;
    case 'concat':
      return `(${node.parts.map(showExpr).join(' + ')})`;
    case 'curPos':
      return '__curPos';
  }
}
