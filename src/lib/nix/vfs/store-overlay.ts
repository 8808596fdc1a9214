/**
 * The store paths an evaluation added in `--read-write-mode`, laid over another file system: a
 * file written by `builtins.toFile` or a source copied to the store can be read back (imported,
 * read, copied again) under its store path, as from a real store. Nothing is written anywhere.
 */

import type { NarNode } from '../store';
import { fileSystemError, type FileStat, type FileSystem, type FileType } from './types';

export class StoreOverlayFileSystem implements FileSystem {
  constructor(
    private readonly base: FileSystem,
    private readonly storeDir: string,
    /** Store path (`/nix/store/<hash>-<name>`) → its contents. */
    private readonly added: ReadonlyMap<string, NarNode>,
  ) {}

  /** The added node at `path`; undefined when the path is not under an added store path. */
  private lookup(path: string): NarNode | null | undefined {
    if (this.added.size === 0 || !path.startsWith(this.storeDir + '/')) return undefined;
    const rest = path.slice(this.storeDir.length + 1);
    const slash = rest.indexOf('/');
    const top = this.added.get(this.storeDir + '/' + (slash < 0 ? rest : rest.slice(0, slash)));
    if (top === undefined) return undefined;
    let node: NarNode = top;
    if (slash < 0) return node;
    for (const name of rest.slice(slash + 1).split('/')) {
      if (name === '') continue;
      if (node.type !== 'directory') return null;
      const child = node.entries.get(name);
      if (child === undefined) return null;
      node = child;
    }
    return node;
  }

  stat(path: string): FileStat | null {
    const node = this.lookup(path);
    if (node === undefined) return this.base.stat(path);
    if (node === null) return null;
    return { type: node.type, executable: node.type === 'regular' && node.executable };
  }

  readFile(path: string): Uint8Array {
    const node = this.lookup(path);
    if (node === undefined) return this.base.readFile(path);
    if (node === null) throw fileSystemError('ENOENT', path);
    if (node.type === 'directory') throw fileSystemError('EISDIR', path);
    if (node.type === 'symlink') return this.readFile(this.resolve(path, node.target));
    return node.contents;
  }

  readDirectory(path: string): Array<[string, FileType]> {
    const node = this.lookup(path);
    if (node === undefined) return this.base.readDirectory(path);
    if (node === null) throw fileSystemError('ENOENT', path);
    if (node.type !== 'directory') throw fileSystemError('ENOTDIR', path);
    return [...node.entries].map(([name, child]) => [name, child.type]);
  }

  readLink(path: string): string {
    const node = this.lookup(path);
    if (node === undefined) return this.base.readLink(path);
    if (node === null) throw fileSystemError('ENOENT', path);
    if (node.type !== 'symlink') throw fileSystemError('EINVAL', path);
    return node.target;
  }

  private resolve(path: string, target: string): string {
    return target.startsWith('/') ? target : path.slice(0, path.lastIndexOf('/') + 1) + target;
  }
}
