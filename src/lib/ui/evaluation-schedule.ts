/**
 * What the workspace asks the worker to evaluate, and how the answers land in it.
 *
 * Each edit's request includes the modules of the evaluated host (the selected one, else the
 * first) and its homes; once its result is in, the other hosts are evaluated when the page is
 * idle, a few at a time. A result for anything but the newest revision is dropped. Before a new
 * result replaces the old one, the configurations it did not ask for are carried over, so the
 * other hosts' problems stay shown until the next idle evaluation replaces them.
 *
 * It writes the workspace's evaluation state (`result`, `model`, `otherConfigurations`, …) and
 * keeps the bookkeeping no component reads: the client, and what each request asked for.
 */

import type { Model, ProjectResult, HostConfiguration } from '$lib/arbor/types';
import { EvaluationClient } from './evaluation-client';
import { reuseUnchanged } from './reuse-unchanged';
import type { ModuleSelection } from './worker-api';
import type { Workspace } from './workspace.svelte';

/** Hosts evaluated together in one idle request (with their homes). */
const IDLE_BATCH_HOSTS = 4;

export class EvaluationSchedule {
  client: EvaluationClient | null = null;
  /** The hosts and homes the idle batches of this round have evaluated so far. */
  private idleRefreshed: string[] = [];
  /** The modules the newest edit's request of each revision asked for. */
  private requested: { revision: number; modules: ModuleSelection } = { revision: -1, modules: 'none' };

  constructor(private readonly ws: Workspace) {}

  /** Starts evaluation in `createWorker`'s workers. */
  start(createWorker: () => Worker): void {
    const ws = this.ws;
    this.client = new EvaluationClient(
      { createWorker },
      {
        result: (result, revision, timings) => {
          if (revision !== ws.revision) return;
          ws.stopped = null;
          if (revision !== ws.resultRevision) ws.idleStopped = null;
          this.carryOver(result);
          // Unchanged parts keep their identity, so the panels redraw only what changed.
          const shared = reuseUnchanged(ws.result, result);
          ws.result = shared;
          ws.resultRevision = revision;
          ws.lastEvaluationMs = timings.total;
          ws.lastTimings = timings;
          if (shared.model) ws.model = reuseUnchanged(ws.model, shared.model);
          this.afterResult();
        },
        idleResult: (configurations, revision, batch) => {
          if (revision !== ws.revision || !ws.result?.model) return;
          ws.idleStopped = null;
          const own = ws.result.configurations;
          const next = { ...ws.otherConfigurations };
          // A host of the batch that was not evaluated (its assembly has problems) has no configuration.
          for (const name of batch.modules) delete next[name];
          for (const [name, configuration] of Object.entries(configurations))
            if (!(name in own)) next[name] = configuration;
          if (batch.last) {
            this.idleRefreshed.push(...batch.modules);
            // What no batch of this round refreshed is gone (a host renamed or removed).
            for (const name of Object.keys(next)) if (!this.idleRefreshed.includes(name)) delete next[name];
            this.idleRefreshed = [];
          } else this.idleRefreshed.push(...batch.modules);
          ws.otherConfigurations = reuseUnchanged(ws.otherConfigurations, next);
        },
        idleStopped: (message, revision) => {
          if (revision === ws.revision) ws.idleStopped = message;
        },
        stopped: (message, revision) => {
          if (revision !== ws.revision) return;
          ws.stopped = message;
          ws.result = null;
          ws.resultRevision = revision;
        },
        busy: (busy) => (ws.evaluating = busy),
      },
    );
  }

  /**
   * Before a new result replaces the old one: configurations the new result does not cover (it
   * did not ask for them) are kept among the others, for hosts and homes that still exist.
   */
  private carryOver(next: ProjectResult): void {
    const model = next.model;
    if (!model) return;
    const asked = this.requested.modules;
    const keep: Record<string, HostConfiguration> = {};
    const previous = { ...this.ws.otherConfigurations, ...(this.ws.result?.configurations ?? {}) };
    for (const [name, configuration] of Object.entries(previous)) {
      const exists = name in model.hosts || name in model.homes;
      const covered =
        asked === 'all' || (asked !== 'none' && asked.includes(name)) || name in next.configurations;
      if (exists && !covered) keep[name] = configuration;
    }
    this.ws.otherConfigurations = keep;
  }

  /** The modules each edit evaluates: the evaluated host's and its homes'. */
  private primaryModules(): ModuleSelection {
    const host = this.ws.evaluatedHost;
    const entry = host ? this.ws.model?.hosts[host] : undefined;
    return entry ? [host!, ...entry.homes] : 'none';
  }

  /** Asks for the current revision, with the evaluated host's modules. */
  evaluateNow(): void {
    const modules = this.primaryModules();
    this.requested = { revision: this.ws.revision, modules };
    this.client?.evaluate(this.ws.files, this.ws.revision, modules);
  }

  /** Whether this revision's request asked for `name`'s modules. */
  askedFor(name: string): boolean {
    const { revision, modules } = this.requested;
    return (
      revision === this.ws.revision && (modules === 'all' || (modules !== 'none' && modules.includes(name)))
    );
  }

  /**
   * After an edit's result: evaluate the evaluated host at once if that request did not include
   * it (the first result of a project, a renamed host), otherwise the other hosts when idle.
   */
  private afterResult(): void {
    const model = this.ws.result?.model;
    const host = this.ws.evaluatedHost;
    if (!model || !host) return;
    if (!this.askedFor(host)) {
      this.evaluateNow();
      return;
    }
    this.idleRefreshed = [];
    this.client?.evaluateWhenIdle(
      this.ws.files,
      this.ws.revision,
      idleBatches(model, (name) => this.askedFor(name)),
    );
  }
}

/** The hosts and homes `asked` has not covered, a few hosts (with their homes) per batch. */
function idleBatches(model: Model, asked: (name: string) => boolean): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let hosts = 0;
  for (const [name, host] of Object.entries(model.hosts)) {
    const names = [name, ...host.homes].filter((n) => !asked(n));
    if (names.length === 0) continue;
    batch.push(...names);
    if (++hosts === IDLE_BATCH_HOSTS) {
      batches.push(batch);
      batch = [];
      hosts = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The selected host if the model has it, else the model's first host. */
export function hostFor(model: Model | null, selected: string | null): string | null {
  if (!model) return null;
  if (selected && selected in model.hosts) return selected;
  return Object.keys(model.hosts)[0] ?? null;
}
