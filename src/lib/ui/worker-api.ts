/**
 * The one typed API between the page and the Arbor worker (comlink). Both sides import these
 * types, so the messages cannot drift from the real ones. Everything that can fail for a user's
 * reason (a hostile archive, a REPL typo) comes back as data — `{ ok: false, message }` — never as
 * a thrown exception across the boundary; only bugs throw.
 */

import type { ProjectFiles, ProjectResult } from '$lib/arbor/types';

export type ArchiveFormat = 'tar.gz' | 'zip';

export interface EvaluationReply {
  /** The request this answers; the client drops replies to anything but its newest request. */
  request: number;
  result: ProjectResult;
  /** When the worker received the request and sent the reply (ms since the epoch, fractional). */
  receivedAt: number;
  repliedAt: number;
}

export type ReplReply = { ok: true; output: string; ms: number } | { ok: false; message: string; ms: number };

export type ArchiveReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export type ImportReply = { ok: true; files: ProjectFiles } | { ok: false; message: string };

export interface ArborWorkerApi {
  /** Resolves once the worker's modules are loaded (used to keep a warm spare ready). */
  ready(): true;
  evaluate(request: number, files: ProjectFiles): EvaluationReply;
  repl(files: ProjectFiles, expression: string): ReplReply;
  buildArchive(files: ProjectFiles, format: ArchiveFormat): ArchiveReply;
  readArchive(bytes: Uint8Array, fileName: string): ImportReply;
}
