/** `arbor new DIR [--example NAME]`: a project started in a new (or empty) directory, as a ready flake. */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { flakeFiles } from '../../lib/arbor/archive';
import { Session } from '../../lib/arbor/evaluate';
import { EXAMPLES } from '../../lib/arbor/generated/examples';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { directory, option } from './args';
import { writeProject } from './project-dir';
import { STARTER_FILES } from './starter';

export function scaffold(args: string[], io: CliIO): CliResult {
  const example = option(args, ['--example', '-e']);
  const dir = directory(args, io, 'new');
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0))
    throw new CliError(`${dir} exists and is not an empty directory; choose a new directory`);
  let files = STARTER_FILES;
  if (example !== undefined) {
    if (!EXAMPLES[example])
      throw new CliError(`no example '${example}'; choose one of: ${Object.keys(EXAMPLES).join(', ')}`);
    files = EXAMPLES[example];
  }
  const result = new Session().evaluate(files, { modules: 'none' });
  writeProject(dir, flakeFiles(files, result.model));
  return {
    stdout: utf8(`created ${dir}\nnext: cd ${args[0] ?? dir} && git init && git add -A && arbor check .\n`),
    stderr: new Uint8Array(),
    exitCode: 0,
  };
}
