// The real `arbor` process as a Unix tool: output through pipes (a slow reader, a reader that
// leaves early), colour only on a terminal, escape sequences filtered out of messages written to a
// pipe, and unexpected JavaScript errors reported as bugs. Terminals are made with util-linux's
// `script`.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');
const ESC = '\x1b';

/** Runs a bash command line in the repository root; `$ARBOR` is the command. */
function shell(command: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync('bash', ['-c', command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARBOR: bin, NO_COLOR: undefined, NOCOLOR: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Runs a command line on a terminal (stdout and stderr both), and returns what it showed. */
function onTerminal(command: string, env: Record<string, string | undefined> = {}) {
  return shell(`script -qec ${JSON.stringify(command)} /dev/null`, { TERM: 'xterm', ...env });
}

const bigList = 'builtins.genList (x: x) 100000';
const bigListText = `[ ${Array.from({ length: 100000 }, (_, i) => i).join(' ')} ]\n`;
const ansiMessage = 'throw (builtins.fromJSON "\\"\\\\u001b[1;35mbold\\\\u001b[0m text\\"")';

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('output through pipes', () => {
  it('waits for a slow reader: every byte arrives (instantiate)', () => {
    const r = shell(`"$ARBOR" instantiate --eval --strict -E '${bigList}' | (sleep 1; wc -c)`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(String(bigListText.length));
  });

  it('waits for a slow reader: every byte arrives (check --json)', () => {
    const r = shell(`"$ARBOR" check nix/examples/fleet --json | (sleep 1; cat)`);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(65536);
    expect(Object.keys(JSON.parse(r.stdout))).toContain('diagnostics');
  });

  it('ends quietly, with its own exit status, when the reader leaves early', () => {
    const ok = shell(
      `"$ARBOR" instantiate --eval --strict -E '${bigList}' | head -c 10; echo " \${PIPESTATUS[0]}"`,
    );
    expect(ok).toEqual({ stdout: '[ 0 1 2 3  0\n', stderr: '', code: 0 });
    const check = shell(`"$ARBOR" check nix/examples/fleet --json | head -c 1; echo " \${PIPESTATUS[0]}"`);
    expect(check).toEqual({ stdout: '{ 0\n', stderr: '', code: 0 });
  });

  it('reports a write that fails for another reason (a full disk) and exits 1', () => {
    const r = shell(`"$ARBOR" instantiate --eval -E '${bigList}' > /dev/full`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: writing to stdout: ENOSPC/);
  });

  it('reads a large stdin with -', () => {
    const r = shell(`(sleep 0.3; echo '${bigList}') | "$ARBOR" instantiate --eval --strict - | wc -c`);
    expect(r.stdout.trim()).toBe(String(bigListText.length));
  });
});

describe('colour and escape sequences', () => {
  it('filters escape sequences out of messages written to a pipe, as Nix does', () => {
    const r = shell(`"$ARBOR" instantiate --eval -E '${ansiMessage}'`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\n       error: bold text\n');
    expect(r.stderr).not.toContain(ESC);
  });

  it('keeps colour codes in messages on a terminal, unless NO_COLOR is set', () => {
    const tty = onTerminal(`"$ARBOR" instantiate --eval -E '${ansiMessage}'`);
    expect(tty.stdout).toContain(`error: ${ESC}[1;35mbold${ESC}[0m text`);
    const noColor = onTerminal(`"$ARBOR" instantiate --eval -E '${ansiMessage}'`, { NO_COLOR: '1' });
    expect(noColor.stdout).toContain('error: bold text');
    expect(noColor.stdout).not.toContain(ESC);
    const dumb = onTerminal(`"$ARBOR" instantiate --eval -E '${ansiMessage}'`, { TERM: 'dumb' });
    expect(dumb.stdout).not.toContain(ESC);
  });

  it('colours arbor check only on a terminal without NO_COLOR', () => {
    const project = 'nix/examples/broken/unknown-role';
    expect(onTerminal(`"$ARBOR" check ${project}`).stdout).toContain(`${ESC}[31m`);
    expect(onTerminal(`"$ARBOR" check ${project}`, { NO_COLOR: '' }).stdout).not.toContain(ESC);
    expect(onTerminal(`"$ARBOR" check ${project} | cat`).stdout).not.toContain(ESC);
    const piped = shell(`"$ARBOR" check ${project}`);
    expect(piped.stdout).toContain('error[unknown-role]');
    expect(piped.stdout).not.toContain(ESC);
  });
});

describe('unexpected JavaScript errors', () => {
  // A preloaded module breaks Node under the CLI, standing in for a bug in Arbor.
  const breakCwd = `--import 'data:text/javascript,process.cwd = () => { throw new TypeError("boom") }'`;

  it('become a short request for a bug report, exit 2', () => {
    const r = shell(`node ${breakCwd} dist/cli.js instantiate --eval -E 1`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'arbor: internal error: TypeError: boom\n' +
        'This is a bug in Arbor, not in your code. Please report it with the command you ran; set ARBOR_DEBUG=1 to include a stack trace.\n',
    );
  });

  it('show the stack trace with ARBOR_DEBUG=1', () => {
    const r = shell(`node ${breakCwd} dist/cli.js instantiate --eval -E 1`, { ARBOR_DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^arbor: internal error: TypeError: boom\n.*stack trace below\.\nTypeError: boom\n {4}at /,
    );
  });
});
