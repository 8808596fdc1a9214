// Goldens for the module-system corpus (test/modules, or any corpus with the same layout, e.g.
// test/stdlib), made by the real Nix running the real nixpkgs lib. Never edit a golden by hand:
// change the case and rerun. The corpus layout and golden formats are described in
// test/modules/harness.ts and docs/modules.md.
//
//   npx tsx scripts/goldens-modules.ts --lib /path/to/nixpkgs.lib/lib [--corpus DIR] [MODE] [filters...]
//   npm run goldens:modules -- /path/to/nixpkgs.lib/lib [filters...]        (the same, --write)
//
// MODE is one of
//   --write   run the oracle on every selected case and write its golden (default); without
//             filters, goldens whose case is gone are removed
//   --check   fail listing every selected case whose live result differs from its stored golden
//   --show    print what the oracle says for the selected cases, write nothing
//
// --lib is the `lib` directory of a nixpkgs (or nix-community/nixpkgs.lib) checkout, the one that
// holds default.nix, modules.nix and types.nix. Filters are case ids (`scalars/int`), areas
// (`scalars`) or paths. Each case runs as `nix-instantiate --eval --strict --expr
// 'import <case> (import <lib>)'` under scripts/oracle/nix-instantiate, two at a time, with the
// lib's directory added to ARBOR_ORACLE_MOUNTS.

import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  MODULES_CORPUS,
  REPO_ROOT,
  describeGolden,
  goldenFromRun,
  listModuleCases,
  mapConcurrent,
  oracleUnavailable,
  orphanModuleGoldens,
  readModuleGolden,
  runOracleCase,
  sameModuleGolden,
  writeModuleGolden,
  type ModuleGolden,
} from '../test/modules/harness';

const CONCURRENCY = 2;
const USAGE =
  'usage: tsx scripts/goldens-modules.ts --lib /path/to/nixpkgs.lib/lib [--corpus DIR] [--write|--check|--show] [filters...]\n' +
  '       npm run goldens:modules -- /path/to/nixpkgs.lib/lib [filters...]';

interface Args {
  lib: string;
  corpus: string;
  mode: 'write' | 'check' | 'show';
  filters: string[];
}

function parseArgs(argv: string[]): Args | string {
  let lib: string | undefined;
  let corpus = MODULES_CORPUS;
  let mode: Args['mode'] = 'write';
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lib' || arg === '--corpus') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        return arg === '--lib'
          ? '--lib needs a directory: the lib directory of a nixpkgs or nixpkgs.lib checkout, e.g. /work/nixpkgs-lib/lib'
          : '--corpus needs a directory (one with cases/ and expected/, e.g. test/stdlib)';
      if (arg === '--lib') lib = value;
      else corpus = resolve(value);
    } else if (arg === '--write' || arg === '--check' || arg === '--show')
      mode = arg.slice(2) as Args['mode'];
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown flag ${arg}`;
    else filters.push(arg);
  }
  if (lib === undefined)
    return (
      'missing --lib: pass the lib directory of a nixpkgs or nixpkgs.lib checkout (the folder with ' +
      'default.nix, modules.nix and types.nix), e.g. --lib /work/nixpkgs-lib/lib'
    );
  lib = resolve(lib);
  if (!existsSync(lib)) return `--lib ${lib} does not exist: pass the lib directory of a nixpkgs checkout`;
  if (!existsSync(join(lib, 'default.nix')) || !existsSync(join(lib, 'modules.nix')))
    return `--lib ${lib} has no default.nix and modules.nix: pass the lib directory of a nixpkgs checkout (…/nixpkgs/lib)`;
  if (!existsSync(join(corpus, 'cases'))) return `--corpus ${corpus} has no cases/ directory`;
  return { lib, corpus, mode, filters };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error((args ? `error: ${args}\n` : '') + USAGE);
    return 2;
  }
  const cases = listModuleCases(args.corpus, args.filters);
  if (cases.length === 0) {
    console.error(`no cases match ${args.filters.join(' ') || '(all)'} in ${args.corpus}`);
    return 1;
  }
  const started = Date.now();
  const failures: string[] = [];
  const differing: string[] = [];
  let changed = 0;
  const shown: string[] = [];
  await mapConcurrent(cases, CONCURRENCY, async (c) => {
    let live: ModuleGolden;
    try {
      const run = await runOracleCase(c, args.lib);
      if (oracleUnavailable(run)) throw new Error(run.stderr.trim());
      live = goldenFromRun(c, run, args.lib);
    } catch (e) {
      failures.push(`${c.id}: ${(e as Error).message}`);
      return;
    }
    const stored = readModuleGolden(c);
    if (args.mode === 'show') shown.push(`=== ${c.id}\n${describeGolden(live)}`);
    else if (args.mode === 'check') {
      if (!stored || !sameModuleGolden(stored, live))
        differing.push(`${c.id}\n  stored: ${describeGolden(stored)}  live:   ${describeGolden(live)}`);
    } else if (!stored || !sameModuleGolden(stored, live)) {
      writeModuleGolden(c, live);
      changed++;
    }
  });
  for (const s of shown.sort()) process.stdout.write(s);
  if (args.mode === 'write' && args.filters.length === 0) {
    for (const orphan of orphanModuleGoldens(args.corpus)) {
      rmSync(join(args.corpus, 'expected', orphan));
      console.log(`removed orphaned golden expected/${orphan}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = args.corpus.startsWith(REPO_ROOT) ? args.corpus.slice(REPO_ROOT.length + 1) : args.corpus;
  if (failures.length > 0) console.error(`oracle failures:\n  ${failures.sort().join('\n  ')}`);
  if (args.mode === 'check') {
    if (differing.length > 0)
      console.error(`goldens differ from the oracle:\n${differing.sort().join('\n')}`);
    console.log(`${where}: checked ${cases.length} cases in ${seconds}s, ${differing.length} differ`);
    return differing.length > 0 || failures.length > 0 ? 1 : 0;
  }
  if (args.mode === 'write')
    console.log(`${where}: ${cases.length} cases, ${changed} goldens written in ${seconds}s`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
