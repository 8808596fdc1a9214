/**
 * File trees used to check NAR serialisation against Nix. The committed
 * fixtures live in `fixtures/` (read with `readTree`); `SYNTHETIC_TREES` are
 * trees git cannot hold faithfully (empty directories, odd names), which
 * gen-expected.ts writes to a temporary directory before asking the oracle.
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { NarNode } from '../../src/lib/nix/store';

const enc = new TextEncoder();

export const file = (text: string, executable = false): NarNode => ({
  type: 'regular',
  contents: enc.encode(text),
  executable,
});
export const link = (target: string): NarNode => ({ type: 'symlink', target });
export const dir = (entries: Record<string, NarNode>): NarNode => ({
  type: 'directory',
  entries: new Map(Object.entries(entries)),
});

export const SYNTHETIC_TREES: Record<string, NarNode> = {
  'empty-dir': dir({}),
  'dir-with-empty-dir': dir({ e: dir({}), f: file('x') }),
  'sorted-names': dir({
    b: file('1'),
    B: file('2'),
    'a-b': file('3'),
    a: file('4'),
    'a.b': file('5'),
    _: file('6'),
  }),
  'unicode-names': dir({ é: file('e'), z: file('z'), ü: file('u'), 日本: file('ja') }),
  'padding-lengths': dir({
    l0: file(''),
    l1: file('1'),
    l7: file('1234567'),
    l8: file('12345678'),
    l9: file('123456789'),
    xxxxxxxxx: file('name of length 9'),
  }),
  'dangling-link': dir({ dangling: link('/does/not/exist'), rel: link('../up') }),
  'exec-only': dir({ run: file('#!/bin/sh\n', true) }),
};

/** Write `node` at `path` (for the oracle). */
export function writeTree(path: string, node: NarNode): void {
  if (node.type === 'regular') {
    writeFileSync(path, node.contents);
    chmodSync(path, node.executable ? 0o755 : 0o644);
  } else if (node.type === 'symlink') symlinkSync(node.target, path);
  else {
    mkdirSync(path);
    for (const [name, child] of node.entries) writeTree(join(path, name), child);
  }
}

/** Read a file tree from disk without following symlinks. */
export function readTree(path: string): NarNode {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return link(readlinkSync(path));
  if (st.isFile())
    return {
      type: 'regular',
      contents: new Uint8Array(readFileSync(path)),
      executable: (st.mode & 0o100) !== 0,
    };
  const entries = new Map<string, NarNode>();
  for (const name of readdirSync(path)) entries.set(name, readTree(join(path, name)));
  return { type: 'directory', entries };
}
