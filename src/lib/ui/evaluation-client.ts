/**
 * The page's side of the Arbor worker: it decides what runs when, so the newest edit always wins
 * and the page never waits on the evaluator.
 *
 * - At most one evaluation runs at a time. Edits that arrive meanwhile are coalesced: only the
 *   newest is kept, and it starts as soon as the worker is free. Replies to anything but the
 *   newest request are dropped.
 * - A run that has already taken longer than `supersedeAfterMs` (or three times the usual
 *   evaluation, whichever is longer) when a newer edit arrives is not waited for: its worker is
 *   terminated and a spare (started in advance, its modules loaded) takes over at once. A spare
 *   has not evaluated anything yet, so its first run is slower: a project whose evaluation
 *   usually takes 200 ms is better waited for than restarted after 300.
 * - A watchdog terminates a run that passes its budget (5 s by default; twice that for a fresh
 *   worker's first run), reports "evaluation stopped after 5 s" and replaces the worker; the page stays responsive throughout because the
 *   evaluator never runs on its thread.
 * - Each edit's request evaluates the modules the page asks for (the selected host's); the rest
 *   are idle requests (`evaluateWhenIdle`), run on the same warm worker once no edit has come
 *   for `idleDelayMs` after the result, a few hosts at a time, so an edit never waits for more
 *   than one small batch. Their replies carry configurations only. Any edit cancels the idle
 *   requests not yet started, and supersedes a running one exactly as it supersedes an edit's
 *   run; an idle reply counts only while no newer request was made.
 *
 * Tool calls (REPL, archives) go to a separate worker with the same watchdog, so a REPL
 * expression that never finishes cannot hold up evaluation, and the reverse.
 */

import * as Comlink from 'comlink';
import type { HostConfiguration, ProjectFiles, ProjectResult } from '$lib/arbor/types';
import type { ArborWorkerApi, ModuleSelection } from './worker-api';

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
  /** Whether an edit's evaluation is running or waiting (idle requests do not count). */
  busy(busy: boolean): void;
  /**
   * An idle request for `revision` finished: the configurations of the hosts and homes it asked
   * for (`modules`; one that is missing was not evaluated); `last` for the last batch.
   */
  idleResult?(
    configurations: Record<string, HostConfiguration>,
    revision: number,
    batch: { modules: string[]; last: boolean },
  ): void;
  /** The idle request for `revision` was stopped by the watchdog or its worker died. */
  idleStopped?(message: string, revision: number): void;
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
  /** How long after a result, with no edit meanwhile, the idle request starts. */
  idleDelayMs?: number;
}

class WorkerHandle {
  readonly worker: Worker;
  readonly api: Comlink.Remote<ArborWorkerApi>;
  readonly ready: Promise<unknown>;
  /** Whether it has evaluated host modules once (its first, cold run is not a usual one). */
  warm = false;

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

interface Request {
  files: ProjectFiles;
  revision: number;
  modules: ModuleSelection;
  idle: boolean;
  /** For an idle request: whether it is the last batch. */
  last?: boolean;
}

interface IdlePlan {
  files: ProjectFiles;
  revision: number;
  batches: string[][];
  next: number;
}

interface Run {
  request: number;
  revision: number;
  idle: boolean;
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
  private queued: Request | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private idlePlan: IdlePlan | null = null;
  private nextRequest = 1;
  private disposed = false;
  /** A moving average of recent edits' evaluation time in the worker, ms. */
  private usualMs = 0;

  constructor(
    options: EvaluationClientOptions,
    private readonly listener: EvaluationListener,
  ) {
    this.options = {
      budgetMs: 5000,
      supersedeAfterMs: 300,
      debounceMs: 0,
      idleDelayMs: 300,
      ...options,
    };
    this.options.debounceMs = Math.min(this.options.debounceMs, 50);
    // The spare starts after the first evaluation, so the two do not compete at page load.
    this.current = new WorkerHandle(this.options.createWorker);
  }

  get budgetMs(): number {
    return this.options.budgetMs;
  }

  /**
   * Evaluates `files` (the state after edit number `revision`) with the modules of `modules`,
   * superseding anything older, an idle request included.
   */
  evaluate(files: ProjectFiles, revision: number, modules: ModuleSelection = 'all'): void {
    if (this.disposed) return;
    this.cancelIdle();
    this.queued = { files, revision, modules, idle: false };
    this.listener.busy(true);
    if (this.running) {
      const patience = Math.max(this.options.supersedeAfterMs, 3 * this.usualMs);
      if (performance.now() - this.running.startedAt > patience) this.abandonRunning();
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

  /**
   * Evaluates the modules of `batches` of `files`, one batch after the other, once the worker is
   * free and `idleDelayMs` have passed without a newer request; `evaluate` cancels what has not
   * started. Replaces earlier idle requests.
   */
  evaluateWhenIdle(files: ProjectFiles, revision: number, batches: string[][]): void {
    if (this.disposed) return;
    this.cancelIdle();
    if (batches.length === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.idlePlan = { files, revision, batches, next: 0 };
      this.startIdle();
    }, this.options.idleDelayMs);
  }

  /** Starts the next idle batch if the worker is free and nothing else waits. */
  private startIdle(): void {
    const plan = this.idlePlan;
    if (!plan || this.running || this.queued || this.disposed) return;
    if (plan.next >= plan.batches.length) {
      this.idlePlan = null;
      return;
    }
    const modules = plan.batches[plan.next++];
    const last = plan.next === plan.batches.length;
    this.queued = { files: plan.files, revision: plan.revision, modules, idle: true, last };
    this.startQueued();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.idlePlan = null;
    if (this.queued?.idle) this.queued = null;
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
    const { files, revision, modules, idle, last } = this.queued;
    this.queued = null;
    const request = this.nextRequest++;
    const startedAt = performance.now();
    const postedAt = performance.timeOrigin + startedAt;
    const handle = this.current;
    // A fresh worker's first run also compiles Arbor's library and module system: it gets twice
    // the budget, so a slow machine's cold start is not mistaken for an endless evaluation.
    const wasWarm = handle.warm;
    const budget = wasWarm ? this.options.budgetMs : 2 * this.options.budgetMs;
    const watchdog = setTimeout(() => this.stopRunning(request, budget), budget);
    this.running = { request, revision, idle, startedAt, watchdog };
    const failed = (error: unknown) =>
      this.finish(request, () => {
        // The worker died (out of memory, a bug); replace it so the next edit works.
        if (handle === this.current) this.replaceWorker();
        const message = `evaluation failed: ${error instanceof Error ? error.message : String(error)}`;
        if (idle) {
          this.idlePlan = null;
          this.listener.idleStopped?.(message, revision);
        } else this.listener.stopped(message, revision);
      });
    if (idle) {
      const batch = { modules: modules as string[], last: last ?? true };
      handle.api.evaluateHosts(files, batch.modules).then((configurations) => {
        handle.warm = true;
        this.finish(request, () => this.listener.idleResult?.(configurations, revision, batch));
      }, failed);
      return;
    }
    handle.api.evaluate(request, files, modules).then((reply) => {
      if (modules !== 'none') handle.warm = true;
      const now = performance.timeOrigin + performance.now();
      const timings = {
        total: now - postedAt,
        toWorker: reply.receivedAt - postedAt,
        inWorker: reply.repliedAt - reply.receivedAt,
        fromWorker: now - reply.repliedAt,
      };
      if (wasWarm && request === this.running?.request)
        this.usualMs = this.usualMs === 0 ? timings.inWorker : 0.7 * this.usualMs + 0.3 * timings.inWorker;
      this.finish(request, () => this.listener.result(reply.result, revision, timings));
    }, failed);
  }

  private finish(request: number, deliver: () => void): void {
    if (!this.running || this.running.request !== request) return; // superseded or stopped: drop
    const { idle } = this.running;
    clearTimeout(this.running.watchdog);
    this.running = null;
    if (this.queued) {
      this.startQueued(); // a newer edit is waiting: this reply is already out of date
      return;
    }
    if (!idle) this.listener.busy(false);
    deliver();
    this.ensureSpare();
    this.startIdle();
  }

  private stopRunning(request: number, budget: number): void {
    if (!this.running || this.running.request !== request) return;
    const { revision, idle } = this.running;
    this.running = null;
    this.replaceWorker();
    if (this.queued) {
      this.startQueued();
      return;
    }
    const message = `evaluation stopped after ${formatBudget(budget)}`;
    if (idle) {
      this.idlePlan = null; // the rest would start on a cold worker: wait for the next edit
      this.listener.idleStopped?.(message, revision);
      return;
    }
    this.listener.busy(false);
    this.listener.stopped(message, revision);
  }

  /** Runs a tool call (REPL, archive) in the tools worker under the same budget (twice it at first). */
  async runTool<T>(
    call: (api: Comlink.Remote<ArborWorkerApi>) => Promise<T>,
    budgetMs = this.options.budgetMs,
  ): Promise<T> {
    this.tools ??= new WorkerHandle(this.options.createWorker);
    const handle = this.tools;
    // As for evaluation: a fresh worker's first call also compiles Arbor's library.
    const budget = handle.warm ? budgetMs : 2 * budgetMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (this.tools === handle) this.tools = null;
        handle.terminate();
        reject(new ToolTimeout(`evaluation stopped after ${formatBudget(budget)}`));
      }, budget);
    });
    try {
      const answer = await Promise.race([call(handle.api), timeout]);
      handle.warm = true;
      return answer;
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.running) clearTimeout(this.running.watchdog);
    if (this.debounce) clearTimeout(this.debounce);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.current.terminate();
    this.spare?.terminate();
    this.tools?.terminate();
  }
}

export class ToolTimeout extends Error {}
