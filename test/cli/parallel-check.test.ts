// `arbor check` on every core: the real CLI on a generated fleet with mistakes in some hosts'
// modules reports exactly what a single thread reports, whatever the number of workers.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';
import { generateFleet } from '../../scripts/bench/fleet';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');

function arbor(args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** A 12-host fleet (the smallest that is shared out) in which one dendrite's module adds a number to a string. */
function brokenFleet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbor-parallel-'));
  const files = generateFleet(12);
  files['dendrites/d4/default.nix'] =
    '{ host, ... }:\n{\n  environment.etc."arbor-d4".text = host.name + 1;\n}\n';
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('arbor check --jobs', () => {
  it('reports the same problems on worker threads as in one thread', () => {
    const dir = brokenFleet();
    const one = arbor(['check', dir, '--json', '--jobs', '1']);
    const two = arbor(['check', dir, '--json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(two.stdout);
    expect(a.workers).toBe(0);
    expect(b.workers).toBe(2);
    const moduleErrors = a.diagnostics.filter((d: { code: string }) => d.code === 'module-error');
    expect(moduleErrors.length).toBeGreaterThan(1);
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(b.model).toEqual(a.model);
  }, 240_000);

  it('refuses a number of jobs that is not a positive whole number', () => {
    const result = arbor(['check', join(root, 'nix/examples/homelab'), '--jobs', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--jobs needs a whole number of worker threads, at least 1/);
  });
});
