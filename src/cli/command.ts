/**
 * What every `arbor` command is: a function from the process's arguments, directory,
 * environment and stdin (CliIO) to the bytes it prints and its exit code (CliResult). Commands
 * return their output instead of printing it; the process entry (process/entry.ts) writes it. A
 * CliError is a mistake in the input: main.ts prints it as `error: …` and exits 1.
 */

export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: string | null;
  /** Colour may be written to stdout: a terminal, NO_COLOR unset, TERM not `dumb` (process/output.ts). */
  isTTY: boolean;
  /** The same for stderr; when false, ANSI escapes are filtered out of messages, as Nix does. */
  stderrIsTTY?: boolean;
}

export interface CliResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
}

export class CliError extends Error {}

export const utf8 = (s: string) => new TextEncoder().encode(s);
