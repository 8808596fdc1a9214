/** `arbor graph DIR [--format json|dot|mermaid]`: the module graph. */

import { Session } from '../../lib/arbor/evaluate';
import { graphToDot, graphToMermaid } from '../../lib/arbor/graph-export';
import { formatDiagnostic } from '../../lib/arbor/report';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { directory, option } from './args';
import { readProject } from './project-dir';

export function graph(args: string[], io: CliIO): CliResult {
  const format = option(args, ['--format', '-f']) ?? 'json';
  if (!['json', 'dot', 'mermaid'].includes(format))
    throw new CliError(`unknown graph format '${format}': use json, dot or mermaid`);
  const dir = directory(args, io, 'graph');
  const result = new Session().evaluate(readProject(dir), { modules: 'none' });
  if (result.model === null) {
    const text = result.diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    return {
      stdout: new Uint8Array(),
      stderr: utf8(`error: the project does not evaluate, so it has no graph:\n${text}\n`),
      exitCode: 1,
    };
  }
  const g = result.model.graph;
  const text =
    format === 'dot'
      ? graphToDot(g)
      : format === 'mermaid'
        ? graphToMermaid(g)
        : JSON.stringify(g, null, 2) + '\n';
  return { stdout: utf8(text), stderr: new Uint8Array(), exitCode: 0 };
}
