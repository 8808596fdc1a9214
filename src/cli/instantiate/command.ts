/**
 * `arbor instantiate`: nix-instantiate's command line. The program itself is the evaluator's
 * (`instantiateBytes`, src/lib/nix/instantiate/instantiate.ts, which the playground can run too); this
 * is its Node side: the process's text converted to the evaluator's byte strings, the real file
 * system, and the bytes it prints.
 */

import { instantiateBytes, toByteString } from '../../lib/nix';
import { NodeFileSystem } from '../../lib/nix/node';
import type { CliIO, CliResult } from '../command';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Whether these arguments read the expression from stdin (`-`), which the process reads first. */
export function readsStdin(args: string[]): boolean {
  return args.includes('-');
}

export function instantiate(args: string[], io: CliIO): CliResult {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(io.env)) env[k] = v === undefined ? undefined : toByteString(v);
  const result = instantiateBytes({
    argv: args.map(toByteString),
    cwd: toByteString(io.cwd),
    stdin: io.stdin === null ? undefined : toByteString(io.stdin),
    env,
    fs: new NodeFileSystem(),
    stderrIsTTY: io.stderrIsTTY,
  });
  return { stdout: latin1(result.stdout), stderr: latin1(result.stderr), exitCode: result.exitCode };
}
