/** `arbor check DIR [--json] [--no-modules] [--jobs N]`: the project's diagnostics and a summary; exit 1 on errors. */

import { Session } from '../../lib/arbor/evaluate';
import { formatDiagnostic, summarize } from '../../lib/arbor/report';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { directory, flag, option } from './args';
import { checkProject, defaultJobs } from './parallel-check';
import { readProject } from './project-dir';

export async function check(args: string[], io: CliIO): Promise<CliResult> {
  const json = flag(args, '--json');
  const noModules = flag(args, '--no-modules');
  const jobsText = option(args, ['--jobs', '-j']);
  const jobs = jobsText === undefined ? defaultJobs() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new CliError(`--jobs needs a whole number of worker threads, at least 1 (got '${jobsText}')`);
  const dir = directory(args, io, 'check');
  const files = readProject(dir);
  const { result, workers } = noModules
    ? { result: new Session().evaluate(files, { modules: 'none', detail: 'check' }), workers: 0 }
    : await checkProject(files, jobs, jobsText !== undefined);
  const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
  if (json)
    return {
      stdout: utf8(
        JSON.stringify(
          { model: result.model, diagnostics: result.diagnostics, timing: result.timing, workers },
          null,
          2,
        ) + '\n',
      ),
      stderr: new Uint8Array(),
      exitCode: hasErrors ? 1 : 0,
    };
  const lines = result.diagnostics.map((d) => formatDiagnostic(d, { color: io.isTTY }));
  const hosts = result.model ? Object.keys(result.model.hosts).length : 0;
  lines.push(
    `${summarize(result.diagnostics)} (${hosts} host${hosts === 1 ? '' : 's'}, ${result.timing.totalMs.toFixed(0)} ms)`,
  );
  return { stdout: utf8(lines.join('\n') + '\n'), stderr: new Uint8Array(), exitCode: hasErrors ? 1 : 0 };
}
