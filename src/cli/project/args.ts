/** The argument helpers the project commands share: options with a value, flags, the one directory. */

import { resolve } from 'node:path';
import { CliError, type CliIO } from '../command';

/** Removes `NAME VALUE` (any of `names`) from `args` and returns VALUE. */
export function option(args: string[], names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined) throw new CliError(`${args[i]} needs a value`);
  args.splice(i, 2);
  return value;
}

/** Removes the flag `name` from `args` and says whether it was there. */
export function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

/**
 * The one positional argument, a directory, resolved against the working directory; an option
 * left over is an error.
 */
export function directory(args: string[], io: CliIO, command: string): string {
  const positional = args.filter((a) => !a.startsWith('-'));
  if (positional.length !== 1)
    throw new CliError(`arbor ${command} takes one directory, e.g. 'arbor ${command} .'`);
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new CliError(`arbor ${command}: unknown option '${unknown}'`);
  return resolve(io.cwd, positional[0]);
}
