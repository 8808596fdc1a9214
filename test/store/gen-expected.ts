/**
 * Regenerate expected.json from the Nix oracle:
 *   npx tsx test/store/gen-expected.ts
 * Each case in cases.ts is evaluated with
 *   scripts/oracle/nix-instantiate --eval --strict --json -E <expr>
 * (cwd test/store, with the synthetic trees written to a temp directory).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './cases';
import { SYNTHETIC_TREES, writeTree } from './trees';

const here = dirname(fileURLToPath(import.meta.url));
const oracle = resolve(here, '../../scripts/oracle/nix-instantiate');
const trees = mkdtempSync(join(tmpdir(), 'arbor-nar-'));
for (const [name, node] of Object.entries(SYNTHETIC_TREES)) writeTree(join(trees, name), node);

type Result = { ok: unknown } | { error: string };

function run(expr: string, features: string[] = []): Promise<Result> {
  const args = ['--eval', '--strict', '--json', '-E', expr.replaceAll('@TREES@', trees)];
  if (features.length > 0) args.unshift('--extra-experimental-features', features.join(' '));
  return new Promise((res) => {
    execFile(
      oracle,
      args,
      { cwd: here, env: { ...process.env, ARBOR_ORACLE_MOUNTS: trees } },
      (err, out, errOut) => {
        if (!err) return res({ ok: JSON.parse(out) });
        const lines = errOut.split('\n').filter((l) => /^\s*error: /.test(l));
        res({ error: (lines.at(-1) ?? errOut).replace(/^\s*error: /, '') });
      },
    );
  });
}

const expected: Record<string, Result> = {};
const entries = Object.entries(CASES);
for (let i = 0; i < entries.length; i += 8) {
  const batch = entries.slice(i, i + 8);
  const results = await Promise.all(batch.map(([, c]) => run(c.expr, c.features)));
  batch.forEach(([key], j) => (expected[key] = results[j]));
}
rmSync(trees, { recursive: true, force: true });
writeFileSync(join(here, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
console.log(`wrote ${entries.length} cases`);
