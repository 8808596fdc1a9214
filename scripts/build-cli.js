// Bundles the CLI (src/cli/node-main.ts and everything it imports) into dist/cli.js with esbuild.
// Run by `npm ci` (the `prepare` script) and by bin/arbor when the bundle is missing.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: [`${root}/src/cli/node-main.ts`],
    outdir: `${root}/dist`,
    entryNames: 'cli',
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
