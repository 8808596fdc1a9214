/**
 * TOML v1.0.0 as Nix 2.26 reads it with toml11 (v4), for `builtins.fromTOML`.
 *
 * Tables become sets, arrays lists, integers (64-bit; decimal, `0x`, `0o`, `0b`, `_` between
 * digits) ints, floats (with `inf`/`nan`) floats, and all four kinds of strings strings (byte
 * strings: UTF-8 passes through, `\u`/`\U` escapes are encoded). Dates and times parse but are
 * then refused ("Dates and times are not supported"), after the whole document was read, as Nix
 * does when it converts toml11's value. The table rules are TOML's as toml11 enforces them: a
 * table is defined once (a table created implicitly by a header path may be defined later), dotted
 * keys may extend only tables they created themselves, inline tables and arrays are immutable,
 * `[[a]]` appends to an array of tables.
 *
 * Errors are `while parsing TOML: [error] …` with toml11's first line where we know it and a
 * location excerpt in toml11's style; the rest of the wording is approximate.
 */

import { codePointToByteString } from '../bytes';
import { Attr, Attrs, NixFloat, type Lazy, type Value } from '../eval/values';

type TableKind = 'root' | 'header' | 'implicit' | 'dotted' | 'inline' | 'aot';

interface TTable {
  t: 'table';
  map: Map<string, TNode>;
  kind: TableKind;
}
interface TArray {
  t: 'array';
  items: TNode[];
  /** An array of tables made by `[[…]]` headers (as opposed to an array value). */
  aot: boolean;
}
interface TScalar {
  t: 'scalar';
  value: Value;
}
interface TDate {
  t: 'date';
}
type TNode = TTable | TArray | TScalar | TDate;

export class TomlError {
  constructor(readonly message: string) {}
}

const table = (kind: TableKind): TTable => ({ t: 'table', map: new Map(), kind });

const isBareKeyChar = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2d;
/** Characters that may appear in a number, boolean, inf/nan, date or time. */
const isValueChar = (c: number) => isBareKeyChar(c) || c === 0x2b || c === 0x2e || c === 0x3a;

const MAX_INT64 = 9223372036854775807n;
const MIN_INT64 = -9223372036854775808n;

class Parser {
  private pos = 0;
  private readonly root = table('root');

  constructor(private readonly s: string) {
    // A UTF-8 byte order mark is skipped.
    if (s.startsWith('\xef\xbb\xbf')) this.pos = 3;
  }

  // --- errors

  private fail(title: string, at = this.pos, note = 'here'): never {
    const s = this.s;
    const lineStart = s.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = s.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = s.length;
    let line = 1;
    for (let i = s.indexOf('\n'); i !== -1 && i < lineStart; i = s.indexOf('\n', i + 1)) line++;
    const text = s.slice(lineStart, lineEnd).replace(/\r$/, '');
    const number = String(line);
    const pad = ' '.repeat(number.length);
    throw new TomlError(
      `[error] ${title}\n --> fromTOML\n ${pad} |\n ${number} | ${text}\n ${pad} | ${' '.repeat(Math.max(0, at - lineStart))}^-- ${note}\n`,
    );
  }

  // --- lexical helpers

  private peek(offset = 0): number {
    const i = this.pos + offset;
    return i < this.s.length ? this.s.charCodeAt(i) : -1;
  }

  private skipWs(): void {
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09) break;
      this.pos++;
    }
  }

  private skipComment(): void {
    if (this.peek() !== 0x23) return;
    this.pos++;
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (c === 0x0a || (c === 0x0d && this.peek(1) === 0x0a)) break;
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_comment: invalid character in a comment');
      this.pos++;
    }
  }

  /** Consumes a newline (LF or CRLF) if there is one. */
  private newline(): boolean {
    const c = this.peek();
    if (c === 0x0a) {
      this.pos++;
      return true;
    }
    if (c === 0x0d && this.peek(1) === 0x0a) {
      this.pos += 2;
      return true;
    }
    return false;
  }

  /** Whitespace, comments and newlines (inside arrays). */
  private skipWsCommentsNewlines(): void {
    for (;;) {
      this.skipWs();
      this.skipComment();
      if (!this.newline()) return;
    }
  }

  private endOfLine(title: string): void {
    this.skipWs();
    this.skipComment();
    if (this.pos >= this.s.length) return;
    if (!this.newline()) this.fail(title);
  }

  // --- document

  parse(): TTable {
    let current = this.root;
    for (;;) {
      this.skipWs();
      if (this.pos >= this.s.length) break;
      const c = this.peek();
      if (c === 0x23) {
        this.skipComment();
        if (this.pos < this.s.length && !this.newline())
          this.fail('toml::parse_file: newline (or EOF) expected');
        continue;
      }
      if (this.newline()) continue;
      if (c === 0x5b) {
        const aot = this.peek(1) === 0x5b;
        const start = this.pos;
        this.pos += aot ? 2 : 1;
        this.skipWs();
        const keys = this.dottedKey();
        this.skipWs();
        if (aot) {
          if (!(this.peek() === 0x5d && this.peek(1) === 0x5d))
            this.fail('toml::parse_array_table: invalid array-of-tables header: missing `]]`');
          this.pos += 2;
          current = this.defineArrayTable(keys, start);
        } else {
          if (this.peek() !== 0x5d) this.fail('toml::parse_table_key: invalid table header: missing `]`');
          this.pos++;
          current = this.defineTable(keys, start);
        }
        this.endOfLine('toml::parse_file: newline (or EOF) expected');
        continue;
      }
      this.keyValue(current);
      this.endOfLine('toml::parse_table: newline (LF / CRLF) or EOF is expected');
    }
    return this.root;
  }

  /** Descends along a header's path (all keys but the last). */
  private descend(keys: string[], at: number): TTable {
    let cur = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      const node = cur.map.get(keys[i]);
      if (node === undefined) {
        const created = table('implicit');
        cur.map.set(keys[i], created);
        cur = created;
      } else if (node.t === 'table') {
        if (node.kind === 'inline')
          this.fail('toml::insert_value: failed to insert a value: inline table is immutable', at);
        cur = node;
      } else if (node.t === 'array' && node.aot) {
        cur = node.items[node.items.length - 1] as TTable;
      } else if (node.t === 'array') {
        this.fail('toml::insert_value:inline array of tables are immutable', at);
      } else this.fail('toml::insert_value: failed to insert a table, value already exists', at);
    }
    return cur;
  }

  private defineTable(keys: string[], at: number): TTable {
    const parent = this.descend(keys, at);
    const last = keys[keys.length - 1];
    const node = parent.map.get(last);
    if (node === undefined) {
      const created = table('header');
      parent.map.set(last, created);
      return created;
    }
    if (node.t === 'table' && node.kind === 'implicit') {
      node.kind = 'header';
      return node;
    }
    return this.fail('toml::insert_value: failed to insert a table, table already defined', at);
  }

  private defineArrayTable(keys: string[], at: number): TTable {
    const parent = this.descend(keys, at);
    const last = keys[keys.length - 1];
    const node = parent.map.get(last);
    const created = table('aot');
    if (node === undefined) parent.map.set(last, { t: 'array', items: [created], aot: true });
    else if (node.t === 'array' && node.aot) node.items.push(created);
    else this.fail('toml::insert_value: failed to insert an array of tables, value already exists', at);
    return created;
  }

  /** `key = value` into `target` (a table section, or an inline table being built). */
  private keyValue(target: TTable): void {
    const start = this.pos;
    const keys = this.dottedKey();
    this.skipWs();
    if (this.peek() !== 0x3d) this.fail('toml::parse_key_value_pair: invalid key value separator `=`');
    this.pos++;
    this.skipWs();
    const value = this.value();
    let cur = target;
    for (let i = 0; i < keys.length - 1; i++) {
      const node = cur.map.get(keys[i]);
      if (node === undefined) {
        const created = table('dotted');
        cur.map.set(keys[i], created);
        cur = created;
      } else if (node.t === 'table' && node.kind === 'dotted') {
        cur = node;
      } else if (node.t === 'table' && node.kind === 'inline') {
        this.fail('toml::insert_value: failed to insert a value: inline table is immutable', start);
      } else if (node.t === 'table') {
        this.fail('toml::insert_value: reopening a table using dotted keys', start);
      } else this.fail('toml::insert_value: failed to insert a value, value already exists', start);
    }
    const last = keys[keys.length - 1];
    if (cur.map.has(last))
      this.fail(
        'toml::insert_value: failed to insert a value, value already exists',
        start,
        'inserting this',
      );
    cur.map.set(last, value);
  }

  // --- keys

  private dottedKey(): string[] {
    const keys = [this.simpleKey()];
    for (;;) {
      const save = this.pos;
      this.skipWs();
      if (this.peek() !== 0x2e) {
        this.pos = save;
        return keys;
      }
      this.pos++;
      this.skipWs();
      keys.push(this.simpleKey());
    }
  }

  private simpleKey(): string {
    const c = this.peek();
    if (c === 0x22) {
      if (this.peek(1) === 0x22 && this.peek(2) === 0x22)
        this.fail('toml::parse_simple_key: invalid key: multi-line strings are not allowed as keys');
      return this.basicString();
    }
    if (c === 0x27) {
      if (this.peek(1) === 0x27 && this.peek(2) === 0x27)
        this.fail('toml::parse_simple_key: invalid key: multi-line strings are not allowed as keys');
      return this.literalString();
    }
    const start = this.pos;
    while (this.pos < this.s.length && isBareKeyChar(this.s.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) {
      this.fail(`toml::parse_simple_key: invalid key: key must be "quoted", 'quoted-literal', or bare key.`);
    }
    return this.s.slice(start, this.pos);
  }

  // --- values

  private value(): TNode {
    const c = this.peek();
    if (c === 0x22) {
      if (this.peek(1) === 0x22 && this.peek(2) === 0x22)
        return { t: 'scalar', value: this.multilineBasicString() };
      return { t: 'scalar', value: this.basicString() };
    }
    if (c === 0x27) {
      if (this.peek(1) === 0x27 && this.peek(2) === 0x27)
        return { t: 'scalar', value: this.multilineLiteralString() };
      return { t: 'scalar', value: this.literalString() };
    }
    if (c === 0x5b) return this.array();
    if (c === 0x7b) return this.inlineTable();
    if (c >= 0 && isValueChar(c)) return this.atom();
    return this.fail('bad format: unknown value appeared');
  }

  private array(): TArray {
    this.pos++; // [
    const items: TNode[] = [];
    for (;;) {
      this.skipWsCommentsNewlines();
      if (this.peek() === 0x5d) {
        this.pos++;
        break;
      }
      if (this.pos >= this.s.length) this.fail('toml::parse_array: missing closing bracket `]`');
      items.push(this.value());
      this.skipWsCommentsNewlines();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        break;
      }
      this.fail('toml::parse_array: expected value-separator `,` or closing `]`');
    }
    return { t: 'array', items, aot: false };
  }

  private inlineTable(): TTable {
    this.pos++; // {
    const result = table('dotted');
    this.skipWs();
    if (this.peek() === 0x7d) {
      this.pos++;
      result.kind = 'inline';
      return result;
    }
    for (;;) {
      this.skipWs();
      this.keyValue(result);
      this.skipWs();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        this.skipWs();
        if (this.peek() === 0x7d)
          this.fail('toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)');
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        break;
      }
      this.fail('toml::parse_inline_table: missing curly brace `}`');
    }
    result.kind = 'inline';
    return result;
  }

  /** Booleans, numbers, inf/nan, dates and times. */
  private atom(): TNode {
    const s = this.s;
    const start = this.pos;
    let end = start;
    while (end < s.length && isValueChar(s.charCodeAt(end))) end++;
    // A date and a time may be separated by one space.
    if (
      /^\d{4}-\d{2}-\d{2}$/.test(s.slice(start, end)) &&
      s[end] === ' ' &&
      /^\d{2}:/.test(s.slice(end + 1, end + 4))
    ) {
      end++;
      while (end < s.length && isValueChar(s.charCodeAt(end))) end++;
    }
    const text = s.slice(start, end);
    this.pos = end;
    if (text === 'true') return { t: 'scalar', value: true };
    if (text === 'false') return { t: 'scalar', value: false };
    if (/^[+-]?inf$/.test(text))
      return { t: 'scalar', value: new NixFloat(text[0] === '-' ? -Infinity : Infinity) };
    if (/^[+-]?nan$/.test(text)) return { t: 'scalar', value: new NixFloat(NaN) };
    const c = text.charCodeAt(0);
    if (c === 0x74 || c === 0x66) {
      this.pos = start;
      this.fail(
        'toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `"`',
      );
    }
    const date =
      /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))?)?$/.exec(
        text,
      );
    if (date) {
      const [, y, mo, d, h, mi, se, oh, om] = date.map(Number);
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1])
        this.fail('toml::parse_local_date: invalid date.', start);
      if (date[4] !== undefined && (h > 23 || mi > 59 || se > 60))
        this.fail('toml::parse_local_time: invalid time.', start);
      if (date[7] !== undefined && (oh > 23 || om > 59))
        this.fail('toml::parse_offset_datetime: invalid offset.', start);
      return { t: 'date' };
    }
    const time = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text);
    if (time) {
      if (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3]) > 60)
        this.fail('toml::parse_local_time: invalid time.', start);
      return { t: 'date' };
    }
    const prefixed = /^0([xob])(.*)$/.exec(text);
    if (prefixed) return this.prefixedInteger(prefixed[1], prefixed[2], start);
    if (/^[+-]?0[xob]/.test(text)) {
      const kind = text[2] === 'x' ? 'hex' : text[2] === 'o' ? 'oct' : 'bin';
      this.pos = start;
      this.fail(`toml::parse_${kind}_integer: invalid integer: ${kind}_int must be like: ${EXAMPLES[kind]}`);
    }
    return this.decimal(text, start);
  }

  private prefixedInteger(kind: string, digits: string, start: number): TNode {
    const name = kind === 'x' ? 'hex' : kind === 'o' ? 'oct' : 'bin';
    const digit = kind === 'x' ? '[0-9A-Fa-f]' : kind === 'o' ? '[0-7]' : '[01]';
    if (!new RegExp(`^${digit}(?:_?${digit})*$`).test(digits)) {
      this.pos = start;
      this.fail(`toml::parse_${name}_integer: invalid integer: ${name}_int must be like: ${EXAMPLES[name]}`);
    }
    const value = BigInt('0' + kind + digits.replace(/_/g, ''));
    if (value > MAX_INT64) {
      this.pos = start;
      this.fail(
        `toml::parse_${name}_integer: too large integer: current max value = 2^63`,
        start + 2 + digits.length,
        'must be < 2^63',
      );
    }
    return { t: 'scalar', value: Number.isSafeInteger(Number(value)) ? Number(value) : value };
  }

  private decimal(text: string, start: number): TNode {
    const m = /^([+-]?)([0-9_]*)(?:(\.)([0-9_]*))?(?:([eE])([+-]?[0-9_]*))?$/.exec(text);
    const here = (offset: number, title: string): never => this.fail(title, start + offset);
    if (!m) {
      // Find the first character that cannot continue a number.
      let i = /^[+-]?[0-9_]*/.exec(text)![0].length;
      if (text[i] === '.') i = i + 1 + /^[0-9_]*/.exec(text.slice(i + 1))![0].length;
      return here(i, 'bad integer: invalid digit after an integer');
    }
    const [, , intPart, dot, frac, e, exp] = m;
    const checkDigits = (part: string, offset: number, what: string) => {
      if (part === '') return here(offset, `bad ${what}: invalid format`);
      if (part.startsWith('_') || part.endsWith('_') || part.includes('__'))
        here(offset, `bad ${what}: \`_\` must be surrounded by digits`);
    };
    const isFloat = dot !== undefined || e !== undefined;
    if (intPart === '') {
      if (dot !== undefined) here(0, 'bad float: integer part is required before decimal point');
      return here(0, 'bad format: unknown value appeared');
    }
    checkDigits(intPart, 0, isFloat ? 'float' : 'integer');
    if (intPart.length > 1 && intPart[0] === '0') {
      here(
        0,
        isFloat
          ? 'bad float: leading zero in an integer part of a float is not allowed'
          : 'bad integer: leading zero is not allowed in decimal int',
      );
    }
    if (!isFloat) {
      const value = BigInt(text.replace(/_/g, ''));
      if (value > MAX_INT64 || value < MIN_INT64) {
        this.fail(
          'toml::parse_dec_integer: too large integer: current max digits = 2^63',
          start + text.length,
          'must be < 2^63',
        );
      }
      const n = Number(value);
      return { t: 'scalar', value: Number.isSafeInteger(n) ? n + 0 : value };
    }
    if (dot !== undefined) checkDigits(frac, m[1].length + intPart.length + 1, 'float');
    if (e !== undefined) {
      const digits = exp.replace(/^[+-]/, '');
      checkDigits(digits, text.length - exp.length, 'float');
    }
    const x = Number(text.replace(/_/g, ''));
    if (!Number.isFinite(x))
      this.fail('toml::parse_floating: failed to read floating point value from stream', start);
    return { t: 'scalar', value: new NixFloat(x) };
  }

  // --- strings

  private escape(): string {
    const s = this.s;
    const at = this.pos;
    const c = s[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const n = c === 'u' ? 4 : 8;
        const digits = s.slice(this.pos, this.pos + n);
        if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(digits))
          this.fail('toml::parse_basic_string: invalid string format', at);
        this.pos += n;
        const cp = parseInt(digits, 16);
        if (cp >= 0xd800 && cp <= 0xdfff)
          this.fail('toml::parse_utf8_codepoint: [0xD800, 0xDFFF] is not a valid UTF-8', at);
        if (cp > 0x10ffff) this.fail('toml::parse_utf8_codepoint: input codepoint is too large.', at);
        return codePointToByteString(cp);
      }
      default:
        return this.fail('toml::parse_basic_string: invalid string format', at);
    }
  }

  private basicString(): string {
    const s = this.s;
    this.pos++; // "
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail('toml::parse_basic_string: invalid string format: missing closing `"`');
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(run, this.pos);
        this.pos++;
        return out;
      }
      if (c === 0x5c) {
        out += s.slice(run, this.pos) + this.escape();
        run = this.pos;
        continue;
      }
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_basic_string: invalid string format');
      this.pos++;
    }
  }

  private literalString(): string {
    const s = this.s;
    const start = ++this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail("toml::parse_literal_string: invalid string format: missing closing `'`");
      const c = s.charCodeAt(this.pos);
      if (c === 0x27) {
        this.pos++;
        return s.slice(start, this.pos - 1);
      }
      if ((c < 0x20 && c !== 0x09) || c === 0x7f)
        this.fail('toml::parse_literal_string: invalid string format');
      this.pos++;
    }
  }

  /** The closing delimiter of a multi-line string: up to two extra quotes belong to the content. */
  private closing(q: number): number {
    let n = 0;
    while (this.peek(n) === q) n++;
    return n;
  }

  private multilineBasicString(): string {
    const s = this.s;
    this.pos += 3;
    this.newline();
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail('toml::parse_ml_basic_string: invalid string format: missing closing `"""`');
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        const n = this.closing(0x22);
        if (n >= 3) {
          if (n > 5) this.fail('toml::parse_ml_basic_string: invalid string format: too many quotes');
          out += s.slice(run, this.pos + n - 3);
          this.pos += n;
          return out;
        }
        this.pos += n;
        continue;
      }
      if (c === 0x5c) {
        // A line-ending backslash trims the newline and the whitespace that follows.
        let i = this.pos + 1;
        while (s[i] === ' ' || s[i] === '\t') i++;
        if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] === '\n')) {
          out += s.slice(run, this.pos);
          this.pos = i;
          while (this.pos < s.length) {
            const d = s[this.pos];
            if (d === ' ' || d === '\t' || d === '\n') this.pos++;
            else if (d === '\r' && s[this.pos + 1] === '\n') this.pos += 2;
            else break;
          }
          run = this.pos;
          continue;
        }
        out += s.slice(run, this.pos) + this.escape();
        run = this.pos;
        continue;
      }
      if (c === 0x0d && this.peek(1) === 0x0a) {
        this.pos += 2;
        continue;
      }
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f)
        this.fail('toml::parse_ml_basic_string: invalid string format');
      this.pos++;
    }
  }

  private multilineLiteralString(): string {
    const s = this.s;
    this.pos += 3;
    this.newline();
    const start = this.pos;
    for (;;) {
      if (this.pos >= s.length)
        this.fail("toml::parse_ml_literal_string: invalid string format: missing closing `'''`");
      const c = s.charCodeAt(this.pos);
      if (c === 0x27) {
        const n = this.closing(0x27);
        if (n >= 3) {
          if (n > 5) this.fail('toml::parse_ml_literal_string: invalid string format: too many quotes');
          const text = s.slice(start, this.pos + n - 3);
          this.pos += n;
          return text;
        }
        this.pos += n;
        continue;
      }
      if (c === 0x0d && this.peek(1) === 0x0a) {
        this.pos += 2;
        continue;
      }
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f)
        this.fail('toml::parse_ml_literal_string: invalid string format');
      this.pos++;
    }
  }
}

const EXAMPLES: Record<string, string> = {
  hex: '0xC0FFEE, 0xdead_beef',
  oct: '0o775, 0o04_44',
  bin: '0b0101, 0b1111_0000',
};

function noNullByte(s: string): string {
  if (s.includes('\0')) {
    throw new TomlError(
      `error: input string '${s.replace(/\0/g, '\xe2\x90\x80')}' cannot be represented as Nix string because it contains null bytes`,
    );
  }
  return s;
}

/** Nix's conversion of the parsed document (where dates are refused). */
function toValue(node: TNode): Value {
  switch (node.t) {
    case 'scalar':
      return typeof node.value === 'string' ? noNullByte(node.value) : node.value;
    case 'date':
      throw new TomlError('Dates and times are not supported');
    case 'array':
      return node.items.map((item): Lazy => toValue(item));
    case 'table': {
      const map = new Map<string, Attr>();
      for (const [key, value] of node.map) map.set(noNullByte(key), new Attr(toValue(value), null));
      return Attrs.fromMap(map);
    }
  }
}

/** Parses a TOML document (a byte string); throws a TomlError with toml11-like text. */
export function parseToml(text: string): Value {
  return toValue(new Parser(text).parse());
}
