// Runs an expression through Arbor's nix-instantiate in-process (`--eval --strict --json`), from
// the repository root, for the platform tests.

import { REPO_ROOT } from '../evaluator/harness';

export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function evaluateOurs(expression: string): Promise<Run> {
  // Loaded lazily, as the other harnesses do, so importing this module stays cheap.
  const { runInstantiate } = await import('../../src/lib/nix/instantiate/instantiate');
  const { NodeFileSystem } = await import('../../src/lib/nix/vfs/node');
  return runInstantiate({
    argv: ['--eval', '--strict', '--json', '-E', expression],
    cwd: REPO_ROOT,
    env: {},
    fs: new NodeFileSystem(),
  });
}

/** The JSON value of an expression; throws with Nix's message when evaluation fails. */
export async function evaluateOursJSON(expression: string): Promise<unknown> {
  const run = await evaluateOurs(expression);
  if (run.exitCode !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}
