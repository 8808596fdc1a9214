/**
 * Reading a project directory into ProjectFiles, and writing files back (for `arbor new` and
 * `arbor archive -o`). Whatever the file system says — a symbolic-link loop, a link back to a
 * folder above, a missing or read-only folder — becomes a CliError that says which path and what
 * went wrong, never a Node stack trace.
 */

import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ProjectFiles } from '../../lib/arbor/types';
import { CliError } from '../command';

/** Directories that are never part of a project. */
const SKIPPED = new Set(['.git', 'node_modules', '.direnv', 'result']);

/** What an errno means, in words (Node's own messages name the syscall, not the problem). */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links (a symbolic-link loop)',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'it already exists',
};

/** A file system error as a CliError: `cannot <doing> <path>: <reason>`. */
function failure(error: unknown, doing: string, path: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) throw error;
  const reason = REASONS[code] ?? (error as Error).message;
  return new CliError(`cannot ${doing} ${path}: ${reason}`);
}

function attempt<T>(doing: string, path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw failure(error, doing, path);
  }
}

export function readProject(dir: string): ProjectFiles {
  const top = attempt('read', dir, () => statSync(dir, { throwIfNoEntry: false }));
  if (!top || !top.isDirectory()) {
    throw new Error(
      `${dir} is not a directory; pass the root of an Arbor project (the folder with inventory/)`,
    );
  }
  const files: ProjectFiles = {};
  // Real paths of the folders being read: a link back to one of them would never end.
  const open = new Set<string>();
  const walk = (d: string) => {
    const real = attempt('read', d, () => realpathSync(d));
    if (open.has(real))
      throw new CliError(`cannot read ${d}: a symbolic link back to a folder above it (a loop)`);
    open.add(real);
    for (const name of attempt('read the folder', d, () => readdirSync(d)).sort()) {
      if (SKIPPED.has(name) || name.startsWith('result-')) continue;
      const path = join(d, name);
      let stat;
      try {
        stat = statSync(path, { throwIfNoEntry: false });
      } catch (error) {
        throw failure(error, 'read', path);
      }
      // A dangling symbolic link is not part of the project.
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && stat.size < 4 * 1024 * 1024)
        files[relative(dir, path)] = attempt('read', path, () => readFileSync(path, 'utf8'));
    }
    open.delete(real);
  };
  walk(dir);
  return files;
}

/**
 * Creates a folder and its missing parents, one at a time (Node's `recursive` mkdir can spin
 * forever where the OS refuses, as under /proc).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    let stat;
    try {
      stat = statSync(current, { throwIfNoEntry: false });
    } catch (error) {
      // Below a file: go on up to say which one.
      if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR')
        throw failure(error, 'create the folder', current);
    }
    if (stat?.isDirectory()) break;
    if (stat) throw new CliError(`cannot create the folder ${dir}: ${current} is not a folder`);
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) attempt('create the folder', folder, () => mkdirSync(folder));
}

/** Writes one output file (`arbor archive -o`); its folder must exist, as for any Unix tool. */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  const folder = dirname(path);
  const stat = attempt('write', path, () => statSync(folder, { throwIfNoEntry: false }));
  if (!stat) throw new CliError(`cannot write ${path}: the folder ${folder} does not exist`);
  if (!stat.isDirectory()) throw new CliError(`cannot write ${path}: ${folder} is not a folder`);
  attempt('write', path, () => writeFileSync(path, bytes));
}

export function writeProject(dir: string, files: ProjectFiles): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    makeFolders(dirname(target));
    attempt('write', target, () => writeFileSync(target, text));
  }
}
