/**
 * The real file system, for the CLI and the Node tests. The only file of the evaluator that
 * imports from Node.
 */

import * as fs from 'node:fs';
import { fileSystemError, type FileStat, type FileSystem, type FileType } from './types';

function rethrow(error: unknown, path: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (
    code === 'ENOENT' ||
    code === 'ENOTDIR' ||
    code === 'EISDIR' ||
    code === 'EACCES' ||
    code === 'EINVAL'
  ) {
    throw fileSystemError(code, path);
  }
  if (code === 'ELOOP') throw fileSystemError(code, loopingPrefix(path));
  if (code === 'ENAMETOOLONG') {
    // Nix looks at a path one component at a time: it names the first one that is too long.
    const parts = path.split('/');
    const long = parts.findIndex((part) => part.length > NAME_MAX);
    const where = long < 0 ? path : parts.slice(0, long + 1).join('/');
    throw fileSystemError(code, where, `getting status of '${where}': File name too long`);
  }
  if (typeof code === 'string' && error instanceof Error) {
    // Anything else the OS says (EIO, EPERM, …), in its own words, as Nix reports it.
    const reason = /^[A-Z0-9]+: ([^,]*)/.exec(error.message)?.[1] ?? code;
    const text = reason.charAt(0).toUpperCase() + reason.slice(1);
    throw fileSystemError('EIO', path, `getting status of '${path}': ${text}`);
  }
  throw error;
}

/** The first ancestor of `path` (or itself) whose symbolic links go round in a loop. */
function loopingPrefix(path: string): string {
  const parts = path.split('/');
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    try {
      fs.statSync(prefix);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return prefix;
    }
  }
  return path;
}

/** The longest file name (one path component, in bytes) Linux and macOS accept. */
const NAME_MAX = 255;

function typeOf(stats: fs.Stats | fs.Dirent): FileType {
  if (stats.isFile()) return 'regular';
  if (stats.isDirectory()) return 'directory';
  if (stats.isSymbolicLink()) return 'symlink';
  return 'unknown';
}

export class NodeFileSystem implements FileSystem {
  stat(path: string): FileStat | null {
    try {
      const stats = fs.lstatSync(path);
      return { type: typeOf(stats), executable: stats.isFile() && (stats.mode & 0o100) !== 0 };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      return rethrow(error, path);
    }
  }

  readFile(path: string): Uint8Array {
    try {
      return fs.readFileSync(path);
    } catch (error) {
      return rethrow(error, path);
    }
  }

  readDirectory(path: string): Array<[string, FileType]> {
    try {
      return fs.readdirSync(path, { withFileTypes: true }).map((entry) => [entry.name, typeOf(entry)]);
    } catch (error) {
      return rethrow(error, path);
    }
  }

  readLink(path: string): string {
    try {
      return fs.readlinkSync(path);
    } catch (error) {
      return rethrow(error, path);
    }
  }
}
