// `npm run bench:size`: the evaluator's bundle size, minified + gzip (budget 120 KB), and for
// reference the session API with the bundled Nix library.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET = 120 * 1024;

async function size(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [`${root}/${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    // The Node file system adapter is not part of the browser bundle.
    external: ['node:*'],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const evaluator = await size('src/lib/nix/index.ts');
const session = await size('src/lib/arbor/evaluate.ts');
console.log(
  `evaluator (src/lib/nix): ${kb(evaluator.raw)} minified, ${kb(evaluator.gzip)} gzip (budget ${kb(BUDGET)}): ${evaluator.gzip <= BUDGET ? 'within budget' : 'OVER BUDGET'}`,
);
console.log(
  `session API + Nix library (src/lib/arbor/evaluate.ts): ${kb(session.raw)} minified, ${kb(session.gzip)} gzip`,
);
if (evaluator.gzip > BUDGET) process.exitCode = 1;
