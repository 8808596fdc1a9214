import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatHash,
  hashBytes,
  makeSourcePath,
  narBytes,
  narHash,
  type NarNode,
} from '../../src/lib/nix/store';
import { FIXTURES, ok } from './expected';
import { file, readTree, SYNTHETIC_TREES } from './trees';

const sourcePath = (name: string, node: NarNode): string => makeSourcePath(name, narHash(node));

describe('NAR', () => {
  it('serialises a small file exactly', () => {
    const bytes = narBytes(file('hi', true));
    const text = new TextDecoder().decode(bytes).replace(/\0/g, '.');
    const tokens = ['nix-archive-1', '(', 'type', 'regular', 'executable', '', 'contents', 'hi', ')'];
    const expected = tokens
      .map((t) => String.fromCharCode(t.length) + '.......' + t + '.'.repeat((8 - (t.length % 8)) % 8))
      .join('')
      .replace(/\0/g, '.');
    expect(text).toBe(expected);
    expect(bytes.length % 8).toBe(0);
  });

  it('streams the same bytes it hashes', () => {
    const tree = readTree(join(FIXTURES, 'tree'));
    expect(narHash(tree)).toEqual(hashBytes('sha256', narBytes(tree)));
    expect(formatHash(narHash(tree, 'sha512'), 'sha512', 'base16')).toBe(
      formatHash(hashBytes('sha512', narBytes(tree)), 'sha512', 'base16'),
    );
  });

  it('gives the store paths of builtins.path for the fixtures', () => {
    const names = ['file.txt', 'script.sh', 'tree', 'link', 'tree/sub'];
    // builtins.path follows a symlink given as the path itself (`link` -> file.txt)
    const tree = (n: string): NarNode => readTree(join(FIXTURES, n === 'link' ? 'file.txt' : n));
    const got = names.map((n) => sourcePath(n.split('/').pop() as string, tree(n)));
    expect(got).toEqual(ok('path-fixtures'));
    expect(sourcePath('renamed', readTree(join(FIXTURES, 'tree')))).toBe(ok('path-named'));
  });

  it('"${./path}" copies a symlink given as the path itself as a symlink', () => {
    const [f, s, t, l] = ok<string[]>('interp-fixtures');
    expect([f, s, t]).toEqual(ok<string[]>('path-fixtures').slice(0, 3));
    expect(sourcePath('link', readTree(join(FIXTURES, 'link')))).toBe(l);
    expect(sourcePath('link', { type: 'symlink', target: 'file.txt' })).toBe(l);
  });

  it('handles empty dirs, sorting, unicode names, padding, dangling links', () => {
    const names = Object.keys(SYNTHETIC_TREES);
    const got = names.map((n) => sourcePath(n, SYNTHETIC_TREES[n]));
    expect(got).toEqual(ok('path-synthetic'));
  });

  it('builtins.hashFile hashes flat contents', () => {
    const contents = readFileSync(join(FIXTURES, 'file.txt'));
    const got = (['md5', 'sha1', 'sha256', 'sha512'] as const).map((a) =>
      formatHash(hashBytes(a, contents), a, 'base16'),
    );
    expect(got).toEqual(ok('hashFile-fixtures'));
  });

  it('rejects invalid entry names', () => {
    const bad: NarNode = { type: 'directory', entries: new Map([['a/b', file('')]]) };
    expect(() => narBytes(bad)).toThrow("NAR contains invalid file name 'a/b'");
  });
});
