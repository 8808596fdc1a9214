// The boundaries docs/architecture.md draws, checked on the source: the evaluator has one front
// door (src/lib/nix/index.ts, plus src/lib/nix/node.ts for what only Node has), and only its
// Node adapter imports Node, so the same evaluator runs in the playground's worker.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const nixDir = join(src, 'lib/nix');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s*'([^']+)'/g))
    found.push(match[1]);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g)) found.push(match[1]);
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(match[1]);
  return found;
}

/** The absolute path a specifier names, for relative and `$lib` ones; null for packages. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('$lib/')) return join(src, 'lib', specifier.slice('$lib/'.length));
  if (specifier === '$lib') return join(src, 'lib');
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return null;
}

const frontDoors = new Set([nixDir, join(nixDir, 'index'), join(nixDir, 'index.ts')]);
const nodeDoors = new Set([join(nixDir, 'node'), join(nixDir, 'node.ts')]);

describe('the evaluator', () => {
  it('is imported only through its front door', () => {
    const outside = sourceFiles(src).filter((file) => !file.startsWith(nixDir + '/'));
    const offenders: string[] = [];
    for (const file of outside) {
      for (const specifier of specifiers(file)) {
        const path = target(file, specifier);
        if (path === null || !(path === nixDir || path.startsWith(nixDir + '/'))) continue;
        if (frontDoors.has(path) || nodeDoors.has(path)) continue;
        offenders.push(`${relative(root, file)} imports '${specifier}'`);
      }
    }
    expect(offenders).toEqual([]);
    // The check sees the imports it is meant to see.
    expect(outside.some((file) => specifiers(file).includes('../nix'))).toBe(true);
  });

  it('is given Node only by the CLI', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !file.startsWith(join(src, 'cli') + '/'))
      .flatMap((file) =>
        specifiers(file)
          .filter((specifier) => {
            const path = target(file, specifier);
            return path !== null && nodeDoors.has(path) && !file.startsWith(nixDir + '/');
          })
          .map((specifier) => `${relative(root, file)} imports '${specifier}'`),
      );
    expect(offenders).toEqual([]);
  });

  it('imports Node in its Node adapter alone', () => {
    const adapter = join(nixDir, 'vfs/node.ts');
    const files = sourceFiles(nixDir);
    const offenders = files
      .filter((file) => file !== adapter)
      .flatMap((file) =>
        specifiers(file)
          .filter(
            (specifier) => specifier.startsWith('node:') || ['fs', 'path', 'os', 'url'].includes(specifier),
          )
          .map((specifier) => `${relative(root, file)} imports '${specifier}'`),
      );
    expect(offenders).toEqual([]);
    expect(specifiers(adapter).some((specifier) => specifier.startsWith('node:'))).toBe(true);
  });
});
