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

/**
 * A failed file system operation. `ENAMETOOLONG` and `EIO` (anything else the OS reports) carry
 * Nix's whole message ("getting status of '…': File name too long"), to be shown as it is.
 */
export class FileSystemError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EINVAL' | 'EACCES' | 'ELOOP' | 'ENAMETOOLONG' | 'EIO',
    readonly path: string,
    message?: string,
  ) {
    super(message ?? `${code}: ${path}`);
  }
}

/** A FileSystemError in Nix's words, for one that reaches the top of an evaluation. */
export function fileSystemMessage(error: FileSystemError): string {
  switch (error.code) {
    case 'ENOENT':
      return `path '${error.path}' does not exist`;
    case 'ENOTDIR':
      return `getting status of '${error.path}': Not a directory`;
    case 'EISDIR':
      return `reading file '${error.path}': Is a directory`;
    case 'EACCES':
      return `getting status of '${error.path}': Permission denied`;
    case 'EINVAL':
      return `getting status of '${error.path}': Invalid argument`;
    case 'ELOOP':
      return error.message.startsWith('ELOOP')
        ? `infinite symlink recursion in path '${error.path}'`
        : error.message;
    case 'ENAMETOOLONG':
    case 'EIO':
      return error.message;
  }
}

const decoder = new TextDecoder('utf-8');
export function readText(fs: FileSystem, path: string): string {
  return decoder.decode(fs.readFile(path));
}

/** Follows symlinks in the last component (and, via the implementations, in parents). */
export function resolveSymlinks(fs: FileSystem, path: string): string {
  let current = path;
  for (let follows = 1; ; follows++) {
    const stat = fs.stat(current);
    if (stat === null || stat.type !== 'symlink') return current;
    // Like Nix's canonPath, the 1024th link is not followed; the message names where it was.
    if (follows >= 1024) {
      throw new FileSystemError(
        'ELOOP',
        current,
        `too many symbolic links encountered while traversing the path '${current}'`,
      );
    }
    const target = fs.readLink(current);
    current = target.startsWith('/') ? target : current.slice(0, current.lastIndexOf('/') + 1) + target;
    current = normalize(current);
  }
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
