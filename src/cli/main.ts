/**
 * The `arbor` program's dispatcher: picks the command named by the first argument and runs it.
 * The commands live one folder per program: `instantiate/` (nix-instantiate's command line) and
 * `project/` (`check`, `eval`, `graph`, `archive`, `secrets rules`, `new`, one file each); what
 * every command takes and returns is in command.ts. Commands return their output instead of
 * printing it, so the process entry (process/entry.ts, through process/output.ts) writes it and
 * sets the exit code; output is bytes, exactly what nix-instantiate would print.
 */

import { CliError, utf8, type CliIO, type CliResult } from './command';
import { instantiate } from './instantiate/command';

export type { CliIO, CliResult };

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

export async function runCli(io: CliIO): Promise<CliResult> {
  const [command, ...args] = io.argv;
  try {
    switch (command) {
      case 'instantiate':
        return instantiate(args, io);
      case 'check':
      case 'eval':
      case 'graph':
      case 'archive':
      case 'secrets':
      case 'new': {
        // Project commands need the session API and the bundled library; `instantiate` does not,
        // so they are loaded only when used (a faster start for nix-instantiate work).
        const commands = await import('./project');
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
