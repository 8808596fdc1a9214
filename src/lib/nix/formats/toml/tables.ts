/**
 * TOML's table rules as toml11 enforces them, on the document tree (document.ts): a table is
 * defined once (a table created implicitly by a header path may be defined later), dotted keys
 * may extend only tables they created themselves, inline tables and arrays are immutable, and
 * `[[a]]` appends to an array of tables.
 *
 * Each rule that is broken fails at `at`, the start of the header or key-value pair, with
 * toml11's title (`fail` is the scanner's, which never returns).
 */

import { table, type TNode, type TTable } from './document';

type Fail = (title: string, at: number, note?: string) => never;

/** Descends along a header's path (all keys but the last). */
function descend(root: TTable, keys: string[], at: number, fail: Fail): TTable {
  let cur = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const node = cur.map.get(keys[i]);
    if (node === undefined) {
      const created = table('implicit');
      cur.map.set(keys[i], created);
      cur = created;
    } else if (node.t === 'table') {
      if (node.kind === 'inline')
        fail('toml::insert_value: failed to insert a value: inline table is immutable', at);
      cur = node;
    } else if (node.t === 'array' && node.aot) {
      cur = node.items[node.items.length - 1] as TTable;
    } else if (node.t === 'array') {
      fail('toml::insert_value:inline array of tables are immutable', at);
    } else fail('toml::insert_value: failed to insert a table, value already exists', at);
  }
  return cur;
}

/** `[a.b.c]`: the table the following key-value pairs go into. */
export function defineTable(root: TTable, keys: string[], at: number, fail: Fail): TTable {
  const parent = descend(root, keys, at, fail);
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
  return fail('toml::insert_value: failed to insert a table, table already defined', at);
}

/** `[[a.b.c]]`: a new table appended to the array of tables. */
export function defineArrayTable(root: TTable, keys: string[], at: number, fail: Fail): TTable {
  const parent = descend(root, keys, at, fail);
  const last = keys[keys.length - 1];
  const node = parent.map.get(last);
  const created = table('aot');
  if (node === undefined) parent.map.set(last, { t: 'array', items: [created], aot: true });
  else if (node.t === 'array' && node.aot) node.items.push(created);
  else fail('toml::insert_value: failed to insert an array of tables, value already exists', at);
  return created;
}

/** `a.b.c = value` into `target` (a table section, or an inline table being built). */
export function insertKeyValue(target: TTable, keys: string[], value: TNode, at: number, fail: Fail): void {
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
      fail('toml::insert_value: failed to insert a value: inline table is immutable', at);
    } else if (node.t === 'table') {
      fail('toml::insert_value: reopening a table using dotted keys', at);
    } else fail('toml::insert_value: failed to insert a value, value already exists', at);
  }
  const last = keys[keys.length - 1];
  if (cur.map.has(last))
    fail('toml::insert_value: failed to insert a value, value already exists', at, 'inserting this');
  cur.map.set(last, value);
}
