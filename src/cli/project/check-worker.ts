/**
 * A worker thread of `arbor check` (bundled to dist/check-worker.js): evaluates one group of
 * hosts and homes of the project it is handed and posts back each one's diagnostics. The model
 * is evaluated here again (it is small next to the hosts' modules), so a worker needs nothing
 * but the project's files. See parallel-check.ts.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { Session } from '../../lib/arbor/evaluate';
import type { Diagnostic, ProjectFiles } from '../../lib/arbor/types';

export interface CheckWorkerData {
  files: ProjectFiles;
  /** Hosts and `user@host` homes to evaluate. */
  names: string[];
}

export type CheckWorkerReply = Record<string, Diagnostic[]>;

const { files, names } = workerData as CheckWorkerData;
const result = new Session().evaluate(files, { modules: names, detail: 'check' });
const reply: CheckWorkerReply = {};
for (const [name, configuration] of Object.entries(result.configurations))
  reply[name] = configuration.diagnostics;
parentPort!.postMessage(reply);
