/**
 * The playground's JavaScript, in gzip bytes (level 9), measured on a built site (`build/`):
 * what the page loads before Monaco, Monaco, ELK, and the total. Used by `npm run bench:size`
 * and `npm run bench:ui`.
 *
 * "Before Monaco" is the page's part — the scripts `index.html` starts and the ones it preloads
 * (`<link rel="modulepreload">`: the route's own code, which SvelteKit imports before the first
 * render), with everything they import statically — plus the evaluation worker's, which the page
 * starts at once (its entry and its static imports). Code behind a dynamic `import()` is not in it.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Target (issue #5, #10): JavaScript before Monaco, page + worker. */
export const BEFORE_MONACO_BUDGET = 200 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** `entries` and every script they import statically, transitively. */
function staticClosure(entries: string[]): string[] {
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import{…}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(join(dirname(file), m[1]));
  }
  return [...seen];
}

/** The scripts `index.html` starts or preloads, with their static imports. */
export function initialScripts(build: string): string[] {
  const html = readFileSync(join(build, 'index.html'), 'utf8');
  const started = [...html.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1]);
  const preloaded = [...html.matchAll(/<link href="\.\/([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]);
  return staticClosure([...started, ...preloaded].map((file) => join(build, file)));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Gzip bytes by part; the keys starting `before Monaco` are held to `BEFORE_MONACO_BUDGET`. */
export function javascriptSizes(build: string): Record<string, number> {
  const js = allFiles(join(build, '_app')).filter((f) => f.endsWith('.js'));
  const initial = initialScripts(build);
  const worker = staticClosure(js.filter((f) => /arbor\.worker-[^/]*\.js$/.test(f)));
  const elk = js.filter((f) => /elk-worker/.test(f));
  const monaco = js.filter(
    (f) =>
      /editor\.worker/.test(f) ||
      (readFileSync(f, 'utf8').includes('monaco') && readFileSync(f).length > 500_000),
  );
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(f), 0);
  return {
    'page (main thread, before Monaco)': sum(initial),
    'evaluation worker': sum(worker),
    'before Monaco (page + worker)': sum(initial) + sum(worker),
    'Monaco (lazy, incl. its worker)': sum(monaco),
    'ELK (lazy, in its worker)': sum(elk),
    total: sum(js),
  };
}
