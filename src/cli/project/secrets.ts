import { resolve } from 'node:path';
import { Session } from '../../lib/arbor/evaluate';
import { formatDiagnostic } from '../../lib/arbor/report';
import { CliError, utf8, type CliIO, type CliResult } from '../command';
import { directory, flag } from './args';
import { readProject, writeOutputFile } from './project-dir';

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
  const result = new Session().evaluate(readProject(dir), { modules: 'none' });
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
