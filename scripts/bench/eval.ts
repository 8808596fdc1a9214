// `npm run bench:eval`: evaluation speed against the real nix-instantiate, in the same run.
//
// Each workload is a .nix file under .bench/ (inside the repository, so the oracle sees it). For
// each, `nix-instantiate --eval --strict` and `arbor instantiate --eval --strict` run several times
// as processes (start-up included), and our evaluator also runs in-process, warm, as the
// playground's worker runs it. Printed: medians and ratios. Targets (issue #3): process ratio ≤ 1.0
// where Nix takes over 100 ms; in-process ≤ 0.5 × Nix.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildCli } from '../build-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, '.bench');
mkdirSync(dir, { recursive: true });
const runs = Number(process.env.BENCH_RUNS ?? 5);

function importChain(n: number): string {
  const chain = join(dir, 'chain');
  mkdirSync(chain, { recursive: true });
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `import ./f${i + 1}.nix` : '{ total = 0; }';
    writeFileSync(
      join(chain, `f${i}.nix`),
      `let next = ${next}; in next // { total = next.total + ${i}; a${i} = builtins.genList (x: x * ${i}) 50; }\n`,
    );
  }
  return 'builtins.attrNames (import ./chain/f0.nix) ++ [ (import ./chain/f0.nix).total ]';
}

const WORKLOADS: Record<string, () => string> = {
  'fib 25': () => 'let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 25',
  'attrsets 100k build+merge': () =>
    'let s = builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 100000); t = builtins.mapAttrs (n: v: v + 1) s; in builtins.length (builtins.attrNames (s // t)) + (s // t).a500',
  'sort+fold 100k': () =>
    "builtins.foldl' (a: b: a + b) 0 (builtins.sort builtins.lessThan (builtins.genList (i: (i * 7919) - 100003 * ((i * 7919) / 100003)) 100000))",
  'strings + replaceStrings': () =>
    'builtins.stringLength (builtins.concatStringsSep "," (builtins.genList (i: builtins.replaceStrings [ "1" "2" "3" ] [ "one" "two" "three" ] "item-${toString i}") 100000))',
  'toJSON/fromJSON': () =>
    'let v = builtins.genList (i: { a = i; b = "s${toString i}"; c = [ i true null 1.5 ]; }) 30000; in builtins.stringLength (builtins.toJSON (builtins.fromJSON (builtins.toJSON v)))',
  'deep import chain (300 files)': () => importChain(300),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeProcess(command: string, args: string[]): { ms: number; out: string } {
  const times: number[] = [];
  let out = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(command, args, { cwd: dir, encoding: 'latin1', maxBuffer: 1 << 28 });
    times.push(performance.now() - start);
    out = r.status === 0 ? r.stdout : `exit ${r.status}: ${r.stderr.slice(0, 300)}`;
  }
  return { ms: median(times), out };
}

// The in-process runs use the evaluator bundled and minified as the playground ships it, not the
// TypeScript sources through a loader.
type Instantiate = typeof import('../../src/lib/nix/instantiate/instantiate').instantiateBytes;
type NodeFs = typeof import('../../src/lib/nix/vfs/node').NodeFileSystem;
async function loadBundle(): Promise<{ instantiateBytes: Instantiate; NodeFileSystem: NodeFs }> {
  const entry = join(dir, 'bench-entry.ts');
  writeFileSync(
    entry,
    "export { instantiateBytes } from '../src/lib/nix/instantiate/instantiate';\nexport { NodeFileSystem } from '../src/lib/nix/vfs/node';\n",
  );
  await build({
    entryPoints: [entry],
    outfile: join(dir, 'evaluator.mjs'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(join(dir, 'evaluator.mjs'));
}
const { instantiateBytes, NodeFileSystem } = await loadBundle();

function timeInProcess(file: string): number {
  const fs = new NodeFileSystem();
  const run = () => instantiateBytes({ argv: ['--eval', '--strict', file], cwd: dir, fs, env: {} });
  run();
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

await buildCli();
const oracle = join(root, 'scripts/oracle/nix-instantiate');
const arbor = join(root, 'bin/arbor');
const version = spawnSync(oracle, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error('bench:eval needs the oracle: run sudo bash scripts/oracle/setup.sh');
  process.exit(1);
}
console.log(
  `oracle: ${version.stdout.trim()}; ${runs} runs each, medians; cpu: ${execFileSync('nproc').toString().trim()} cores`,
);
console.log('workload                         nix ms   arbor ms  ratio   in-process ms  ratio  same output');
let failures = 0;
for (const [name, make] of Object.entries(WORKLOADS)) {
  const file = `${name.replace(/[^a-z0-9]+/gi, '-')}.nix`;
  writeFileSync(join(dir, file), make() + '\n');
  const nix = timeProcess(oracle, ['--eval', '--strict', file]);
  const ours = timeProcess(arbor, ['instantiate', '--eval', '--strict', file]);
  const warm = timeInProcess(file);
  const same = nix.out === ours.out;
  const ratio = ours.ms / nix.ms;
  const warmRatio = warm / nix.ms;
  const target = nix.ms > 100 ? (ratio <= 1 ? 'met' : 'missed') : 'n/a (<100 ms)';
  console.log(
    `${name.padEnd(32)} ${nix.ms.toFixed(0).padStart(6)} ${ours.ms.toFixed(0).padStart(10)} ${ratio.toFixed(2).padStart(6)} ${warm.toFixed(1).padStart(14)} ${warmRatio.toFixed(2).padStart(6)}  ${same ? 'yes' : 'NO'}   process target ${target}, in-process ${warmRatio <= 0.5 ? 'met' : 'missed'}`,
  );
  if (!same) {
    failures++;
    console.log(`  nix:   ${nix.out.slice(0, 200)}\n  arbor: ${ours.out.slice(0, 200)}`);
  }
}
if (failures) process.exitCode = 1;
