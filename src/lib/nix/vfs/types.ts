/**
 * The file system the evaluator sees. Evaluation is synchronous, so is this interface; the core
 * never imports Node: the CLI passes `NodeFileSystem`, the browser and tests `MemoryFileSystem`.
 * Paths are absolute and slash-separated. Every method throws `FileSystemError` for a missing
 * path, with the errno-style code Node would use, so callers can word Nix's messages.
 */

export type FileType = 'regular' | 'directory' | 'symlink' | 'unknown';

export interface FileStat {
  type: FileType;
  executable: boolean;
}

export interface FileSystem {
  /** lstat: a symlink is reported as a symlink. Returns null when nothing is there. */
  stat(path: string): FileStat | null;
  readFile(path: string): Uint8Array;
  /** Entries of a directory with their types (symlinks not followed), in no particular order. */
  readDirectory(path: string): Array<[string, FileType]>;
  readLink(path: string): string;
}

export class FileSystemError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EINVAL' | 'EACCES' | 'ELOOP',
    readonly path: string,
    message?: string,
  ) {
    super(message ?? `${code}: ${path}`);
  }
}

const decoder = new TextDecoder('utf-8');
export function readText(fs: FileSystem, path: string): string {
  return decoder.decode(fs.readFile(path));
}

/** Follows symlinks in the last component (and, via the implementations, in parents). */
export function resolveSymlinks(fs: FileSystem, path: string): string {
  let current = path;
  for (let i = 0; i < 1024; i++) {
    const stat = fs.stat(current);
    if (stat === null || stat.type !== 'symlink') return current;
    const target = fs.readLink(current);
    current = target.startsWith('/') ? target : current.slice(0, current.lastIndexOf('/') + 1) + target;
    current = normalize(current);
  }
  throw new FileSystemError(
    'ELOOP',
    path,
    `too many symbolic links encountered while traversing the path '${path}'`,
  );
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}
