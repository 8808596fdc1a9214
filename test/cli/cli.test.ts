// The real `arbor` command (bin/arbor, which starts the bundled CLI, dist/cli.js), run as a process.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');

function arbor(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(bin, args, { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('arbor instantiate', () => {
  it('evaluates like nix-instantiate, with its output format', () => {
    expect(arbor(['instantiate', '--eval', '--strict', '-E', '{ b = [ 1 "x" ]; a = 1.5; }'])).toEqual({
      stdout: '{ a = 1.5; b = [ 1 "x" ]; }\n',
      stderr: '',
      code: 0,
    });
  });

  it('reads stdin with -', () => {
    expect(arbor(['instantiate', '--eval', '-'], { input: '1 + 2' }).stdout).toBe('3\n');
  });

  it('evaluates deep recursion that Nix allows (depth 9000) on its large stack', () => {
    const r = arbor([
      'instantiate',
      '--eval',
      '-E',
      'let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 9000',
    ]);
    expect(r.stdout).toBe('9000\n');
  });

  it('prints errors like Nix on stderr and exits 1', () => {
    const r = arbor(['instantiate', '--eval', '-E', '{ a = 1; }.b']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: attribute 'b' missing\n {7}at «string»:1:1:/);
  });

  it('writes non-ASCII bytes unchanged', () => {
    expect(arbor(['instantiate', '--eval', '-E', '"é" + "ü"']).stdout).toBe('"éü"\n');
  });
});

describe('arbor check', () => {
  it('passes a valid project', () => {
    const r = arbor(['check', 'nix/examples/homelab']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^no problems found \(2 hosts, \d+ ms\)\n$/);
  });

  it('prints file:line:col: error[code]: message with the hint, and exits 1', () => {
    const r = arbor(['check', 'nix/examples/broken/unknown-role']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'inventory/hosts.nix:3:16: error[unknown-role]: host box refers to role "sever"',
    );
    expect(r.stdout).toContain('  hint: Did you mean "server"?');
  });

  it('reports a parse error as a diagnostic, not a crash', () => {
    const r = arbor(['check', 'nix/examples/broken/parse-error']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('inventory/hosts.nix:6:1: error[parse-error]: syntax error');
  });

  it('prints the whole result with --json', () => {
    const r = arbor(['check', '--json', 'nix/examples/broken/requires-cycle']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.diagnostics.map((d: { code: string }) => d.code)).toEqual(['requires-cycle']);
  });

  it('says what to do when the directory does not exist', () => {
    const r = arbor(['check', 'no/such/dir']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*no\/such\/dir is not a directory/);
  });
});

describe('arbor graph', () => {
  it('prints json, dot and mermaid', () => {
    const json = JSON.parse(arbor(['graph', 'nix/examples/homelab']).stdout);
    expect(json.nodes.some((n: { id: string }) => n.id === 'host:nas')).toBe(true);
    expect(arbor(['graph', 'nix/examples/homelab', '--format', 'dot']).stdout).toMatch(
      /^digraph arbor \{[^]*"host:nas" -> /,
    );
    expect(arbor(['graph', 'nix/examples/homelab', '--format', 'mermaid']).stdout).toMatch(/^flowchart LR\n/);
    expect(arbor(['graph', 'nix/examples/homelab', '--format', 'svg']).code).toBe(1);
  });
});

describe('arbor archive and arbor new', () => {
  it('writes an archive the real tar unpacks, and new scaffolds a project that checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbor-cli-'));
    const out = join(dir, 'fleet.tar.gz');
    expect(arbor(['archive', 'nix/examples/fleet', '-o', out]).code).toBe(0);
    execFileSync('tar', ['-xzf', out, '-C', dir]);
    expect(readFileSync(join(dir, 'fleet/inventory/hosts.nix'), 'utf8')).toBe(
      readFileSync(join(root, 'nix/examples/fleet/inventory/hosts.nix'), 'utf8'),
    );
    expect(existsSync(join(dir, 'fleet/flake.nix'))).toBe(true);

    expect(arbor(['new', join(dir, 'starter')]).code).toBe(0);
    expect(arbor(['check', join(dir, 'starter')]).code).toBe(0);
    expect(arbor(['new', join(dir, 'lab'), '--example', 'homelab']).code).toBe(0);
    expect(existsSync(join(dir, 'lab/lib/eval.nix'))).toBe(true);
    expect(arbor(['new', join(dir, 'lab')]).code).toBe(1);
  });
});
