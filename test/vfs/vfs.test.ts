// The file systems the evaluator reads through: in memory (browser, tests), Node (CLI), and the
// overlay that adds Nix's own files.

import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../src/lib/nix/vfs/memory';
import { NodeFileSystem } from '../../src/lib/nix/vfs/node';
import { OverlayFileSystem } from '../../src/lib/nix/vfs/overlay';
import { isNixError, type FileSystemDetail } from '../../src/lib/nix/errors/nix-error';
import { readText, resolveSymlinks, type FileSystem } from '../../src/lib/nix/vfs/types';

/** The code and path of the file-system error `f` throws (null if it throws nothing). */
function fileSystemErrorOf(f: () => unknown): FileSystemDetail | null {
  try {
    f();
    return null;
  } catch (error) {
    if (isNixError(error, 'file-system')) return error.detail;
    throw error;
  }
}

function behaves(name: string, make: () => { fs: FileSystem; root: string }) {
  describe(name, () => {
    it('reads files, lists directories with types, and stats without following links', () => {
      const { fs, root } = make();
      expect(readText(fs, `${root}/a/b.txt`)).toBe('hello');
      expect(fs.readDirectory(`${root}/a`).sort()).toEqual([
        ['b.txt', 'regular'],
        ['link', 'symlink'],
        ['sub', 'directory'],
      ]);
      expect(fs.stat(`${root}/a/link`)?.type).toBe('symlink');
      expect(fs.stat(`${root}/a/sub`)?.type).toBe('directory');
      expect(fs.stat(`${root}/a/run.sh`)).toBeNull();
      expect(fs.stat(`${root}/a/sub/x.sh`)).toEqual({ type: 'regular', executable: true });
    });

    it('resolves symlinks and reads through them', () => {
      const { fs, root } = make();
      expect(fs.readLink(`${root}/a/link`)).toBe('b.txt');
      expect(resolveSymlinks(fs, `${root}/a/link`)).toBe(`${root}/a/b.txt`);
      expect(readText(fs, `${root}/a/link`)).toBe('hello');
    });

    it('throws a file-system error with an errno code for missing paths', () => {
      const { fs, root } = make();
      expect(fileSystemErrorOf(() => fs.readFile(`${root}/missing`))).toEqual({
        code: 'ENOENT',
        path: `${root}/missing`,
      });
      expect(fileSystemErrorOf(() => fs.readDirectory(`${root}/a/b.txt`))?.code).toBe('ENOTDIR');
    });
  });
}

behaves('MemoryFileSystem', () => {
  const fs = new MemoryFileSystem({ '/p/a/b.txt': 'hello' });
  fs.symlink('/p/a/link', 'b.txt');
  fs.writeFile('/p/a/sub/x.sh', '#!/bin/sh', true);
  return { fs, root: '/p' };
});

behaves('NodeFileSystem', () => {
  const root = mkdtempSync(join(tmpdir(), 'arbor-vfs-'));
  mkdirSync(join(root, 'a/sub'), { recursive: true });
  writeFileSync(join(root, 'a/b.txt'), 'hello');
  symlinkSync('b.txt', join(root, 'a/link'));
  writeFileSync(join(root, 'a/sub/x.sh'), '#!/bin/sh');
  chmodSync(join(root, 'a/sub/x.sh'), 0o755);
  return { fs: new NodeFileSystem(), root };
});

describe('OverlayFileSystem', () => {
  it('adds files and their directories over another file system', () => {
    const base = new MemoryFileSystem({ '/x/y.nix': '1' });
    const fs = new OverlayFileSystem(base, new Map([['/extra/dir/f.nix', new TextEncoder().encode('2')]]));
    expect(readText(fs, '/extra/dir/f.nix')).toBe('2');
    expect(fs.stat('/extra/dir')?.type).toBe('directory');
    expect(fs.readDirectory('/extra/dir')).toEqual([['f.nix', 'regular']]);
    expect(readText(fs, '/x/y.nix')).toBe('1');
  });
});
