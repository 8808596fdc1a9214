// Goldens for Arbor's Nix library, made by the real Nix (the oracle's nix-instantiate, see
// scripts/oracle/). Never edit a golden by hand: change the example or the library and rerun.
//
//   npx tsx test/library/gen.ts            write test/library/expected/** for every example
//   npx tsx test/library/gen.ts --check    fail listing every golden that differs from live Nix
//
// For each project under nix/examples/ (homelab, fleet, broken/<code>) the golden is the model
// that `nix-instantiate --eval --strict --json` prints for `import nix/lib/eval.nix { root; }`.
// When the oracle fails (broken/parse-error, broken/eval-error: the library cannot catch those,
// the TypeScript session API reports them) the golden is `{ "oracleError": <Nix's message> }`
// with the checkout's path replaced by `<repo>`, so goldens do not depend on where the
// repository lives. The model itself only holds project-relative file names.
//
// expected/flake/<name>.json is the summary of mk-outputs.nix with stand-in inputs
// (test/library/flake/summary.nix) for a few projects.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as prettier from 'prettier';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
const oracle = join(repoRoot, 'scripts/oracle/nix-instantiate');
const examplesDir = join(repoRoot, 'nix/examples');
const expectedDir = join(here, 'expected');

/** Projects whose flake wiring (mk-outputs.nix with stand-in inputs) is also recorded. */
const FLAKE_SUMMARIES = ['homelab', 'homelab-secrets', 'agenix-web', 'fleet', 'broken/unknown-role'];

/** Example names: "homelab", "fleet", "broken/<code>", sorted. */
export function listExamples(): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(examplesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (entry.name === 'broken') {
      for (const b of readdirSync(join(examplesDir, 'broken'), { withFileTypes: true }))
        if (b.isDirectory()) names.push(`broken/${b.name}`);
    } else names.push(entry.name);
  }
  return names.sort();
}

async function oracleJson(args: string[]): Promise<unknown> {
  try {
    const { stdout } = await run(oracle, args, { cwd: repoRoot, maxBuffer: 64 << 20 });
    return JSON.parse(stdout);
  } catch (e) {
    const err = e as { stderr?: string; code?: number };
    if (err.code === 127 || err.stderr === undefined) throw e;
    return { oracleError: lastError(err.stderr) };
  }
}

/** The final `error:` block of Nix's output, without the "… while" frames, paths made portable. */
function lastError(stderr: string): string {
  const lines = stderr.replaceAll(repoRoot, '<repo>').trimEnd().split('\n');
  let start = 0;
  lines.forEach((line, i) => {
    if (/^\s*error:/.test(line)) start = i;
  });
  return lines
    .slice(start)
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

export async function evalModel(example: string): Promise<unknown> {
  const rootExpr = `./${relative(repoRoot, join(examplesDir, example))}`;
  return oracleJson([
    '--eval',
    '--strict',
    '--json',
    '-E',
    `import ./nix/lib/eval.nix { root = ${rootExpr}; }`,
  ]);
}

export async function evalFlakeSummary(example: string): Promise<unknown> {
  const rootExpr = `./${relative(repoRoot, join(examplesDir, example))}`;
  return oracleJson([
    '--eval',
    '--strict',
    '--json',
    'test/library/flake/summary.nix',
    '--arg',
    'root',
    rootExpr,
  ]);
}

async function format(value: unknown): Promise<string> {
  return prettier.format(JSON.stringify(value), { parser: 'json', printWidth: 110 });
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const jobs: { file: string; produce: () => Promise<unknown> }[] = [];
  for (const example of listExamples())
    jobs.push({ file: join(expectedDir, `${example}.json`), produce: () => evalModel(example) });
  for (const example of FLAKE_SUMMARIES)
    jobs.push({
      file: join(expectedDir, 'flake', `${example}.json`),
      produce: () => evalFlakeSummary(example),
    });

  const differing: string[] = [];
  await Promise.all(
    jobs.map(async (job) => {
      const text = await format(await job.produce());
      const name = relative(repoRoot, job.file);
      if (check) {
        if (!existsSync(job.file) || readFileSync(job.file, 'utf8') !== text) differing.push(name);
      } else {
        mkdirSync(dirname(job.file), { recursive: true });
        writeFileSync(job.file, text);
      }
    }),
  );
  if (check && differing.length > 0) {
    console.error(`goldens differ from the oracle:\n  ${differing.sort().join('\n  ')}`);
    return 1;
  }
  console.log(`${check ? 'checked' : 'wrote'} ${jobs.length} goldens`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
