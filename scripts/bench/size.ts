// `npm run bench:size`: the evaluator's bundle size, minified + gzip (budget 120 KB), and for
// reference the session API with the bundled Nix library; then, when the site is built
// (`npx vite build`), the playground's JavaScript in gzip bytes, against its target for what loads
// before Monaco (playground-bytes.ts says exactly what counts).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BEFORE_MONACO_BUDGET, javascriptSizes } from './playground-bytes';

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

const site = join(root, 'build');
if (!existsSync(join(site, 'index.html'))) {
  console.log('playground: build/ has no site; run `npx vite build` first to measure it');
} else {
  console.log('playground JavaScript (build/, gzip):');
  // A target, not yet a gate: reported, and `npm run bench` goes on.
  for (const [name, bytes] of Object.entries(javascriptSizes(site))) {
    const target = name.startsWith('before Monaco')
      ? bytes <= BEFORE_MONACO_BUDGET
        ? ' within target'
        : ` over target (${kb(BEFORE_MONACO_BUDGET)})`
      : '';
    console.log(`  ${name.padEnd(36)} ${kb(bytes).padStart(10)}${target}`);
  }
}
