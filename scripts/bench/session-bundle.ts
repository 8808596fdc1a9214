// The session API bundled and minified as the CLI and the worker ship it, for the benchmarks
// (so they measure production code, not tsx-transformed sources). Written to .bench/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const benchDir = join(fileURLToPath(new URL('../..', import.meta.url)), '.bench');

export type SessionBundle = {
  evaluateProject: import('../../src/lib/arbor/evaluate').Session['evaluate'];
} & typeof import('../../src/lib/arbor/generated/examples');

export async function loadSessionBundle(): Promise<SessionBundle> {
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(
    join(benchDir, 'session-entry.ts'),
    // One session for the whole benchmark, as the playground's worker keeps one.
    "import { Session } from '../src/lib/arbor/evaluate';\n" +
      'const session = new Session();\n' +
      'export const evaluateProject = (files, options) => session.evaluate(files, options);\n' +
      "export { EXAMPLES } from '../src/lib/arbor/generated/examples';\n",
  );
  await build({
    entryPoints: [join(benchDir, 'session-entry.ts')],
    outfile: join(benchDir, 'session.mjs'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return (await import(join(benchDir, 'session.mjs'))) as SessionBundle;
}
