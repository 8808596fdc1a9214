import { resolve } from 'node:path';
import { configTree, lookupOption, printNixValue } from '../../lib/arbor/config-view';
import { Session } from '../../lib/arbor/evaluate';
import { formatDiagnostic } from '../../lib/arbor/report';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { flag } from './args';
import { readProject } from './project-dir';

/**
 * `arbor eval DIR HOST [OPTION.PATH]`: the value of `config.OPTION.PATH` on a host (or a
 * `user@host` home), printed as `nix-instantiate --eval --strict` prints data, or as JSON;
 * `--definitions` lists where it is defined. Diagnostics go to stderr; exit 1 when the host
 * has errors.
 */
export function evaluate(args: string[], io: CliIO): CliResult {
  const json = flag(args, '--json');
  const showDefinitions = flag(args, '--definitions');
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new CliError(`arbor eval: unknown option '${unknown}'`);
  if (args.length < 2 || args.length > 3)
    throw new CliError(
      "arbor eval takes a directory, a host and optionally an option path, e.g. 'arbor eval . nas services.openssh.ports'",
    );
  const [dirArg, hostName, path] = args;
  const dir = resolve(io.cwd, dirArg);
  const result = new Session().evaluate(readProject(dir), { modules: [hostName] });
  const known = result.model ? [...Object.keys(result.model.hosts), ...Object.keys(result.model.homes)] : [];
  const diagnostics = result.diagnostics.filter((d) => d.host === hostName || d.host === null);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const stderr = diagnostics.map((d) => formatDiagnostic(d, { color: io.stderrIsTTY ?? false })).join('\n');
  const fail = (message: string) => ({
    stdout: new Uint8Array(),
    stderr: utf8((stderr ? stderr + '\n' : '') + `error: ${message}\n`),
    exitCode: 1,
  });
  if (result.model !== null && !known.includes(hostName))
    return fail(`no host or home '${hostName}' in ${dirArg}; there are: ${known.join(', ') || 'none'}`);
  const configuration = result.configurations[hostName];
  if (configuration === undefined)
    return fail(`host '${hostName}' does not evaluate: fix the problems above first`);
  let value;
  let definitions: string[] = [];
  if (path === undefined) {
    value = configTree(configuration);
  } else {
    const found = lookupOption(configuration, path);
    if (found.kind === 'missing')
      return fail(
        `'${path}' is not defined on ${hostName}${found.suggestions.length ? `; did you mean ${found.suggestions.map((s) => `'${s}'`).join(', ')}?` : ''}`,
      );
    value = found.value;
    const options = found.kind === 'option' ? [found.option] : found.options;
    definitions = options.flatMap((o) =>
      o.definitions.map(
        (d) =>
          `${d.file}${d.line !== null ? `:${d.line}:${d.column ?? 1}` : ''}: ${o.path} = ${printNixValue(d.value)}  (priority ${d.priority}, module ${d.module})`,
      ),
    );
  }
  const out = json ? JSON.stringify(value) : printNixValue(value);
  const text = showDefinitions ? [out, ...definitions].join('\n') : out;
  return {
    stdout: utf8(text + '\n'),
    stderr: utf8(stderr ? stderr + '\n' : ''),
    exitCode: errors.length > 0 ? 1 : 0,
  };
}
