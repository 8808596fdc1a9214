// `npm run fuzz -- --cases N [--seed S] [--no-oracle] [...]`: a differential fuzzer for the
// evaluator. See docs/evaluator.md ("Fuzzing").
//
// Each case is a program generated from a grammar, or a corpus case (test/evaluator/cases) mutated;
// case i depends only on (seed, i). Every case runs through our evaluator in-process (a worker
// thread, with a time limit); a sample runs through the real Nix and a sample through the real
// `bin/arbor instantiate`. Crashes, hangs and differences are grouped, and the first program of
// each group is minimised by delta debugging.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantiateBytes } from '../../src/lib/nix/index';
import { NodeFileSystem } from '../../src/lib/nix/node';
import { Generator } from './generator';
import { minimise } from './minimiser';
import { mutate } from './mutator';
import { compare, crashOf, formatReport, isImpure, normalise, type Counts, type Finding } from './report';
import { Rng, hash32 } from './rng';
import { OurRunner, REPO_ROOT, mapConcurrent, runCli, runNix, type Outcome } from './runners';

interface Options {
  cases: number;
  seed: number;
  oracle: boolean;
  /** Share of the cases our evaluator fails on that are also run through Nix (one process each). */
  failSample: number;
  /** Cases our evaluator succeeds on, per Nix process (a list of imports). */
  batch: number;
  cliSample: number;
  timeoutMs: number;
  nixTimeoutMs: number;
  minimise: number;
  minimiseBudget: number;
  /** Seconds of minimisation per group at most. */
  minimiseSeconds: number;
  keep: boolean;
  only: number | undefined;
  out: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    cases: 1000,
    seed: 1,
    oracle: true,
    failSample: 0.2,
    batch: 20,
    cliSample: 0.01,
    timeoutMs: 5000,
    nixTimeoutMs: 15000,
    minimise: 15,
    minimiseBudget: 150,
    minimiseSeconds: 90,
    keep: false,
    only: undefined,
    out: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--cases') o.cases = Number(value());
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--no-oracle') o.oracle = false;
    else if (a === '--fail-sample') o.failSample = Number(value());
    else if (a === '--batch') o.batch = Number(value());
    else if (a === '--cli-sample') o.cliSample = Number(value());
    else if (a === '--timeout') o.timeoutMs = Number(value()) * 1000;
    else if (a === '--minimise') o.minimise = Number(value());
    else if (a === '--minimise-budget') o.minimiseBudget = Number(value());
    else if (a === '--minimise-seconds') o.minimiseSeconds = Number(value());
    else if (a === '--keep') o.keep = true;
    else if (a === '--only') o.only = Number(value());
    else if (a === '--out') o.out = value();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The names of `builtins`, from our evaluator. */
function builtinNames(): string[] {
  const r = instantiateBytes({
    argv: ['--eval', '--strict', '--json', '-E', 'builtins.attrNames builtins'],
    cwd: '/',
    env: {},
    fs: new NodeFileSystem(),
  });
  return (JSON.parse(r.stdout) as string[]).filter((n) => !['abort', 'throw'].includes(n) || true);
}

function corpusPrograms(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.nix')) out.push(readFileSync(p, 'latin1'));
    }
  };
  walk(join(REPO_ROOT, 'test/evaluator/cases'));
  // Cases that need their own flags (-E, --arg, -A) are not programs on their own.
  return out.filter((t) => !/^# flags:/m.test(t));
}

/** Case `index` of `seed`: a generated program, or (a third of the time) a mutated corpus case. */
export function makeCase(
  seed: number,
  index: number,
  names: readonly string[],
  corpus: readonly string[],
): { program: string; mutated: boolean } {
  const rng = Rng.forCase(seed, index);
  const generator = new Generator(rng, { builtinNames: names });
  if (corpus.length > 0 && rng.chance(0.33))
    return { program: mutate(rng.pick(corpus), rng, generator), mutated: true };
  return { program: generator.program(), mutated: false };
}

/** Deterministic sampling: whether case `index` is in a sample of share `p`. */
function sampled(seed: number, index: number, salt: string, p: number): boolean {
  return hash32(`${salt}:${seed}:${index}`) / 4294967296 < p;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const names = builtinNames();
  const corpus = corpusPrograms();
  const work = mkdtempSync(join(tmpdir(), 'arbor-fuzz-'));
  const ours = new OurRunner(o.timeoutMs);
  const counts: Counts = {
    cases: 0,
    generated: 0,
    mutated: 0,
    crashes: 0,
    hangs: 0,
    resource: 0,
    comparedWithNix: 0,
    nixBatches: 0,
    nixRuns: 0,
    skippedImpure: 0,
    differences: 0,
    differencesByKind: {},
    cliRuns: 0,
    cliCrashes: 0,
    cliDifferences: 0,
    nixHangsToo: 0,
    slowNotHung: 0,
  };
  const findings: Finding[] = [];
  const started = Date.now();
  /** A progress line with the counts so far, so a long run tells what it has found as it goes. */
  const progress = (what: string) =>
    process.stderr.write(
      `fuzz: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s): ${counts.crashes} crashes, ` +
        `${counts.hangs} hangs, ${counts.resource} out of memory, ${counts.comparedWithNix} compared with Nix, ` +
        `${findings.length - counts.crashes} other findings\n`,
    );
  const checkpoint = (phase: string) => {
    if (o.out) writeFileSync(o.out, JSON.stringify({ phase, counts, findings }, null, 2));
  };
  let minimiseDir = 0;
  /** Writes a program to its own directory (so `./.` and `readDir ./.` are the same everywhere). */
  const place = (program: string, name: string): { dir: string; file: string } => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'case.nix');
    writeFileSync(file, Buffer.from(program, 'latin1'));
    return { dir, file };
  };
  const nix = (file: string, dir: string) => {
    counts.nixRuns++;
    if (counts.nixRuns % 100 === 0) {
      process.stderr.write(
        `fuzz: ${counts.nixRuns} Nix runs (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
    return runNix(file, dir, work, o.nixTimeoutMs);
  };

  // 1. Every case through our evaluator.
  const indices = o.only !== undefined ? [o.only] : Array.from({ length: o.cases }, (_, i) => i);
  const results: { index: number; program: string; file: string; dir: string; ours: Outcome }[] = [];
  for (const index of indices) {
    const { program, mutated } = makeCase(o.seed, index, names, corpus);
    counts.cases++;
    if (mutated) counts.mutated++;
    else counts.generated++;
    const { dir, file } = place(program, `c${index}`);
    const outcome = await ours.run(file, dir);
    results.push({ index, program, file, dir, ours: outcome });
    const crash = crashOf(outcome);
    if (crash !== undefined) {
      counts.crashes++;
      findings.push({
        kind: 'crash',
        signature: `crash ${normalise(crash)}`,
        detail: crash + (outcome.kind === 'crash' ? '\n' + outcome.stack : ''),
        caseIndex: index,
        program,
      });
    } else if (outcome.kind === 'hang') {
      counts.hangs++;
    } else if (outcome.kind === 'resource') counts.resource++;
    if (counts.cases % 250 === 0) {
      progress(`${counts.cases} of ${indices.length} cases`);
      checkpoint('evaluating');
    }
  }
  progress('evaluated');
  checkpoint('evaluated');

  // 2. Hangs: first run again with four times as long (a loaded machine is not a hang), then
  // ask whether Nix also runs past the time limit (then it is the program, not us).
  const patient = new OurRunner(o.timeoutMs * 4);
  for (const r of results.filter((r) => r.ours.kind === 'hang')) {
    const again = await patient.run(r.file, r.dir);
    if (again.kind === 'hang') continue;
    counts.hangs--;
    counts.slowNotHung++;
    r.ours = again;
    const crash = crashOf(again);
    if (crash !== undefined) {
      counts.crashes++;
      findings.push({
        kind: 'crash',
        signature: `crash ${normalise(crash)}`,
        detail: crash + (again.kind === 'crash' ? '\n' + again.stack : ''),
        caseIndex: r.index,
        program: r.program,
      });
    } else if (again.kind === 'resource') counts.resource++;
  }
  await patient.close();
  for (const r of results.filter((r) => r.ours.kind === 'hang')) {
    const n = o.oracle ? await nix(r.file, r.dir) : undefined;
    const nixHangs = n !== undefined && (n.kind === 'hang' || (n.kind === 'done' && n.exitCode > 1));
    if (nixHangs) counts.nixHangsToo++;
    else
      findings.push({
        kind: 'hang',
        signature: `hang${n === undefined ? '' : n.kind === 'done' && n.exitCode === 0 ? ' (Nix: ok)' : ' (Nix: error)'}`,
        detail: n?.kind === 'done' ? `Nix exit ${n.exitCode}: ${n.stderr.split('\n')[0]}` : 'no oracle',
        caseIndex: r.index,
        program: r.program,
      });
  }

  progress('hangs checked');
  checkpoint('hangs checked');

  // 3. Differences from Nix: our successes in batches, a sample of our failures one by one.
  if (o.oracle) {
    const comparable = results.filter((r) => r.ours.kind === 'done' && crashOf(r.ours) === undefined);
    const pure = comparable.filter((r) => !isImpure(r.program));
    counts.skippedImpure = comparable.length - pure.length;
    const successes = pure.filter((r) => r.ours.kind === 'done' && r.ours.exitCode === 0);
    const failures = pure.filter(
      (r) =>
        r.ours.kind === 'done' && r.ours.exitCode !== 0 && sampled(o.seed, r.index, 'fail', o.failSample),
    );
    const single = async (r: (typeof results)[number]) => {
      const n = await nix(r.file, r.dir);
      counts.comparedWithNix++;
      const d = compare(n, r.ours);
      if (d) findings.push({ ...d, caseIndex: r.index, program: r.program });
    };
    const batches: (typeof results)[] = [];
    for (let i = 0; i < successes.length; i += o.batch) batches.push(successes.slice(i, i + o.batch));
    await mapConcurrent(batches, 2, async (batch, b) => {
      // Each case stays in its own file; the batch only imports them, so their meaning is unchanged.
      const text = '[\n' + batch.map((r) => `  (import ${r.file})\n`).join('') + ']\n';
      const { dir, file } = place(text, `batch${b}`);
      counts.nixBatches++;
      const n = await nix(file, dir);
      const mine = await ours.run(file, dir);
      if (
        n.kind === 'done' &&
        mine.kind === 'done' &&
        n.exitCode === 0 &&
        mine.exitCode === 0 &&
        n.stdout === mine.stdout
      ) {
        counts.comparedWithNix += batch.length;
      } else for (const r of batch) await single(r);
      if ((b + 1) % 25 === 0) {
        progress(`${b + 1} of ${batches.length} batches through Nix`);
        checkpoint('comparing with Nix');
      }
    });
    await mapConcurrent(failures, 2, single);
  }

  progress('compared with Nix');
  checkpoint('compared with Nix');

  // 4. A sample through the real command.
  const cliCases = results.filter(
    (r) => sampled(o.seed, r.index, 'cli', o.cliSample) && r.ours.kind === 'done',
  );
  await mapConcurrent(cliCases, 2, async (r) => {
    counts.cliRuns++;
    const c = await runCli(r.file, r.dir, o.timeoutMs * 3);
    const crash =
      crashOf(c) ??
      (c.kind === 'done' && c.exitCode !== 0 && c.exitCode !== 1 ? `exit ${c.exitCode}` : undefined);
    if (crash !== undefined) {
      counts.cliCrashes++;
      findings.push({
        kind: 'cli-crash',
        signature: `cli ${normalise(crash)}`,
        detail: crash,
        caseIndex: r.index,
        program: r.program,
      });
    } else if (
      c.kind === 'done' &&
      r.ours.kind === 'done' &&
      (c.exitCode !== r.ours.exitCode || c.stdout !== r.ours.stdout)
    ) {
      counts.cliDifferences++;
    }
  });

  for (const f of findings) {
    if (['outcome', 'output', 'exit', 'kind', 'wording'].includes(f.kind)) {
      counts.differences++;
      counts.differencesByKind[f.kind] = (counts.differencesByKind[f.kind] ?? 0) + 1;
    }
  }

  // 5. Group and minimise.
  const order: Record<string, number> = {
    crash: 0,
    'cli-crash': 1,
    hang: 2,
    outcome: 3,
    output: 4,
    exit: 5,
    kind: 6,
    wording: 7,
  };
  findings.sort((a, b) => order[a.kind] - order[b.kind] || a.caseIndex - b.caseIndex);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.kind} ${f.signature}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  // The findings before minimising, so a long minimisation never hides them.
  if (o.out) writeFileSync(o.out, JSON.stringify({ counts, findings }, null, 2));
  let minimised = 0;
  for (const [, members] of groups) {
    if (minimised >= o.minimise) break;
    const f = members[0];
    minimised++;
    const predicate = async (text: string): Promise<boolean> => {
      const { dir, file } = place(text, `m${minimiseDir++}`);
      const mine = await ours.run(file, dir);
      if (f.kind === 'crash') {
        const c = crashOf(mine);
        return c !== undefined && `crash ${normalise(c)}` === f.signature;
      }
      if (f.kind === 'hang') return mine.kind === 'hang';
      if (f.kind === 'cli-crash') {
        const c = await runCli(file, dir, o.timeoutMs * 3);
        const crash = crashOf(c);
        return crash !== undefined && `cli ${normalise(crash)}` === f.signature;
      }
      if (isImpure(text)) return false;
      const d = compare(await nix(file, dir), mine);
      return d !== undefined && d.kind === f.kind && d.signature === f.signature;
    };
    const budget = f.kind === 'hang' ? Math.min(40, o.minimiseBudget) : o.minimiseBudget;
    const deadline = Date.now() + o.minimiseSeconds * 1000;
    f.minimised = (await minimise(f.program, predicate, { budget, deadline })).text;
    process.stderr.write(`fuzz: minimised ${minimised} of ${Math.min(groups.size, o.minimise)} groups\n`);
  }
  await ours.close();

  const report = formatReport(counts, findings, groups);
  process.stdout.write(
    report + `\n\ntime: ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${o.seed}\n`,
  );
  if (o.out) writeFileSync(o.out, JSON.stringify({ counts, findings }, null, 2));
  if (!o.keep) rmSync(work, { recursive: true, force: true });
  else process.stdout.write(`programs kept in ${work}\n`);
}

if (process.argv[1] && /fuzz[/\\]main\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(2);
  });
}
