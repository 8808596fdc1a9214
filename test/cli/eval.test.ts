// `arbor eval` and the module half of `arbor check`, as a user runs them: the real `arbor` command
// on a copy of an example, edited the way the module-evaluation issue describes.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/arbor');

function arbor(args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function copyOfHomelab(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbor-eval-'));
  cpSync(join(root, 'nix/examples/homelab'), dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('arbor eval', () => {
  it('prints an option as nix-instantiate --eval --strict prints it, and as JSON', () => {
    const dir = copyOfHomelab();
    expect(arbor(['eval', dir, 'nas', 'services.openssh.ports'])).toEqual({
      stdout: '[ 22 ]\n',
      stderr: '',
      code: 0,
    });
    expect(arbor(['eval', dir, 'nas', 'networking.hostName', '--json']).stdout).toBe('"nas"\n');
    expect(arbor(['eval', dir, 'alice@nas', 'home.username']).stdout).toBe('"alice"\n');
  });

  it('lists definitions with file:line:col, priority and module', () => {
    const r = arbor(['eval', copyOfHomelab(), 'nas', 'services.openssh.ports', '--definitions']);
    expect(r.stdout).toBe(
      '[ 22 ]\ndendrites/ssh/default.nix:6:5: services.openssh.ports = [ 22 ]  (priority 100, module dendrites/ssh/default.nix)\n',
    );
  });

  it('prints a namespace as a set, paths inside an option value, and placeholders as such', () => {
    const dir = copyOfHomelab();
    expect(arbor(['eval', dir, 'nas', 'services.fail2ban']).stdout).toBe(
      '{ enable = true; maxretry = 5; }\n',
    );
    expect(arbor(['eval', dir, 'nas', 'users.users.alice.uid']).stdout).toBe('1000\n');
    expect(arbor(['eval', dir, 'nas', 'environment.systemPackages']).stdout).toContain('«placeholder git');
  });

  it('says what exists when the host or the path does not', () => {
    const dir = copyOfHomelab();
    const host = arbor(['eval', dir, 'nass', 'networking.hostName']);
    expect(host.code).toBe(1);
    expect(host.stderr).toContain("no host or home 'nass'");
    expect(host.stderr).toContain('nas, workstation');
    const path = arbor(['eval', dir, 'nas', 'services.openssh.portz']);
    expect(path.code).toBe(1);
    expect(path.stderr).toContain("'services.openssh.portz' is not defined on nas");
  });
});

describe('arbor check with modules', () => {
  it('finds mistakes inside modules, positioned, that the model alone cannot see', () => {
    const dir = copyOfHomelab();
    const ssh = join(dir, 'dendrites/ssh/default.nix');
    writeFileSync(
      ssh,
      readFileSync(ssh, 'utf8')
        .replace('enable = true;', 'enable = "yes" + 1;')
        .replace('host.ports.ssh or 22', 'host.ports.sshh'),
    );
    writeFileSync(
      join(dir, 'hosts/nas/name.nix'),
      '{ lib, ... }: { networking.hostName = lib.mkForce "other"; }\n',
    );
    const r = arbor(['check', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(
      'dendrites/ssh/default.nix:5:22: error[module-error]: cannot coerce an integer to a string: 1 (host nas)',
    );
    expect(lines).toContain(
      "dendrites/ssh/default.nix:6:16: error[module-error]: attribute 'sshh' missing (host nas)",
    );
    expect(r.stdout).toContain(
      'hosts/nas/name.nix:1:17: warning[module-warning]: networking.hostName is "other", but the inventory calls this host nas.',
    );
    // --no-modules checks the model only.
    expect(arbor(['check', dir, '--no-modules']).code).toBe(0);
  });
});
