// `arbor instantiate` takes Nix's general options as nix-instantiate 2.26 does (expected outputs
// checked against the oracle): settings as `--option NAME VALUE`, `--NAME VALUE`, `--NAME` and
// `--no-NAME`, `--extra-NAME`; the legacy build flags; Nix's warnings and errors for unknown
// settings, bad values and settings of disabled experimental features. Runs the real bin/arbor.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');

function instantiate(flags: string[], expr = '1', env: Record<string, string> = {}) {
  const r = spawnSync(bin, ['instantiate', ...flags, '--eval', '-E', expr], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NIX_PATH: '', ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, code: 0 });
const usage = (message: string) => ({
  stdout: '',
  stderr: `error: ${message}\nTry 'nix-instantiate --help' for more information.\n`,
  code: 1,
});

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('Nix settings on the command line', () => {
  it("accepts the flags nixpkgs' lib/tests/modules.sh passes", () => {
    expect(
      instantiate(
        ['--timeout', '1', '--eval-only', '--strict', '--show-trace', '--read-write-mode', '--json'],
        '{ a = 1; }',
      ),
    ).toEqual(ok('{"a":1}\n'));
  });

  it('accepts every known setting silently, in each form', () => {
    for (const flags of [
      ['--pure-eval'],
      ['--restrict-eval'],
      ['--no-allow-import-from-derivation'],
      ['--allow-import-from-derivation'],
      ['--sandbox'],
      ['--no-sandbox'],
      ['--keep-going'],
      ['--max-jobs', 'auto'],
      ['-j', '2'],
      ['--cores', '2k'],
      ['--build-cores', '2'],
      ['--extra-substituters', 'x'],
      ['--option', 'pure-eval', 'true'],
      ['--option', 'max-call-depth', '5K'],
      ['--option', 'show-trace', 'yes'],
      ['--impure'],
      ['--store', 'dummy://'],
    ])
      expect(instantiate(flags), flags.join(' ')).toEqual(ok('1\n'));
  });

  it('warns about unknown settings (by name, after the others), and refuses unknown flags', () => {
    expect(instantiate(['--option', 'foo', '1', '--option', 'bar', '2'])).toEqual(
      ok('1\n', "warning: unknown setting 'bar'\nwarning: unknown setting 'foo'\n"),
    );
    expect(instantiate(['--option', 'extra-show-trace', 'true'])).toEqual(
      ok('1\n', "warning: unknown setting 'extra-show-trace'\n"),
    );
    expect(instantiate(['--foo', 'bar'])).toEqual(usage("unrecognised flag '--foo'"));
    expect(instantiate(['--no-max-call-depth'])).toEqual(usage("unrecognised flag '--no-max-call-depth'"));
    expect(instantiate(['--extra-show-trace'])).toEqual(usage("unrecognised flag '--extra-show-trace'"));
  });

  it('checks values: a bad flag is an error, a bad --option a warning', () => {
    expect(instantiate(['--max-call-depth', 'x'])).toEqual(
      usage("setting 'max-call-depth' has invalid value 'x'"),
    );
    expect(instantiate(['--max-call-depth', '99999999999'])).toEqual(
      usage("setting 'max-call-depth' has invalid value '99999999999'"),
    );
    expect(instantiate(['--timeout', 'abc'])).toEqual(usage("invalid unit specifier 'C'"));
    expect(instantiate(['--cores', '-1'])).toEqual(usage("'-1' is not an integer"));
    expect(instantiate(['--max-jobs', 'x'])).toEqual(
      usage("configuration setting 'max-jobs' should be 'auto' or an integer"),
    );
    expect(instantiate(['--option', 'show-trace', 'maybe'])).toEqual(
      ok('1\n', "warning: error: Boolean setting 'show-trace' has invalid value 'maybe'\n"),
    );
    expect(instantiate(['--option', 'timeout', 'abc'])).toEqual(
      ok('1\n', "warning: error: setting 'timeout' has invalid value 'abc'\n"),
    );
  });

  it('says when a setting needs an experimental feature', () => {
    expect(instantiate(['--option', 'accept-flake-config', 'true'])).toEqual(
      ok(
        '1\n',
        "warning: Ignoring setting 'accept-flake-config' because experimental feature 'flakes' is not enabled\n",
      ),
    );
    expect(instantiate(['--accept-flake-config'])).toEqual({
      stdout: '',
      stderr:
        "error: experimental Nix feature 'flakes' is disabled; add '--extra-experimental-features flakes' to enable it\n",
      code: 1,
    });
    expect(instantiate(['--extra-experimental-features', 'flakes', '--accept-flake-config'])).toEqual(
      ok('1\n'),
    );
    expect(instantiate(['--extra-experimental-features', 'foo'])).toEqual(
      ok('1\n', "warning: unknown experimental feature 'foo'\n"),
    );
  });

  it('applies the settings that mean something to an evaluator', () => {
    const deep = 'let f = n: if n == 0 then 0 else f (n - 1); in f 10';
    expect(instantiate(['--max-call-depth', '5'], deep).stderr).toContain(
      'stack overflow; max-call-depth exceeded',
    );
    expect(instantiate(['--option', 'max-call-depth', '50'], deep)).toEqual(ok('0\n'));
    expect(instantiate(['--abort-on-warn'], 'builtins.warn "w" 1').code).toBe(1);
    expect(instantiate(['--abort-on-warn', '--no-abort-on-warn'], 'builtins.warn "w" 1')).toEqual(
      ok('1\n', 'evaluation warning: w\n'),
    );
    expect(instantiate(['--trace-verbose'], 'builtins.traceVerbose "t" 1')).toEqual(ok('1\n', 'trace: t\n'));
    expect(instantiate(['--system', 'aarch64-linux'], 'builtins.currentSystem')).toEqual(
      ok('"aarch64-linux"\n'),
    );
    expect(
      instantiate(['--eval-system', 'riscv64-linux', '--system', 'aarch64-linux'], 'builtins.currentSystem'),
    ).toEqual(ok('"riscv64-linux"\n'));
    expect(instantiate(['--nix-path', 'foo=/tmp'], '<foo>')).toEqual(ok('/tmp\n'));
    expect(instantiate(['--extra-nix-path', 'foo=/tmp'], '<foo>', { NIX_PATH: 'bar=/' })).toEqual(
      ok('/tmp\n'),
    );
    const trace = instantiate(['--show-trace'], 'builtins.addErrorContext "ctx" (throw "x")');
    const short = instantiate([], 'builtins.addErrorContext "ctx" (throw "x")');
    expect(trace.code).toBe(1);
    expect(trace.stderr.length).toBeGreaterThanOrEqual(short.stderr.length);
  });
});
