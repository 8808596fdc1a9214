// `npm run bench:modules`: host evaluation (every module of a host through Arbor's module system).
//
// 1. The playground's keystroke on homelab: problems + the selected host's (nas) configuration,
//    in-process and warm. Target (issue #8): p95 ≤ 50 ms.
// 2. `arbor check` with modules on generated fleets (scripts/bench/fleet.ts) of 10 and 100 hosts
//    (1,000 with BENCH_MODULES_FULL=1): the cost per host, warm. Target: ≤ 5 ms per host, linear.
// 3. The same modules evaluated by the real nixpkgs `lib.evalModules` under the oracle's Nix
//    (each host's environment.etc, networking, users, services and boot forced with deepSeq;
//    Arbor's check forces every option, so the comparison favours Nix), when a copy of nixpkgs' lib is at
//    ARBOR_NIXPKGS_LIB (default /work/nixpkgs-lib/lib): the ratio Arbor / Nix. Target ≤ 1.0.
// 4. `arbor check` as a process (the real CLI) on the 100-host fleet, on one thread and on every
//    core (worker threads, src/cli/project/parallel-check.ts): the speed-up.
//
// In-process figures run with the CLI's young-generation size (package.json, bin/arbor); the
// playground's own keystroke figures, in Chromium, come from `npm run bench:ui`.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFleet } from './fleet';
import { loadSessionBundle } from './session-bundle';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, '.bench');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const median = (xs: number[]) => percentile(xs, 0.5);
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');

mkdirSync(dir, { recursive: true });
const { evaluateProject, EXAMPLES } = await loadSessionBundle();

// 1. Keystrokes on homelab.
{
  const files = { ...EXAMPLES.homelab };
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const edited = { ...files, 'dendrites/ssh/default.nix': files['dendrites/ssh/default.nix'] + `# ${i}\n` };
    const start = performance.now();
    const result = evaluateProject(edited, { modules: ['nas'] });
    if (i >= 5) samples.push(performance.now() - start);
    if (result.diagnostics.length > 0) console.log(`  unexpected diagnostics: ${result.diagnostics.length}`);
  }
  const p50 = median(samples);
  const p95 = percentile(samples, 0.95);
  console.log(`homelab keystroke (problems + nas's configuration), ${samples.length} edits, warm:`);
  console.log(
    `  p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target p95 ≤ 50 ms: ${verdict(p95 <= 50)})`,
  );
}

// 2 and 3. Generated fleets.
const nixpkgsLib = process.env.ARBOR_NIXPKGS_LIB ?? '/work/nixpkgs-lib/lib';
const haveLib = existsSync(join(nixpkgsLib, 'default.nix'));
if (!haveLib)
  console.log(
    `(no nixpkgs lib at ${nixpkgsLib}: set ARBOR_NIXPKGS_LIB to compare with lib.evalModules under Nix)`,
  );
const oracle = join(root, 'scripts/oracle/nix-instantiate');
const sizes = process.env.BENCH_MODULES_FULL ? [10, 100, 1000] : [10, 100];
console.log(`\narbor check with modules, generated fleets (${runs} runs, medians, in-process, warm):`);
console.log('hosts   arbor ms  per host ms   nix ms  ratio  diagnostics');
for (const hosts of sizes) {
  const files = generateFleet(hosts);
  const project = join(dir, `fleet-${hosts}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  const ours: number[] = [];
  let diagnostics = 0;
  const n = hosts >= 1000 ? 1 : runs;
  for (let i = 0; i < n + 1; i++) {
    const edited = { ...files, 'inventory/hosts.nix': files['inventory/hosts.nix'] + `# ${i}\n` };
    const start = performance.now();
    const result = evaluateProject(edited, { modules: 'all', detail: 'check' });
    if (i >= 1) ours.push(performance.now() - start);
    diagnostics = result.diagnostics.length;
  }
  let nixMs = NaN;
  if (haveLib) {
    const expr =
      `let h = import ${join(root, 'nix/lib/host-eval.nix')} { root = ${project}; lib = import ${nixpkgsLib}; }; ` +
      `in builtins.length (builtins.filter (n: (let c = (h.host n).result.config; in builtins.tryEval (builtins.deepSeq [ c.environment.etc c.networking c.users c.services c.boot ] true)).success) h.hostNames)`;
    const times: number[] = [];
    for (let i = 0; i < Math.min(n, 3); i++) {
      const start = performance.now();
      const r = spawnSync(oracle, ['--eval', '--strict', '-E', expr], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, ARBOR_ORACLE_MOUNTS: dirname(nixpkgsLib) },
      });
      // A failed run has no time worth comparing with.
      times.push(r.status === 0 ? performance.now() - start : NaN);
      if (r.status !== 0) console.log(`  nix failed: ${r.stderr.slice(0, 300)}`);
    }
    nixMs = times.some(Number.isNaN) ? NaN : median(times);
  }
  const o = median(ours);
  console.log(
    `${String(hosts).padStart(5)} ${o.toFixed(0).padStart(10)} ${(o / hosts).toFixed(2).padStart(11)} ${nixMs.toFixed(0).padStart(8)} ${(o / nixMs).toFixed(2).padStart(6)}  ${diagnostics}`,
  );
  console.log(
    `        per host ${(o / hosts).toFixed(1)} ms (target ≤ 5 ms: ${verdict(o / hosts <= 5)})` +
      (haveLib
        ? `; ratio to nixpkgs lib.evalModules under Nix ${(o / nixMs).toFixed(2)} (target ≤ 1.0: ${verdict(o / nixMs <= 1)})`
        : ''),
  );
}

// 4. The real CLI on one thread and on every core.
{
  const cores = availableParallelism();
  const project = join(dir, 'fleet-100');
  const arbor = join(root, 'bin/arbor');
  const time = (jobs: number) => {
    const times: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const start = performance.now();
      const r = spawnSync(arbor, ['check', project, '--jobs', String(jobs)], { encoding: 'utf8' });
      times.push(r.status === 0 ? performance.now() - start : NaN);
      if (r.status !== 0) console.log(`  arbor check failed: ${r.stderr.slice(0, 300)}`);
    }
    return median(times);
  };
  const one = time(1);
  const all = time(cores);
  console.log(`\narbor check (process) on the 100-host fleet, ${Math.min(runs, 3)} runs, medians:`);
  console.log(
    `  one thread ${one.toFixed(0)} ms, ${cores} worker threads ${all.toFixed(0)} ms: speed-up ${(one / all).toFixed(2)} × on ${cores} cores`,
  );
}
