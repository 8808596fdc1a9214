/**
 * An in-memory file system: the browser worker's and the tests'. A project is a map from absolute
 * path to contents; directories are implied by the files in them (and can also be made empty).
 */

import { fileSystemError, type FileStat, type FileSystem, type FileType } from './types';

type Entry =
  | { type: 'regular'; contents: Uint8Array; executable: boolean }
  | { type: 'symlink'; target: string }
  | { type: 'directory' };

const encoder = new TextEncoder();

export class MemoryFileSystem implements FileSystem {
  private readonly entries = new Map<string, Entry>([['/', { type: 'directory' }]]);

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, contents] of Object.entries(files)) this.writeFile(path, contents);
  }

  writeFile(path: string, contents: string | Uint8Array, executable = false): void {
    this.makeParents(path);
    const bytes = typeof contents === 'string' ? encoder.encode(contents) : contents;
    this.entries.set(path, { type: 'regular', contents: bytes, executable });
  }

  symlink(path: string, target: string): void {
    this.makeParents(path);
    this.entries.set(path, { type: 'symlink', target });
  }

  mkdir(path: string): void {
    this.makeParents(path);
    if (!this.entries.has(path)) this.entries.set(path, { type: 'directory' });
  }

  private makeParents(path: string): void {
    const parts = path.split('/').filter(Boolean);
    let current = '';
    for (let i = 0; i < parts.length - 1; i++) {
      current += '/' + parts[i];
      const existing = this.entries.get(current);
      if (existing && existing.type !== 'directory') throw fileSystemError('ENOTDIR', current);
      if (!existing) this.entries.set(current, { type: 'directory' });
    }
  }

  /** All regular files, as path → contents (for archives and the playground's file tree). */
  files(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const [path, entry] of this.entries) if (entry.type === 'regular') out.set(path, entry.contents);
    return out;
  }

  stat(path: string): FileStat | null {
    const entry = this.entries.get(path);
    if (!entry) return null;
    return { type: entry.type, executable: entry.type === 'regular' && entry.executable };
  }

  readFile(path: string): Uint8Array {
    const entry = this.entries.get(path);
    if (!entry) throw fileSystemError('ENOENT', path);
    if (entry.type === 'directory') throw fileSystemError('EISDIR', path);
    if (entry.type === 'symlink') return this.readFile(this.resolve(path));
    return entry.contents;
  }

  private resolve(path: string): string {
    let current = path;
    for (let i = 0; i < 64; i++) {
      const entry = this.entries.get(current);
      if (!entry || entry.type !== 'symlink') return current;
      current = entry.target.startsWith('/')
        ? entry.target
        : current.slice(0, current.lastIndexOf('/') + 1) + entry.target;
    }
    throw fileSystemError('ELOOP', path);
  }

  readDirectory(path: string): Array<[string, FileType]> {
    const entry = this.entries.get(path);
    if (!entry) throw fileSystemError('ENOENT', path);
    if (entry.type !== 'directory') throw fileSystemError('ENOTDIR', path);
    const prefix = path === '/' ? '/' : path + '/';
    const out: Array<[string, FileType]> = [];
    for (const [p, e] of this.entries) {
      if (p.startsWith(prefix) && p !== path && !p.slice(prefix.length).includes('/')) {
        out.push([p.slice(prefix.length), e.type]);
      }
    }
    return out;
  }

  readLink(path: string): string {
    const entry = this.entries.get(path);
    if (!entry) throw fileSystemError('ENOENT', path);
    if (entry.type !== 'symlink') throw fileSystemError('EINVAL', path);
    return entry.target;
  }
}
