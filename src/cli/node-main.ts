/**
 * The CLI's process entry (bundled to dist/cli.js, started by bin/arbor): reads stdin when asked,
 * runs the command, writes its output bytes and sets the exit code. bin/arbor gives Node a large
 * stack first, because evaluating deeply recursive Nix needs one.
 */

import { readFileSync, writeSync } from 'node:fs';
import { runCli } from './main';

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

const argv = process.argv.slice(2);
const wantsStdin = argv[0] === 'instantiate' && argv.includes('-');
let result;
try {
  result = await runCli({
    argv,
    cwd: process.cwd(),
    env: { ...process.env },
    stdin: wantsStdin ? readFileSync(0, 'utf8') : null,
    isTTY: Boolean(process.stdout.isTTY),
  });
} catch (error) {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  result = {
    stdout: new Uint8Array(),
    stderr: new TextEncoder().encode(`arbor: internal error: ${text}\n`),
    exitCode: 2,
  };
}
writeAll(1, result.stdout);
writeAll(2, result.stderr);
process.exitCode = result.exitCode;
