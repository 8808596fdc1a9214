/**
 * The Arbor worker: the evaluator, the REPL and the archive builder run here, off the page's
 * thread, behind the one comlink API of `src/lib/ui/worker-api.ts`. Evaluation is synchronous; a
 * run that must be abandoned (superseded by a newer edit, or past the watchdog's budget) is
 * abandoned by the page terminating this worker, so nothing here needs to be cancellable.
 */

import * as Comlink from 'comlink';
import { ArchiveError, buildArchive, readArchive } from '../src/lib/arbor/archive';
import { Session } from '../src/lib/arbor/evaluate';
import type { ProjectFiles } from '../src/lib/arbor/types';
import type { ArborWorkerApi, ArchiveFormat, ArchiveReply, ImportReply } from '../src/lib/ui/worker-api';

/** Everything this worker caches (parsed files, the evaluator, the last model) lives here. */
const session = new Session();

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const api: ArborWorkerApi = {
  ready: () => true,

  evaluate(request, files, modules) {
    const receivedAt = performance.timeOrigin + performance.now();
    const result = session.evaluate(files, { modules });
    return { request, result, receivedAt, repliedAt: performance.timeOrigin + performance.now() };
  },

  evaluateHosts: (files, modules) => session.evaluate(files, { modules }).configurations,

  repl: (files, expression, host) => session.repl(files, expression, { host }),

  buildArchive(files: ProjectFiles, format: ArchiveFormat): ArchiveReply {
    try {
      const bytes = buildArchive(files, format, { model: session.model(files) });
      return Comlink.transfer({ ok: true as const, bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      return { ok: false, message: `The flake could not be built: ${messageOf(error)}` };
    }
  },

  readArchive(bytes: Uint8Array, fileName: string): ImportReply {
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
