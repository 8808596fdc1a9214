#!/usr/bin/env node
// The `arbor` command. The work happens in a worker thread (dist/cli-worker.js, bundled from
// src/cli/) because evaluating deeply recursive Nix needs a larger stack than Node's main thread
// gets; this launcher only passes arguments and stdin in, and output and the exit code out.
import { existsSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const bundle = new URL('../dist/cli-worker.js', import.meta.url);
if (!existsSync(bundle)) {
  const { buildCli } = await import('../scripts/build-cli.js');
  await buildCli();
}

const argv = process.argv.slice(2);
const wantsStdin = argv[0] === 'instantiate' && argv.includes('-') && !process.stdin.isTTY;
const worker = new Worker(bundle, {
  workerData: {
    argv,
    cwd: process.cwd(),
    env: { ...process.env },
    stdin: wantsStdin ? readFileSync(0, 'utf8') : null,
    isTTY: Boolean(process.stdout.isTTY),
  },
  resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
  stdout: false,
  stderr: false,
});
worker.on('message', ({ stdout, stderr, exitCode }) => {
  if (stdout.length) process.stdout.write(stdout);
  if (stderr.length) process.stderr.write(stderr);
  process.exitCode = exitCode;
});
worker.on('error', (error) => {
  process.stderr.write(`arbor: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
});
