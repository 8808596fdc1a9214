// Golden files for the differential corpus in test/evaluator/cases, made by the real Nix (the oracle's
// nix-instantiate, see scripts/oracle/). Never edit a golden by hand: change the case and rerun.
//
//   tsx scripts/goldens.ts --write [case-or-dir ...]   regenerate goldens (all, or a subset)
//   tsx scripts/goldens.ts --check [case-or-dir ...]   fail listing every case whose live Nix output
//                                                      differs from its stored golden
//   tsx scripts/goldens.ts --show case                 print the oracle's raw output for one case
//
// The case format and golden layout are described in test/evaluator/harness.ts and test/evaluator/README.md.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  CASES_DIR,
  goldenFromResult,
  lineDiff,
  listCases,
  mapConcurrent,
  oracleUnavailable,
  readGolden,
  runOracle,
  sameGolden,
  writeGolden,
  type Golden,
  type RunResult,
} from '../test/evaluator/harness';

const CONCURRENCY = 4;

/** Golden files whose case no longer exists. */
function orphanGoldens(): string[] {
  const orphans: string[] = [];
  const walk = (dir: string): void => {
    const names = new Set(readdirSync(dir));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(exp|err|log)$/.test(entry.name) && !names.has(entry.name.replace(/\.\w+$/, '.nix')))
        orphans.push(full);
    }
  };
  walk(CASES_DIR);
  return orphans.sort();
}

function describe(g: Golden | undefined): string {
  if (!g) return '(no golden)';
  return g.status === 'ok'
    ? g.stdout + (g.log ? `\n[stderr]\n${g.log}` : '')
    : `# exit: ${g.exitCode}\n${g.stderr}`;
}

async function main(): Promise<number> {
  const [mode, ...filters] = process.argv.slice(2);
  if (mode !== '--write' && mode !== '--check' && mode !== '--show') {
    console.error('usage: tsx scripts/goldens.ts --write|--check|--show [case-or-dir ...]');
    return 2;
  }
  const cases = listCases(filters);
  if (cases.length === 0) {
    console.error(`no cases match ${filters.join(' ') || '(all)'}`);
    return 1;
  }
  const started = Date.now();
  const failures: string[] = [];
  let changed = 0;
  const shown: string[] = [];
  await mapConcurrent(cases, CONCURRENCY, async (c) => {
    let result: RunResult;
    try {
      result = await runOracle(c);
    } catch (e) {
      failures.push(`${c.id}: ${(e as Error).message}`);
      return;
    }
    if (oracleUnavailable(result)) {
      failures.push(`${c.id}: ${result.stderr.trim()}`);
      return;
    }
    const live = goldenFromResult(result);
    const stored = readGolden(c);
    if (mode === '--show') {
      shown.push(`== ${c.id}: nix-instantiate ${c.argv.join(' ')}\n${describe(live)}`);
    } else if (mode === '--write') {
      if (!stored || !sameGolden(stored, live)) changed++;
      writeGolden(c, result);
    } else if (!stored) {
      failures.push(`${c.id}: no golden (run npm run goldens)`);
    } else if (!sameGolden(stored, live)) {
      failures.push(
        `${c.id}: live Nix output differs from the golden\n${lineDiff(describe(stored), describe(live))}`,
      );
    }
  });
  if (filters.length === 0 && mode !== '--show') {
    for (const orphan of orphanGoldens()) {
      if (mode === '--write') rmSync(orphan);
      else failures.push(`${orphan}: golden without a case`);
    }
  }
  for (const s of shown.sort()) console.log(s);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const f of failures.sort()) console.error(f);
  if (mode === '--write')
    console.log(`wrote goldens for ${cases.length} cases (${changed} changed) in ${seconds}s`);
  if (mode === '--check') {
    console.log(`checked ${cases.length} cases in ${seconds}s: ${failures.length} differ`);
  }
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
