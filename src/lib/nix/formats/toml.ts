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
 * This module reads the document's structure (headers, key-value pairs, keys, arrays, inline
 * tables); toml/ has the rest: scanner.ts (characters, strings, the error layout), atoms.ts
 * (numbers, booleans, dates), tables.ts (the table rules) and document.ts (the tree and Nix's
 * conversion of it).
 *
 * Errors are `toml` errors (toml/document.ts), `while parsing TOML: [error] …` with toml11's
 * first line where we know it and a location excerpt in toml11's style; the rest of the wording
 * is approximate.
 */

import type { Value } from '../eval/values';
import { readAtom } from './toml/atoms';
import { table, toValue, type TArray, type TNode, type TTable } from './toml/document';
import { isBareKeyChar, isValueChar, TomlScanner } from './toml/scanner';
import { defineArrayTable, defineTable, insertKeyValue } from './toml/tables';

export { tomlError, type TomlError } from './toml/document';

class Parser extends TomlScanner {
  private readonly root = table('root');

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
          current = defineArrayTable(this.root, keys, start, this.fail);
        } else {
          if (this.peek() !== 0x5d) this.fail('toml::parse_table_key: invalid table header: missing `]`');
          this.pos++;
          current = defineTable(this.root, keys, start, this.fail);
        }
        this.endOfLine('toml::parse_file: newline (or EOF) expected');
        continue;
      }
      this.keyValue(current);
      this.endOfLine('toml::parse_table: newline (LF / CRLF) or EOF is expected');
    }
    return this.root;
  }

  /** `key = value` into `target` (a table section, or an inline table being built). */
  private keyValue(target: TTable): void {
    const start = this.pos;
    const keys = this.dottedKey();
    this.skipWs();
    if (this.peek() !== 0x3d) this.fail('toml::parse_key_value_pair: invalid key value separator `=`');
    this.pos++;
    this.skipWs();
    insertKeyValue(target, keys, this.value(), start, this.fail);
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
    if (c >= 0 && isValueChar(c)) return readAtom(this);
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
}

/** Parses a TOML document (a byte string); throws a `toml` error with toml11-like text. */
export function parseToml(text: string): Value {
  return toValue(new Parser(text).parse());
}
