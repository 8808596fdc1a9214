/**
 * The REPL's state: what was evaluated and what came back, newest last, and the history a person
 * walks with the arrow keys. Expressions run in the tools worker (under the same budget as
 * evaluation), against the project as it is at the moment they are entered, with the `config` and
 * `options` of the host the Config tab shows (the selected host, else the first).
 */

import { ToolTimeout } from './evaluation-client';
import type { ReplReply } from './worker-api';
import type { Workspace } from './workspace.svelte';

export interface ReplEntry {
  input: string;
  output: string;
  ok: boolean;
  ms: number;
}

const HISTORY_KEY = 'arbor:repl-history';

export class Repl {
  entries = $state.raw<ReplEntry[]>([]);
  running = $state(false);
  private history: string[] = [];
  private cursor = 0;

  constructor(private readonly workspace: Workspace) {
    try {
      this.history = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as string[];
    } catch {
      this.history = [];
    }
    this.cursor = this.history.length;
  }

  async run(input: string): Promise<void> {
    const expression = input.trim();
    const client = this.workspace.evaluationClient;
    if (!expression || !client) return;
    if (this.history.at(-1) !== expression) this.history = [...this.history, expression].slice(-100);
    this.cursor = this.history.length;
    localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
    this.running = true;
    const files = this.workspace.files;
    const host = this.workspace.configTarget;
    const start = performance.now();
    try {
      const reply = await client.runTool<ReplReply>((api) => api.repl(files, expression, host));
      this.push({
        input: expression,
        output: reply.ok ? reply.output : reply.message,
        ok: reply.ok,
        ms: reply.ms,
      });
    } catch (error) {
      const message = error instanceof ToolTimeout ? error.message : `error: ${String(error)}`;
      this.push({ input: expression, output: message, ok: false, ms: performance.now() - start });
    } finally {
      this.running = false;
    }
  }

  private push(entry: ReplEntry) {
    this.entries = [...this.entries, entry].slice(-200);
  }

  /** The previous (-1) or next (+1) history entry, or null past either end. */
  walk(direction: -1 | 1): string | null {
    const next = this.cursor + direction;
    if (next < 0) return null;
    if (next >= this.history.length) {
      this.cursor = this.history.length;
      return '';
    }
    this.cursor = next;
    return this.history[next];
  }

  clear(): void {
    this.entries = [];
  }
}
