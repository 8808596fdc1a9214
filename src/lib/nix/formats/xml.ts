/**
 * XML: `builtins.toXML` and `nix-instantiate --eval --xml`, which share Nix's printValueAsXML.
 *
 * The format is Nix's XMLWriter with indentation: an `<?xml …?>` line, then `<expr>` holding one
 * element per value, two spaces per level; attributes of an element in sorted order (they are a
 * std::map), with only `"`, `<`, `>`, `&` and newline escaped. Sets print their attributes in
 * order; derivations print as `<derivation drvPath=… outPath=…>` and only the first time a given
 * drvPath is seen (`<repeated />` afterwards, and always when there is no drvPath string).
 * Lambdas print their argument pattern, other functions and (without `strict`) unevaluated
 * thunks `<unevaluated />`. With `location` (`--xml` output), attributes and lambdas carry
 * `path`/`line`/`column` (no `path` for expressions that are not files). Floats use the
 * `%g`-style format of value printing, and string context is collected.
 */

import { formatFloatDefault } from '../eval/show';
import type { EvalState } from '../eval/state';
import {
  Attrs,
  isDerivation,
  Lambda,
  NixFloat,
  NixPath,
  NixString,
  PrimOp,
  PrimOpApp,
  SourcePos,
  Thunk,
  type Lazy,
  type Value,
} from '../eval/values';

export interface XmlOptions {
  /** Force values as they are reached (otherwise unevaluated ones print as `<unevaluated />`). */
  strict: boolean;
  /** Give attributes and functions their source positions. */
  location: boolean;
}

function escapeAttribute(value: string): string {
  if (!/["<>&\n]/.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"') out += '&quot;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '&') out += '&amp;';
    else if (c === '\n') out += '&#xA;';
    else out += c;
  }
  return out;
}

class XmlPrinter {
  private readonly out: string[] = [];
  private depth = 0;
  private readonly drvsSeen = new Set<string>();

  constructor(
    private readonly options: XmlOptions,
    private readonly context: Set<string>,
  ) {}

  private attributes(attrs: Array<[string, string]>): string {
    attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let text = '';
    for (const [name, value] of attrs) text += ` ${name}="${escapeAttribute(value)}"`;
    return text;
  }

  private open(name: string, attrs: Array<[string, string]> = []): void {
    this.out.push(`${'  '.repeat(this.depth)}<${name}${this.attributes(attrs)}>\n`);
    this.depth++;
  }

  private close(name: string): void {
    this.depth--;
    this.out.push(`${'  '.repeat(this.depth)}</${name}>\n`);
  }

  private empty(name: string, attrs: Array<[string, string]> = []): void {
    this.out.push(`${'  '.repeat(this.depth)}<${name}${this.attributes(attrs)} />\n`);
  }

  private position(attrs: Array<[string, string]>, pos: SourcePos): void {
    const p = pos.source.position(pos.offset);
    // Only positions in files have a path (not those in `-E` expressions or stdin). Nix's own
    // corepkgs (`<nix/derivation-internal.nix>`) live at the root of an internal file system.
    if (p.file.startsWith('/')) attrs.push(['path', p.file]);
    else {
      const internal = /^<nix\/(.*)>$/.exec(p.file);
      if (internal) attrs.push(['path', '/' + internal[1]]);
    }
    attrs.push(['line', String(p.line)], ['column', String(p.column)]);
  }

  run(root: Lazy, pos: SourcePos | null): string {
    this.out.push("<?xml version='1.0' encoding='utf-8'?>\n");
    this.open('expr');
    this.value(root, pos);
    this.close('expr');
    return this.out.join('');
  }

  private forced(lazy: Lazy, pos: SourcePos | null): Value | undefined {
    if (!(lazy instanceof Thunk)) return lazy;
    return this.options.strict ? lazy.force(pos) : lazy.peek();
  }

  private showAttrs(attrs: Attrs): void {
    const { keys, values } = attrs;
    for (let i = 0; i < keys.length; i++) {
      const pos = attrs.positionAt(i);
      const xmlAttrs: Array<[string, string]> = [['name', keys[i]]];
      if (this.options.location && pos !== null) this.position(xmlAttrs, pos);
      this.open('attr', xmlAttrs);
      this.value(values[i], pos);
      this.close('attr');
    }
  }

  private value(lazy: Lazy, pos: SourcePos | null): void {
    const v = this.forced(lazy, pos);
    if (v === undefined) this.empty('unevaluated');
    else if (v === null) this.empty('null');
    else if (typeof v === 'boolean') this.empty('bool', [['value', v ? 'true' : 'false']]);
    else if (typeof v === 'number' || typeof v === 'bigint') this.empty('int', [['value', String(v)]]);
    else if (typeof v === 'string') this.empty('string', [['value', v]]);
    else if (v instanceof NixString) {
      for (const c of v.context) this.context.add(c);
      this.empty('string', [['value', v.value]]);
    } else if (v instanceof NixPath) this.empty('path', [['value', v.path]]);
    else if (v instanceof NixFloat) this.empty('float', [['value', formatFloatDefault(v.value)]]);
    else if (Array.isArray(v)) {
      this.open('list');
      for (const item of v) this.value(item, pos);
      this.close('list');
    } else if (v instanceof Attrs) {
      if (isDerivation(v)) {
        const xmlAttrs: Array<[string, string]> = [];
        const stringAttr = (name: string): string | null => {
          const i = v.indexOf(name);
          if (i < 0) return null;
          const value = this.forced(v.values[i], v.positionAt(i));
          if (typeof value === 'string') return value;
          if (value instanceof NixString) return value.value;
          return null;
        };
        const drvPath = stringAttr('drvPath');
        if (drvPath !== null) xmlAttrs.push(['drvPath', drvPath]);
        const outPath = stringAttr('outPath');
        if (outPath !== null) xmlAttrs.push(['outPath', outPath]);
        this.open('derivation', xmlAttrs);
        if (drvPath !== null && drvPath !== '' && !this.drvsSeen.has(drvPath)) {
          this.drvsSeen.add(drvPath);
          this.showAttrs(v);
        } else this.empty('repeated');
        this.close('derivation');
      } else {
        this.open('attrs');
        this.showAttrs(v);
        this.close('attrs');
      }
    } else if (v instanceof Lambda) {
      const node = v.node;
      const xmlAttrs: Array<[string, string]> = [];
      if (this.options.location) this.position(xmlAttrs, new SourcePos(v.source, node.start));
      this.open('function', xmlAttrs);
      if (node.formals !== null) {
        const patAttrs: Array<[string, string]> = [];
        if (node.arg !== null) patAttrs.push(['name', node.arg]);
        if (node.formals.ellipsis) patAttrs.push(['ellipsis', '1']);
        this.open('attrspat', patAttrs);
        const names = node.formals.entries.map((f) => f.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const name of names) this.empty('attr', [['name', name]]);
        this.close('attrspat');
      } else {
        this.empty('varpat', [['name', node.arg ?? '']]);
      }
      this.close('function');
    } else if (v instanceof PrimOp || v instanceof PrimOpApp) {
      this.empty('unevaluated');
    }
  }
}

/**
 * Nix's printValueAsXML: the XML document for a value, adding the context of its strings to
 * `context`. `builtins.toXML` is `{ strict: true, location: false }`; `--xml` output passes the
 * command line's `--strict` and `location: true`.
 */
export function valueToXml(
  _state: EvalState | null,
  value: Lazy,
  options: XmlOptions,
  context: Set<string>,
  pos: SourcePos | null = null,
): string {
  return new XmlPrinter(options, context).run(value, pos);
}
