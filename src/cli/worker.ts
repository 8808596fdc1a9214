/**
 * The CLI's worker thread: bin/arbor.js starts this with a large stack (deep Nix recursion needs
 * it), hands it the arguments, and gets back the output bytes and the exit code.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { runCli, type CliIO } from './main';

const io = workerData as CliIO;
let message;
try {
  message = runCli(io);
} catch (error) {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  message = { stdout: new Uint8Array(), stderr: new TextEncoder().encode(`arbor: internal error: ${text}\n`), exitCode: 2 };
}
parentPort!.postMessage(message);
