/**
 * The `arbor` command line: `instantiate` (nix-instantiate compatible), `check`, `graph`,
 * `archive`, `secrets rules` and `new`. Each command returns its output instead of printing it, so the launcher
 * (node-main.ts, through output.ts) writes it and sets the exit code; output is bytes, exactly
 * what nix-instantiate would print.
 */

import { instantiateBytes, toByteString } from '../lib/nix';
import { NodeFileSystem } from '../lib/nix/node';

export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: string | null;
  /** Colour may be written to stdout: a terminal, NO_COLOR unset, TERM not `dumb` (output.ts). */
  isTTY: boolean;
  /** The same for stderr; when false, ANSI escapes are filtered out of messages, as Nix does. */
  stderrIsTTY?: boolean;
}

export interface CliResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

const USAGE = `Usage: arbor <command> [options]

Commands:
  instantiate [nix-instantiate flags] [FILE | -E EXPR]   evaluate Nix like nix-instantiate
  check DIR [--json] [--no-modules] [--jobs N]           validate a project (and every host's modules); exit 1 on errors
  eval DIR HOST [OPTION.PATH] [--json] [--definitions]   print config.OPTION.PATH of a host (or user@host)
  graph DIR [--format json|dot|mermaid]                  print the module graph
  archive DIR -o FILE.tar.gz|FILE.zip                    write the project as a ready flake
  secrets rules DIR [--write]                            print (or write) .sops.yaml / secrets/secrets.nix from the inventory
  new DIR [--example NAME]                               start a project (examples: homelab, fleet, …)

Docs: docs/cli.md.
`;

export class CliError extends Error {}

export async function runCli(io: CliIO): Promise<CliResult> {
  const [command, ...args] = io.argv;
  try {
    switch (command) {
      case 'instantiate': {
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
      case 'check':
      case 'eval':
      case 'graph':
      case 'archive':
      case 'secrets':
      case 'new': {
        // Project commands need the session API and the bundled library; `instantiate` does not,
        // so they are loaded only when used (a faster start for nix-instantiate work).
        const commands = await import('./project-commands');
        // Awaited here, so a CliError from an async command is reported like any other.
        return await commands[command](args, io);
      }
      case '--version':
      case 'version':
        return { stdout: utf8('arbor 0.1.0 (Nix language 2.26)\n'), stderr: new Uint8Array(), exitCode: 0 };
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return { stdout: utf8(USAGE), stderr: new Uint8Array(), exitCode: command === undefined ? 1 : 0 };
      default:
        throw new CliError(`unknown command '${command}'\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && /is not a directory/.test(error.message))) {
      return { stdout: new Uint8Array(), stderr: utf8(`error: ${error.message}\n`), exitCode: 1 };
    }
    throw error;
  }
}
