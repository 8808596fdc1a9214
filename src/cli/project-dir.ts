/** Reading a project directory into ProjectFiles, and writing files back (for `arbor new`). */

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ProjectFiles } from '../lib/arbor/types';

/** Directories that are never part of a project. */
const SKIPPED = new Set(['.git', 'node_modules', '.direnv', 'result']);

export function readProject(dir: string): ProjectFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `${dir} is not a directory; pass the root of an Arbor project (the folder with inventory/)`,
    );
  }
  const files: ProjectFiles = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (SKIPPED.has(name) || name.startsWith('result-')) continue;
      const path = join(d, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && stat.size < 4 * 1024 * 1024)
        files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export function writeProject(dir: string, files: ProjectFiles): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
