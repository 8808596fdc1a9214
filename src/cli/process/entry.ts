/**
 * The CLI's process entry (bundled to dist/cli.js, started by bin/arbor): reads stdin when asked,
 * runs the command, writes its output bytes through output.ts and sets the exit code. bin/arbor
 * gives Node a large stack first, because evaluating deeply recursive Nix needs one.
 *
 * Nothing escapes as a Node stack trace: an unexpected JavaScript error, here or in a callback
 * later, becomes a short request for a bug report and exit status 2.
 */

import { runCli, type CliResult } from '../main';
import { readsStdin } from '../instantiate/command';
import { colorAllowed, internalErrorMessage, readAll, writeAll } from './output';

const env = { ...process.env };

function internalError(error: unknown): CliResult {
  return {
    stdout: new Uint8Array(),
    stderr: new TextEncoder().encode(internalErrorMessage(error, env)),
    exitCode: 2,
  };
}

let reported = false;
const onUncaught = (error: unknown) => {
  if (reported) return;
  reported = true;
  process.exitCode = 2;
  void writeAll(process.stderr, internalError(error).stderr);
};
process.on('uncaughtException', onUncaught);
process.on('unhandledRejection', onUncaught);

const argv = process.argv.slice(2);
const wantsStdin = argv[0] === 'instantiate' && readsStdin(argv.slice(1));
let result: CliResult;
try {
  result = await runCli({
    argv,
    cwd: process.cwd(),
    env,
    stdin: wantsStdin ? await readAll(process.stdin) : null,
    isTTY: colorAllowed(process.stdout.isTTY, env),
    stderrIsTTY: colorAllowed(process.stderr.isTTY, env),
  });
} catch (error) {
  result = internalError(error);
}
// stderr first: warnings and traces happen while evaluating, before the result is printed, so
// this is the order Nix shows them in on a terminal. A reader that went away (EPIPE) only drops
// the rest of that stream; any other failure to write stdout is reported, and the command fails.
await writeAll(process.stderr, result.stderr);
const written = await writeAll(process.stdout, result.stdout);
let exitCode = reported ? 2 : result.exitCode;
if (written instanceof Error) {
  await writeAll(process.stderr, new TextEncoder().encode(`error: writing to stdout: ${written.message}\n`));
  exitCode = exitCode || 1;
}
process.exitCode = exitCode;
