/**
 * The one typed API between the page and the Arbor worker (comlink). Both sides import these
 * types, so the messages cannot drift from the real ones. Everything that can fail for a user's
 * reason (a hostile archive, a REPL typo) comes back as data — `{ ok: false, message }` — never as
 * a thrown exception across the boundary; only bugs throw.
 */

import type { ReplResult } from '$lib/arbor/repl';
import type { HostConfiguration, ProjectFiles, ProjectResult } from '$lib/arbor/types';

export type ArchiveFormat = 'tar.gz' | 'zip';

/** Whose modules an evaluation evaluates: every host and home, none, or the named ones. */
export type ModuleSelection = 'all' | 'none' | string[];

export interface EvaluationReply {
  /** The request this answers; the client drops replies to anything but its newest request. */
  request: number;
  result: ProjectResult;
  /** When the worker received the request and sent the reply (ms since the epoch, fractional). */
  receivedAt: number;
  repliedAt: number;
}

export type ReplReply = ReplResult;

export type ArchiveReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export type ImportReply = { ok: true; files: ProjectFiles } | { ok: false; message: string };

export interface ArborWorkerApi {
  /** Resolves once the worker's modules are loaded (used to keep a warm spare ready). */
  ready(): true;
  /** Async: all but a model-only evaluation wait for the library's platform/ to be loaded. */
  evaluate(request: number, files: ProjectFiles, modules: ModuleSelection): Promise<EvaluationReply>;
  /** The configurations of the named hosts and homes only (the idle evaluation of the others). */
  evaluateHosts(files: ProjectFiles, modules: string[]): Promise<Record<string, HostConfiguration>>;
  /** `host` (a host or `user@host` home) gives the expression `config` and `options`. */
  repl(files: ProjectFiles, expression: string, host: string | null): Promise<ReplReply>;
  /** Both load the archive code on first use. */
  buildArchive(files: ProjectFiles, format: ArchiveFormat): Promise<ArchiveReply>;
  readArchive(bytes: Uint8Array, fileName: string): Promise<ImportReply>;
}
