/** `arbor archive DIR -o FILE.tar.gz|FILE.zip`: the project written as a ready flake. */

import { resolve } from 'node:path';
import { buildArchive, type ArchiveFormat } from '../../lib/arbor/archive';
import { Session } from '../../lib/arbor/evaluate';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { directory, option } from './args';
import { readProject, writeOutputFile } from './project-dir';

export function archive(args: string[], io: CliIO): CliResult {
  const output = option(args, ['-o', '--output']);
  if (!output) throw new CliError('arbor archive needs an output file: -o fleet.tar.gz (or .zip)');
  const format: ArchiveFormat | null =
    output.endsWith('.tar.gz') || output.endsWith('.tgz') ? 'tar.gz' : output.endsWith('.zip') ? 'zip' : null;
  if (format === null)
    throw new CliError(`cannot tell the archive format of '${output}': name it .tar.gz or .zip`);
  const dir = directory(args, io, 'archive');
  const files = readProject(dir);
  const result = new Session().evaluate(files, { modules: 'none' });
  const bytes = buildArchive(files, format, {
    model: result.model,
    root: dir.split('/').pop() || 'arbor-flake',
  });
  writeOutputFile(resolve(io.cwd, output), bytes);
  const problems = result.diagnostics.filter((d) => d.severity === 'error').length;
  const note = problems
    ? ` (the project has ${problems} error${problems === 1 ? '' : 's'}: run 'arbor check' to see them)`
    : '';
  return {
    stdout: utf8(`wrote ${output} (${bytes.length} bytes)${note}\n`),
    stderr: new Uint8Array(),
    exitCode: 0,
  };
}
