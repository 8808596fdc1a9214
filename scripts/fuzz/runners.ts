// The three ways a fuzz program is run: our evaluator in-process (a worker thread, stopped at the
// time limit), the real Nix (the oracle script, one process per program or per batch), and the
// `bin/arbor instantiate` command (a real process, to catch exits Nix never makes).

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ORACLE, REPO_ROOT } from '../../test/evaluator/harness';
import type { WorkerReply, WorkerRequest } from './worker';

// The repository, the oracle and the concurrency helper are the differential harness's.
export { mapConcurrent, ORACLE, REPO_ROOT } from '../../test/evaluator/harness';
export const ARBOR = join(REPO_ROOT, 'bin/arbor');

/** What one run produced. Text is a byte string (one char per byte). */
export type Outcome =
  | { kind: 'done'; stdout: string; stderr: string; exitCode: number }
  | { kind: 'crash'; message: string; stack: string }
  | { kind: 'hang' }
  | { kind: 'resource'; message: string };

/** Our evaluator in a worker thread; a case past the time limit terminates the worker (a new
 * one is started for the next case). */
export class OurRunner {
  private worker: Worker | null = null;
  private nextId = 0;
  private pending: { id: number; resolve: (o: Outcome) => void } | null = null;

  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      // Deep Nix recursion needs a deep stack, as bin/arbor gives the CLI.
      resourceLimits: { stackSizeMb: 900, maxOldGenerationSizeMb: 6144 },
      env: {},
    });
    worker.on('message', (reply: WorkerReply) => {
      const p = this.pending;
      if (!p || p.id !== reply.id) return;
      this.pending = null;
      p.resolve(
        reply.kind === 'done'
          ? { kind: 'done', stdout: reply.stdout, stderr: reply.stderr, exitCode: reply.exitCode }
          : { kind: 'crash', message: reply.message, stack: reply.stack },
      );
    });
    const fail = (message: string) => {
      // A worker stopped at the time limit is no longer current: its exit is not the next case's.
      if (this.worker !== worker) return;
      this.worker = null;
      const p = this.pending;
      this.pending = null;
      p?.resolve({ kind: 'resource', message });
    };
    worker.on('error', (error) =>
      fail(`worker error: ${error instanceof Error ? error.message : String(error)}`),
    );
    worker.on('exit', (code) => fail(`worker exited with code ${code}`));
    return worker;
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Runs one program; calls made while one runs wait their turn (one worker, one case at a time). */
  run(file: string, cwd: string): Promise<Outcome> {
    const result = this.queue.then(() => this.runNow(file, cwd));
    this.queue = result;
    return result;
  }

  private runNow(file: string, cwd: string): Promise<Outcome> {
    if (!this.worker) this.worker = this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolvePromise) => {
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.worker = null;
        void worker.terminate();
        resolvePromise({ kind: 'hang' });
      }, this.timeoutMs);
      this.pending = {
        id,
        resolve: (o) => {
          clearTimeout(timer);
          resolvePromise(o);
        },
      };
      worker.postMessage({ id, file, cwd } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/** Runs a process with a time limit; text comes back as byte strings. */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Outcome & { signal?: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    child.stdout.on('data', (d: Buffer) => {
      // Keep at most 8 MiB: enough to compare, never enough to exhaust memory.
      if (outBytes < 8 << 20) out.push(d);
      outBytes += d.length;
    });
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 256) err.push(d);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ kind: 'resource', message: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolvePromise({ kind: 'hang' });
      const stdout = Buffer.concat(out).toString('latin1');
      const stderr = Buffer.concat(err).toString('latin1');
      if (signal) return resolvePromise({ kind: 'done', stdout, stderr, exitCode: 128 + 9, signal });
      resolvePromise({ kind: 'done', stdout, stderr, exitCode: code ?? -1 });
    });
  });
}

/** The real Nix on one file, with a memory limit (random programs can ask for huge lists). */
export function runNix(file: string, cwd: string, mounts: string, timeoutMs: number): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, ARBOR_ORACLE_MOUNTS: mounts };
  delete env.NIX_PATH;
  return runProcess('bash', ['-c', 'ulimit -v 8000000; exec "$0" "$@"', ORACLE, '--eval', '--strict', file], {
    cwd,
    env,
    timeoutMs,
  });
}

/** `bin/arbor instantiate --eval --strict <file>`, the real command. */
export function runCli(file: string, cwd: string, timeoutMs: number): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return runProcess(ARBOR, ['instantiate', '--eval', '--strict', file], { cwd, env, timeoutMs });
}
