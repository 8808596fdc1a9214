/**
 * The file system the evaluator sees. Evaluation is synchronous, so is this interface; the core
 * never imports Node: the CLI passes `NodeFileSystem`, the browser and tests `MemoryFileSystem`.
 * Paths are absolute and slash-separated. Every method throws a `file-system` error
 * (`fileSystemError`) for a missing path, with the errno-style code Node would use, so callers
 * can word Nix's messages.
 */

import { NixError } from '../errors/nix-error';

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

/** The errno-style codes a file system reports (`EIO`: anything else the OS says). */
export type FileSystemCode =
  'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EINVAL' | 'EACCES' | 'ELOOP' | 'ENAMETOOLONG' | 'EIO';

/** A failed file system operation: a `file-system` error with its code and path. */
export type FileSystemError = NixError<'file-system'>;

/**
 * A failed file system operation, in Nix's words unless `message` says otherwise (`ENAMETOOLONG`
 * and `EIO` carry Nix's whole message, "getting status of '…': File name too long"; a symlink
 * loop found while resolving says where it gave up). Builtins that word it differently ("opening
 * file '…': …") make their own from the code and path.
 */
export function fileSystemError(code: FileSystemCode, path: string, message?: string): FileSystemError {
  return new NixError('file-system', message ?? nixMessage(code, path), null, null, { code, path });
}

function nixMessage(code: FileSystemCode, path: string): string {
  switch (code) {
    case 'ENOENT':
      return `path '${path}' does not exist`;
    case 'ENOTDIR':
      return `getting status of '${path}': Not a directory`;
    case 'EISDIR':
      return `reading file '${path}': Is a directory`;
    case 'EACCES':
      return `getting status of '${path}': Permission denied`;
    case 'EINVAL':
      return `getting status of '${path}': Invalid argument`;
    case 'ELOOP':
      return `infinite symlink recursion in path '${path}'`;
    case 'ENAMETOOLONG':
      return `getting status of '${path}': File name too long`;
    case 'EIO':
      return `getting status of '${path}': Input/output error`;
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
      throw fileSystemError(
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
