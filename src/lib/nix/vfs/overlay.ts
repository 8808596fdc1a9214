/**
 * A file system with a few extra read-only files laid over another one: how the evaluator adds
 * its own Nix files (`<nix/fetchurl.nix>`) to whatever file system it was given.
 */

import { fileSystemError, type FileStat, type FileSystem, type FileType } from './types';

export class OverlayFileSystem implements FileSystem {
  private readonly directories = new Set<string>();

  constructor(
    private readonly base: FileSystem,
    private readonly files: Map<string, Uint8Array>,
  ) {
    for (const path of files.keys()) {
      for (let p = path.slice(0, path.lastIndexOf('/')); p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) {
        this.directories.add(p);
      }
    }
  }

  stat(path: string): FileStat | null {
    if (this.files.has(path)) return { type: 'regular', executable: false };
    if (this.directories.has(path)) return { type: 'directory', executable: false };
    return this.base.stat(path);
  }

  readFile(path: string): Uint8Array {
    const file = this.files.get(path);
    if (file !== undefined) return file;
    if (this.directories.has(path)) throw fileSystemError('EISDIR', path);
    return this.base.readFile(path);
  }

  readDirectory(path: string): Array<[string, FileType]> {
    if (!this.directories.has(path)) return this.base.readDirectory(path);
    const prefix = path + '/';
    const out: Array<[string, FileType]> = [];
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix) && !file.slice(prefix.length).includes('/'))
        out.push([file.slice(prefix.length), 'regular']);
    }
    return out;
  }

  readLink(path: string): string {
    return this.base.readLink(path);
  }
}
