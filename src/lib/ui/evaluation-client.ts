/**
 * The page's side of the Arbor worker: it decides what runs when, so the newest edit always wins
 * and the page never waits on the evaluator.
 *
 * - At most one evaluation runs at a time. Edits that arrive meanwhile are coalesced: only the
 *   newest is kept, and it starts as soon as the worker is free. Replies to anything but the
 *   newest request are dropped.
 * - A run that has already taken longer than `supersedeAfterMs` when a newer edit arrives is not
 *   waited for: its worker is terminated and a warm spare (started in advance, its modules
 *   loaded) takes over at once.
 * - A watchdog terminates a run that passes its budget (5 s by default), reports "evaluation
 *   stopped after 5 s" and replaces the worker; the page stays responsive throughout because the
 *   evaluator never runs on its thread.
 *
 * Tool calls (REPL, archives) go to a separate worker with the same watchdog, so a REPL
 * expression that never finishes cannot hold up evaluation, and the reverse.
 */

import * as Comlink from 'comlink';
import type { ProjectFiles, ProjectResult } from '$lib/arbor/types';
import type { ArborWorkerApi } from './worker-api';

/** Where an evaluation's time went, in ms: posting, waiting in the worker, evaluating, replying. */
export interface EvaluationTimings {
  total: number;
  toWorker: number;
  inWorker: number;
  fromWorker: number;
}

export interface EvaluationListener {
  /** The newest evaluation finished. */
  result(result: ProjectResult, revision: number, timings: EvaluationTimings): void;
  /** The newest evaluation was stopped (watchdog) or its worker died. */
  stopped(message: string, revision: number): void;
  /** Whether an evaluation is running or waiting. */
  busy(busy: boolean): void;
}

export interface EvaluationClientOptions {
  createWorker: () => Worker;
  budgetMs?: number;
  supersedeAfterMs?: number;
  /**
   * Edits closer together than this are evaluated once; never more than 50 ms. The default, 0,
   * starts an idle worker at once: edits that arrive while it is busy are coalesced anyway.
   */
  debounceMs?: number;
}

class WorkerHandle {
  readonly worker: Worker;
  readonly api: Comlink.Remote<ArborWorkerApi>;
  readonly ready: Promise<unknown>;

  constructor(create: () => Worker) {
    this.worker = create();
    this.api = Comlink.wrap<ArborWorkerApi>(this.worker);
    this.ready = this.api.ready();
  }

  terminate(): void {
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
  }
}

interface Run {
  request: number;
  revision: number;
  startedAt: number;
  watchdog: ReturnType<typeof setTimeout>;
}

export function formatBudget(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export class EvaluationClient {
  private readonly options: Required<EvaluationClientOptions>;
  private current: WorkerHandle;
  private spare: WorkerHandle | null = null;
  private tools: WorkerHandle | null = null;
  private running: Run | null = null;
  private queued: { files: ProjectFiles; revision: number } | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private nextRequest = 1;
  private disposed = false;

  constructor(
    options: EvaluationClientOptions,
    private readonly listener: EvaluationListener,
  ) {
    this.options = {
      budgetMs: 5000,
      supersedeAfterMs: 300,
      debounceMs: 0,
      ...options,
    };
    this.options.debounceMs = Math.min(this.options.debounceMs, 50);
    // The spare starts after the first evaluation, so the two do not compete at page load.
    this.current = new WorkerHandle(this.options.createWorker);
  }

  get budgetMs(): number {
    return this.options.budgetMs;
  }

  /** Evaluates `files` (the state after edit number `revision`), superseding anything older. */
  evaluate(files: ProjectFiles, revision: number): void {
    if (this.disposed) return;
    this.queued = { files, revision };
    this.listener.busy(true);
    if (this.running) {
      if (performance.now() - this.running.startedAt > this.options.supersedeAfterMs) this.abandonRunning();
      else return;
    }
    if (this.options.debounceMs === 0) {
      this.startQueued(); // an idle worker starts at once: the edit is already the newest
      return;
    }
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.startQueued();
    }, this.options.debounceMs);
  }

  private ensureSpare(): void {
    if (!this.spare && !this.disposed) this.spare = new WorkerHandle(this.options.createWorker);
  }

  /** Terminates the running evaluation's worker and promotes the spare. */
  private replaceWorker(): void {
    this.current.terminate();
    this.current = this.spare ?? new WorkerHandle(this.options.createWorker);
    this.spare = null;
    void this.current.ready.then(() => this.ensureSpare());
  }

  private abandonRunning(): void {
    if (!this.running) return;
    clearTimeout(this.running.watchdog);
    this.running = null;
    this.replaceWorker();
  }

  private startQueued(): void {
    if (this.running || !this.queued || this.disposed) return;
    const { files, revision } = this.queued;
    this.queued = null;
    const request = this.nextRequest++;
    const startedAt = performance.now();
    const postedAt = performance.timeOrigin + startedAt;
    const watchdog = setTimeout(() => this.stopRunning(request), this.options.budgetMs);
    this.running = { request, revision, startedAt, watchdog };
    const handle = this.current;
    handle.api.evaluate(request, files).then(
      (reply) => {
        const now = performance.timeOrigin + performance.now();
        const timings = {
          total: now - postedAt,
          toWorker: reply.receivedAt - postedAt,
          inWorker: reply.repliedAt - reply.receivedAt,
          fromWorker: now - reply.repliedAt,
        };
        this.finish(request, () => this.listener.result(reply.result, revision, timings));
      },
      (error: unknown) =>
        this.finish(request, () => {
          // The worker died (out of memory, a bug); replace it so the next edit works.
          if (handle === this.current) this.replaceWorker();
          this.listener.stopped(
            `evaluation failed: ${error instanceof Error ? error.message : String(error)}`,
            revision,
          );
        }),
    );
  }

  private finish(request: number, deliver: () => void): void {
    if (!this.running || this.running.request !== request) return; // superseded or stopped: drop
    clearTimeout(this.running.watchdog);
    this.running = null;
    if (this.queued) {
      this.startQueued(); // a newer edit is waiting: this reply is already out of date
      return;
    }
    this.listener.busy(false);
    deliver();
    this.ensureSpare();
  }

  private stopRunning(request: number): void {
    if (!this.running || this.running.request !== request) return;
    const { revision } = this.running;
    this.running = null;
    this.replaceWorker();
    if (this.queued) {
      this.startQueued();
      return;
    }
    this.listener.busy(false);
    this.listener.stopped(`evaluation stopped after ${formatBudget(this.options.budgetMs)}`, revision);
  }

  /** Runs a tool call (REPL, archive) in the tools worker under the same budget. */
  async runTool<T>(
    call: (api: Comlink.Remote<ArborWorkerApi>) => Promise<T>,
    budgetMs = this.options.budgetMs,
  ): Promise<T> {
    this.tools ??= new WorkerHandle(this.options.createWorker);
    const handle = this.tools;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (this.tools === handle) this.tools = null;
        handle.terminate();
        reject(new ToolTimeout(`evaluation stopped after ${formatBudget(budgetMs)}`));
      }, budgetMs);
    });
    try {
      return await Promise.race([call(handle.api), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.running) clearTimeout(this.running.watchdog);
    if (this.debounce) clearTimeout(this.debounce);
    this.current.terminate();
    this.spare?.terminate();
    this.tools?.terminate();
  }
}

export class ToolTimeout extends Error {}
