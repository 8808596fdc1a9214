/**
 * The Arbor worker: the evaluator, the REPL and the archive builder run here, off the page's
 * thread, behind the one comlink API of `src/lib/ui/worker-api.ts`. Evaluation is synchronous; a
 * run that must be abandoned (superseded by a newer edit, or past the watchdog's budget) is
 * abandoned by the page terminating this worker, so nothing here needs to be cancellable.
 *
 * Two parts of it load later, so the first evaluation (the model, for the graph) starts sooner:
 * the library's `platform/` (the NixOS, nix-darwin and home-manager stand-ins; this bundle is built
 * without it, vite.config.ts), fetched at once, which everything but a model-only evaluation
 * waits for; and the archive code (tar, zip, gzip, and Arbor's library as written, for the
 * flake's `lib/`), loaded on the first download or import.
 */

import * as Comlink from 'comlink';
import { addPlatformCode, Session } from '../arbor/evaluate';
import type { ProjectFiles } from '../arbor/types';
import type { ArborWorkerApi, ArchiveFormat, ArchiveReply, ImportReply } from './worker-api';

/** Everything this worker caches (parsed files, the evaluator, the last model) lives here. */
const session = new Session();

const archive = () => import('../arbor/archive');

const platform = import('../arbor/generated/library-platform').then(({ PLATFORM_CODE }) =>
  addPlatformCode(PLATFORM_CODE),
);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const api: ArborWorkerApi = {
  ready: () => true,

  async evaluate(request, files, modules) {
    const receivedAt = performance.timeOrigin + performance.now();
    if (modules !== 'none') await platform;
    const result = session.evaluate(files, { modules });
    return { request, result, receivedAt, repliedAt: performance.timeOrigin + performance.now() };
  },

  async evaluateHosts(files, modules) {
    await platform;
    return session.evaluate(files, { modules }).configurations;
  },

  async repl(files, expression, host) {
    await platform;
    return session.repl(files, expression, { host });
  },

  async buildArchive(files: ProjectFiles, format: ArchiveFormat): Promise<ArchiveReply> {
    try {
      const { buildArchive } = await archive();
      const bytes = buildArchive(files, format, { model: session.model(files) });
      return Comlink.transfer({ ok: true as const, bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      return { ok: false, message: `The flake could not be built: ${messageOf(error)}` };
    }
  },

  async readArchive(bytes: Uint8Array, fileName: string): Promise<ImportReply> {
    const { ArchiveError, readArchive } = await archive();
    try {
      return { ok: true, files: readArchive(bytes, fileName) };
    } catch (error) {
      if (error instanceof ArchiveError)
        return { ok: false, message: `${fileName} was refused: ${error.message}.` };
      return { ok: false, message: `${fileName} could not be read: ${messageOf(error)}.` };
    }
  },
};

Comlink.expose(api);
