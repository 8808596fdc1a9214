/**
 * `arbor check` on every core: the model is evaluated here, then the hosts (each with its homes)
 * are shared out round-robin among worker threads (check-worker.ts), one group per worker, and
 * their diagnostics are put together in the order a single evaluation reports them, so the
 * output is the same whatever the number of workers.
 *
 * A worker starts cold (it loads and warms up the evaluator and evaluates the model again), which
 * costs about as much as a few hundred hosts: measured on 2 cores, 1,000 hosts took 16.3 s on two
 * workers against 18.5 s on one thread, and 100 hosts were slower on two. So by default workers
 * are used from DEFAULT_PARALLEL_CONFIGURATIONS hosts and homes; an explicit `--jobs N` uses them
 * from PARALLEL_MIN_CONFIGURATIONS. With `--jobs 1`, or where the worker bundle is missing
 * (running from sources), the check runs in this thread.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compareDiagnostics, Session } from '../../lib/arbor/evaluate';
import type { Diagnostic, Model, ProjectFiles, ProjectResult } from '../../lib/arbor/types';
import type { CheckWorkerData, CheckWorkerReply } from './check-worker';

export const PARALLEL_MIN_CONFIGURATIONS = 12;
export const DEFAULT_PARALLEL_CONFIGURATIONS = 500;

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

function workerFile(): string | null {
  const entry = process.argv[1];
  if (!entry) return null;
  const file = join(dirname(entry), 'check-worker.js');
  return existsSync(file) ? file : null;
}

/** Hosts shared out round-robin into `jobs` groups, each host with its homes. */
export function hostGroups(model: Model, jobs: number): string[][] {
  const groups: string[][] = Array.from({ length: jobs }, () => []);
  Object.keys(model.hosts).forEach((host, i) => {
    groups[i % jobs].push(host, ...Object.keys(model.homes).filter((key) => model.homes[key].host === host));
  });
  return groups.filter((group) => group.length > 0);
}

function runWorker(file: string, data: CheckWorkerData): Promise<CheckWorkerReply> {
  return new Promise((resolve, reject) => {
    // Deeply recursive Nix needs a large stack, as bin/arbor gives the main thread.
    const worker = new Worker(file, { workerData: data, resourceLimits: { stackSizeMb: 256 } });
    worker.once('message', (reply: CheckWorkerReply) => resolve(reply));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
    });
  });
}

/**
 * The result of `new Session().evaluate(files, { modules: 'all', detail: 'check' })`, on up to `jobs`
 * threads; `workers` says how many worker threads ran (0: all of it in this thread).
 */
export async function checkProject(
  files: ProjectFiles,
  jobs: number,
  explicit = true,
): Promise<{ result: ProjectResult; workers: number }> {
  const inThisThread = () => ({
    result: new Session().evaluate(files, { modules: 'all', detail: 'check' }),
    workers: 0,
  });
  const file = jobs > 1 ? workerFile() : null;
  if (file === null) return inThisThread();
  const start = performance.now();
  const base = new Session().evaluate(files, { modules: 'none' });
  const model = base.model;
  if (model === null) return { result: base, workers: 0 };
  const count = Object.keys(model.hosts).length + Object.keys(model.homes).length;
  if (count < (explicit ? PARALLEL_MIN_CONFIGURATIONS : DEFAULT_PARALLEL_CONFIGURATIONS))
    return inThisThread();
  const groups = hostGroups(model, Math.min(jobs, Object.keys(model.hosts).length));
  const replies = await Promise.all(groups.map((names) => runWorker(file, { files, names })));
  const byName: CheckWorkerReply = Object.assign({}, ...replies);
  // The order of a single evaluation: the model's diagnostics, then hosts, then homes.
  const diagnostics: Diagnostic[] = [...base.diagnostics];
  for (const name of [...Object.keys(model.hosts), ...Object.keys(model.homes)])
    diagnostics.push(...(byName[name] ?? []));
  diagnostics.sort(compareDiagnostics);
  const totalMs = performance.now() - start;
  return {
    result: {
      model,
      diagnostics,
      configurations: {},
      timing: { ...base.timing, modulesMs: totalMs - base.timing.totalMs, totalMs },
    },
    workers: groups.length,
  };
}
