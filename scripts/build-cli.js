// Bundles the CLI (src/cli/process/entry.ts and everything it imports) into dist/cli.js with esbuild.
// Run by `npm ci` (the `prepare` script) and by bin/arbor when the bundle is missing.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    // The CLI, and the worker thread `arbor check` runs hosts in (src/cli/project/parallel-check.ts).
    entryPoints: {
      cli: `${root}/src/cli/process/entry.ts`,
      'check-worker': `${root}/src/cli/project/check-worker.ts`,
    },
    outdir: `${root}/dist`,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
