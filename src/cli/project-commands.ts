/** The project commands (`check`, `eval`, `graph`, `archive`, `secrets`, `new`), loaded by main.ts on demand. */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArchive, flakeFiles, type ArchiveFormat } from '../lib/arbor/archive';
import { lookupOption, printNixValue, configTree } from '../lib/arbor/config-view';
import { evaluateProject } from '../lib/arbor/evaluate';
import { EXAMPLES } from '../lib/arbor/generated/examples';
import { graphToDot, graphToMermaid } from '../lib/arbor/graph-export';
import { formatDiagnostic, summarize } from '../lib/arbor/report';
import { CliError, type CliIO, type CliResult } from './main';
import { checkProject, defaultJobs } from './parallel-check';
import { readProject, writeOutputFile, writeProject } from './project-dir';
import { STARTER_FILES } from './starter';

const utf8 = (s: string) => new TextEncoder().encode(s);

function option(args: string[], names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined) throw new CliError(`${args[i]} needs a value`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

function directory(args: string[], io: CliIO, command: string): string {
  const positional = args.filter((a) => !a.startsWith('-'));
  if (positional.length !== 1)
    throw new CliError(`arbor ${command} takes one directory, e.g. 'arbor ${command} .'`);
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new CliError(`arbor ${command}: unknown option '${unknown}'`);
  return resolve(io.cwd, positional[0]);
}

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
    ? { result: evaluateProject(files, { modules: 'none', detail: 'check' }), workers: 0 }
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
  const result = evaluateProject(readProject(dir), { modules: [hostName] });
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

export { evaluate as eval };

export function graph(args: string[], io: CliIO): CliResult {
  const format = option(args, ['--format', '-f']) ?? 'json';
  if (!['json', 'dot', 'mermaid'].includes(format))
    throw new CliError(`unknown graph format '${format}': use json, dot or mermaid`);
  const dir = directory(args, io, 'graph');
  const result = evaluateProject(readProject(dir), { modules: 'none' });
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

export function archive(args: string[], io: CliIO): CliResult {
  const output = option(args, ['-o', '--output']);
  if (!output) throw new CliError('arbor archive needs an output file: -o fleet.tar.gz (or .zip)');
  const format: ArchiveFormat | null =
    output.endsWith('.tar.gz') || output.endsWith('.tgz') ? 'tar.gz' : output.endsWith('.zip') ? 'zip' : null;
  if (format === null)
    throw new CliError(`cannot tell the archive format of '${output}': name it .tar.gz or .zip`);
  const dir = directory(args, io, 'archive');
  const files = readProject(dir);
  const result = evaluateProject(files, { modules: 'none' });
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

/**
 * `arbor secrets rules DIR [--write]`: the encryption rules Arbor generates from the inventory
 * (.sops.yaml or secrets/secrets.nix, recipients as age public keys), printed or written. A
 * reader without a usable key would be left out of the rules, so they are not written then.
 */
export function secrets(args: string[], io: CliIO): CliResult {
  const [sub, ...rest] = args;
  if (sub !== 'rules')
    throw new CliError("arbor secrets has one subcommand: 'arbor secrets rules DIR [--write]'");
  const write = flag(rest, '--write');
  const dir = directory(rest, io, 'secrets rules');
  const result = evaluateProject(readProject(dir), { modules: 'none' });
  const keyProblems = result.diagnostics.filter(
    (d) => d.severity === 'error' && ['missing-host-key', 'invalid-key', 'unknown-user'].includes(d.code),
  );
  const stderr = keyProblems.map((d) => formatDiagnostic(d, { color: io.stderrIsTTY ?? false }));
  const fail = (message: string) => ({
    stdout: new Uint8Array(),
    stderr: utf8([...stderr, `error: ${message}`].join('\n') + '\n'),
    exitCode: 1,
  });
  if (result.model === null) {
    const problems = result.diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    return fail(`the project does not evaluate:\n${problems}`);
  }
  const rules = result.model.secrets.rules;
  if (rules === null)
    return fail(
      'the project has no inventory/secrets.nix; create it: { backend = "sops"; admins = [ "<user>" ]; }',
    );
  if (!write)
    return {
      stdout: utf8(rules.text),
      stderr: utf8(stderr.length ? stderr.join('\n') + '\n' : ''),
      exitCode: keyProblems.length ? 1 : 0,
    };
  if (keyProblems.length) return fail(`not writing ${rules.file}: fix the keys above first`);
  writeOutputFile(resolve(dir, rules.file), utf8(rules.text));
  return {
    stdout: utf8(`wrote ${rules.file}${rules.current ? ' (unchanged)' : ''}\n`),
    stderr: new Uint8Array(),
    exitCode: 0,
  };
}

function scaffold(args: string[], io: CliIO): CliResult {
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
  const result = evaluateProject(files, { modules: 'none' });
  writeProject(dir, flakeFiles(files, result.model));
  return {
    stdout: utf8(`created ${dir}\nnext: cd ${args[0] ?? dir} && git init && git add -A && arbor check .\n`),
    stderr: new Uint8Array(),
    exitCode: 0,
  };
}

export { scaffold as new };
