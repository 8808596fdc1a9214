// Runs our evaluator in a worker thread (so the main thread can stop a case that runs past its
// time limit): `nix-instantiate --eval --strict <file>` through the evaluator's front door.

import { parentPort } from 'node:worker_threads';
import { instantiateBytes } from '../../src/lib/nix/index';
import { NodeFileSystem } from '../../src/lib/nix/node';

export interface WorkerRequest {
  id: number;
  file: string;
  cwd: string;
}

export type WorkerReply =
  | { id: number; kind: 'done'; stdout: string; stderr: string; exitCode: number }
  | { id: number; kind: 'crash'; message: string; stack: string };

const fs = new NodeFileSystem();

parentPort!.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result = instantiateBytes({
      argv: ['--eval', '--strict', request.file],
      cwd: request.cwd,
      env: {},
      fs,
    });
    reply = { id: request.id, kind: 'done', ...result };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`;
    const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
    reply = { id: request.id, kind: 'crash', message: message.slice(0, 500), stack };
  }
  parentPort!.postMessage(reply);
});
