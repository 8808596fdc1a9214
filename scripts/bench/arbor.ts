// `npm run bench:arbor`: `arbor check` on generated fleets of 10, 100, 1,000 and 10,000 hosts (20
// dendrites in requires chains, roles, networks, ports), in-process and warm as the playground
// runs it, against the real nix-instantiate on the same library entry point. Prints medians, the
// ratio and the time per host at each size (the cost should grow linearly: per host flat or
// falling). The 10,000-host fleet is run fewer times (BENCH_RUNS_LARGE, default 2): one run of
// each side takes tens of seconds.
// Targets (issue #4): 1,000 hosts under 1 s in-process; ratio to Nix ≤ 1.0. Issue #10: per-host
// cost flat or falling from 10 to 10,000 hosts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFleet } from './fleet';
import { loadSessionBundle } from './session-bundle';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, '.bench');
const defaultRuns = Number(process.env.BENCH_RUNS ?? 5);
const largeRuns = Number(process.env.BENCH_RUNS_LARGE ?? 2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(dir, { recursive: true });
const { evaluateProject } = await loadSessionBundle();

const oracle = join(root, 'scripts/oracle/nix-instantiate');
console.log(
  `${defaultRuns} runs each (10,000 hosts: ${largeRuns}), medians. "nix" is nix-instantiate --eval --strict --json on lib/eval.nix (process).`,
);
console.log('hosts   arbor ms  per host ms   nix ms  ratio  diagnostics');
const perHost = new Map<number, number>();
for (const hosts of [10, 100, 1000, 10000]) {
  const runs = hosts >= 10000 ? largeRuns : defaultRuns;
  const warmups = hosts >= 10000 ? 1 : 2;
  const files = generateFleet(hosts);
  const project = join(dir, `fleet-${hosts}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  const ours: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < runs + warmups; i++) {
    const edited = { ...files, 'inventory/hosts.nix': files['inventory/hosts.nix'] + `# ${i}\n` };
    const start = performance.now();
    const result = evaluateProject(edited, { modules: 'none' });
    if (i >= warmups) ours.push(performance.now() - start);
    diagnostics = result.diagnostics.length;
  }
  const nix: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(
      oracle,
      [
        '--eval',
        '--strict',
        '--json',
        '-E',
        `import ${join(root, 'nix/lib/eval.nix')} { root = ${project}; }`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    nix.push(performance.now() - start);
    if (r.status !== 0) console.log(`  nix failed: ${r.stderr.slice(0, 300)}`);
  }
  const o = median(ours);
  const n = median(nix);
  perHost.set(hosts, o / hosts);
  console.log(
    `${String(hosts).padStart(5)} ${o.toFixed(1).padStart(10)} ${(o / hosts).toFixed(3).padStart(11)} ${n.toFixed(0).padStart(8)} ${(o / n).toFixed(2).padStart(6)}  ${diagnostics}`,
  );
  if (hosts === 1000) {
    console.log(
      `1,000 hosts in-process: ${o.toFixed(0)} ms (target < 1000 ms: ${o < 1000 ? 'met' : 'missed'}); ratio to Nix ${(o / n).toFixed(2)} (target ≤ 1.0: ${o / n <= 1 ? 'met' : 'missed'})`,
    );
  }
}
const [first, last] = [perHost.get(10)!, perHost.get(10000)!];
const growth = [...perHost.values()].every((v, i, all) => i === 0 || v <= all[i - 1] * 1.1);
console.log(
  `per host from 10 to 10,000 hosts: ${first.toFixed(3)} → ${last.toFixed(3)} ms ` +
    `(target: flat or falling, each size within 10 % of the one before: ${growth ? 'met' : 'missed'})`,
);
