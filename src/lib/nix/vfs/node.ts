/**
 * The real file system, for the CLI and the Node tests. The only file of the evaluator that
 * imports from Node.
 */

import * as fs from 'node:fs';
import { FileSystemError, type FileStat, type FileSystem, type FileType } from './types';

function rethrow(error: unknown, path: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (
    code === 'ENOENT' ||
    code === 'ENOTDIR' ||
    code === 'EISDIR' ||
    code === 'EACCES' ||
    code === 'ELOOP' ||
    code === 'EINVAL'
  ) {
    throw new FileSystemError(code, path);
  }
  throw error;
}

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
