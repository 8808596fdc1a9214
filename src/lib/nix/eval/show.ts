/**
 * Printing values the way `nix-instantiate --eval` prints them.
 *
 * Details that must match Nix byte for byte: attributes in sorted order with names quoted when
 * they are not plain identifiers; floats in C++'s default stream format (`%g`, six significant
 * digits); unevaluated thunks as `<CODE>`, functions as `<LAMBDA>`/`<PRIMOP>`/`<PRIMOP-APP>`;
 * a non-empty set printed before as `«repeated»` (identity of the set), and a non-empty list
 * printed before as `«repeated»` (identity of the cell holding it: Nix compares Value addresses
 * for lists, so a list copied into another cell prints again).
 */

import { toByteString } from '../bytes';
import {
  Attrs,
  Lambda,
  NixFloat,
  NixPath,
  NixString,
  PrimOp,
  PrimOpApp,
  Thunk,
  type Lazy,
  type Value,
} from './values';

// Output is a byte string (see bytes.ts), so non-ASCII markers are stored as their UTF-8 bytes.
const REPEATED = toByteString('«repeated»');
const TOO_DEEP = toByteString('«too deep»');
const ELLIPSIS = toByteString('…');
const open = toByteString('«');
const close = toByteString('»');

// `or` is missing on purpose: Nix prints it unquoted, since it is usable as an attribute name.
const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit']);
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_'-]*$/;

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '${': '\\${',
};

/** A string literal as Nix prints it. One regular-expression pass: building the result a
 * character at a time took about a second for a 1 MB string. */
export function quoteString(s: string): string {
  return '"' + s.replace(/["\\\n\r\t]|\$\{/g, (m) => ESCAPES[m]) + '"';
}

/** Nix's own files live outside the file system and print as `<nix/…>`. */
export function showPath(path: string): string {
  return path.startsWith('/__corepkgs__/') ? `<nix/${path.slice('/__corepkgs__/'.length)}>` : path;
}

export function showAttrName(name: string): string {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name) ? name : quoteString(name);
}

/** C++ `std::ostream << double` with the default precision: `%g` with 6 significant digits. */
export function formatFloatDefault(x: number): string {
  return formatG(x, 6);
}

export function formatG(x: number, precision: number): string {
  // x86-64 produces NaNs with the sign bit set (inf - inf, 0 * inf), which printf shows as -nan;
  // JS cannot see a NaN's sign, so print what Nix prints for the NaNs arithmetic makes.
  if (Number.isNaN(x)) return '-nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exponential = x.toExponential(precision - 1);
  const [mantissa, exponentText] = exponential.split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= precision) {
    const digits = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    const sign = exponent < 0 ? '-' : '+';
    const magnitude = Math.abs(exponent);
    return `${digits}e${sign}${magnitude < 10 ? '0' : ''}${magnitude}`;
  }
  const fixed = x.toFixed(Math.max(0, precision - 1 - exponent));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Prints a value (already forced as deeply as wanted) the way nix-instantiate --eval does. */
export function printValue(root: Lazy, options: { thunk?: string } = {}): string {
  const thunkText = options.thunk ?? '<CODE>';
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (cell: Lazy, depth: number): void => {
    let value: Value;
    if (cell instanceof Thunk) {
      const peeked = cell.peek();
      if (peeked === undefined) {
        out.push(thunkText);
        return;
      }
      value = peeked;
    } else value = cell;
    if (depth <= 0) {
      out.push(TOO_DEEP);
      return;
    }
    printOne(value, cell, depth);
  };
  const printOne = (value: Value, cell: Lazy, depth: number): void => {
    if (value === null) out.push('null');
    else if (value === true) out.push('true');
    else if (value === false) out.push('false');
    else if (typeof value === 'number' || typeof value === 'bigint') out.push(String(value));
    else if (typeof value === 'string') out.push(quoteString(value));
    else if (value instanceof NixString) out.push(quoteString(value.value));
    else if (value instanceof NixFloat) out.push(formatFloatDefault(value.value));
    else if (value instanceof NixPath) out.push(showPath(value.path));
    else if (Array.isArray(value)) {
      if (value.length > 0) {
        if (seen.has(cell)) {
          out.push(REPEATED);
          return;
        }
        seen.add(cell);
      }
      out.push('[ ');
      for (const item of value) {
        visit(item, depth - 1);
        out.push(' ');
      }
      out.push(']');
    } else if (value instanceof Attrs) {
      if (value.size > 0) {
        if (seen.has(value)) {
          out.push(REPEATED);
          return;
        }
        seen.add(value);
      }
      out.push('{ ');
      const keys = value.keys;
      for (let i = 0; i < keys.length; i++) {
        out.push(showAttrName(keys[i]), ' = ');
        visit(value.values[i], depth - 1);
        out.push('; ');
      }
      out.push('}');
    } else if (value instanceof Lambda) out.push('<LAMBDA>');
    else if (value instanceof PrimOp) out.push('<PRIMOP>');
    else if (value instanceof PrimOpApp) out.push('<PRIMOP-APP>');
  };
  visit(root, Number.MAX_SAFE_INTEGER);
  return out.join('');
}

/** A short rendering for error messages ("expected a set but found an integer: 1"). */
export function showValueBrief(value: Value, depth = 2): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string')
    return quoteString(value.length > 1024 ? value.slice(0, 1024) + open + ELLIPSIS + close : value);
  if (value instanceof NixString) return quoteString(value.value);
  if (value instanceof NixFloat) return formatFloatDefault(value.value);
  if (value instanceof NixPath) return value.path;
  if (value instanceof Lambda) {
    // Nix names the lambda (when it was bound to a name) and where it is defined.
    const p = value.pos.source.position(value.pos.offset);
    const name = value.node.name ? ` ${value.node.name}` : '';
    return `${open}lambda${name} @ ${p.file}:${p.line}:${p.column}${close}`;
  }
  if (value instanceof PrimOp) return `${open}primop ${value.name}${close}`;
  if (value instanceof PrimOpApp) return `${open}partially applied primop ${value.primop.name}${close}`;
  const brief = (lazy: Lazy) => {
    if (lazy instanceof Thunk) {
      const v = lazy.peek();
      return v === undefined ? `${open}thunk${close}` : showValueBrief(v, depth - 1);
    }
    return showValueBrief(lazy, depth - 1);
  };
  if (Array.isArray(value)) {
    if (depth <= 0) return `[ ${ELLIPSIS} ]`;
    const items = value.slice(0, 10).map(brief);
    if (value.length > 10) items.push(`${open}${value.length - 10} items elided${close}`);
    return `[ ${items.join(' ')}${items.length ? ' ' : ''}]`;
  }
  if (value instanceof Attrs) {
    if (depth <= 0) return `{ ${ELLIPSIS} }`;
    const names = value.names();
    const shown = names.slice(0, 10).map((n) => `${showAttrName(n)} = ${brief(value.map.get(n)!.value)}; `);
    if (names.length > 10) shown.push(`${open}${names.length - 10} attributes elided${close} `);
    return `{ ${shown.join('')}}`;
  }
  return `${open}value${close}`;
}
