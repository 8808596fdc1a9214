// Secrets in the session API, the CLI and the archive: the ssh-ed25519 → age conversion against
// the real `age-keygen` (fresh keys, made here), malformed keys, the generated rules for both
// backends, the outputs preview, `arbor secrets rules`, and what the archive adds.

import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { readProject } from '../../src/cli/project/project-dir';
import { flakeFiles, generateFlake, usedInputs } from '../../src/lib/arbor/archive';
import { evaluateProject } from '../session';
import type { ProjectFiles } from '../../src/lib/arbor/types';
import { render as renderField } from '../../scripts/gen-field25519';
import { sshPrivateKeyToAgeIdentity } from '../../scripts/secrets/sops-format';

const root = join(__dirname, '../..');
const decoder = new TextDecoder();

async function arbor(argv: string[]) {
  const r = await runCli({ argv, cwd: root, env: {}, stdin: null, isTTY: false });
  return { stdout: decoder.decode(r.stdout), stderr: decoder.decode(r.stderr), code: r.exitCode };
}

/** Arbor's keys.nix on a key, in Arbor's evaluator. */
async function parseKey(
  kind: 'Ssh' | 'Age',
  key: string,
): Promise<{ recipient: string | null; problem: string | null }> {
  const r = await arbor([
    'instantiate',
    '--eval',
    '--strict',
    '--json',
    '-E',
    `(import ./nix/lib/secrets/keys.nix).parse${kind} ${JSON.stringify(key)}`,
  ]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { recipient: string | null; problem: string | null };
}

/** A fresh ed25519 key: its OpenSSH public line, and the age identity ssh-to-age derives. */
function freshKey(): { publicLine: string; identity: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const u32 = (n: number) => Buffer.from([0, 0, 0, n]);
  const blob = Buffer.concat([u32(11), Buffer.from('ssh-ed25519'), u32(32), raw]);
  // An unencrypted openssh-key-v1 file, just enough for sshPrivateKeyToAgeIdentity.
  const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, 0]), b]).fill(b.length, 3, 4);
  const secret = Buffer.concat([
    Buffer.from([1, 2, 3, 4, 1, 2, 3, 4]),
    str(Buffer.from('ssh-ed25519')),
    str(raw),
    str(Buffer.concat([seed, raw])),
  ]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    str(Buffer.from('none')),
    str(Buffer.from('none')),
    str(Buffer.alloc(0)),
    Buffer.from([0, 0, 0, 1]),
    str(blob),
    str(secret),
  ]);
  const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
  return {
    publicLine: `ssh-ed25519 ${blob.toString('base64')} test`,
    identity: sshPrivateKeyToAgeIdentity(pem),
  };
}

describe('ssh-ed25519 host keys become age recipients as ssh-to-age makes them', () => {
  it('agrees with age-keygen on the identity derived from the private key, for fresh keys', async () => {
    for (let i = 0; i < 4; i++) {
      const key = freshKey();
      const expected = execFileSync('age-keygen', ['-y'], { input: key.identity }).toString().trim();
      expect(await parseKey('Ssh', key.publicLine)).toEqual({ recipient: expected, problem: null });
    }
  });

  it('agrees on the throwaway nas host key of the fixtures', async () => {
    const dir = join(__dirname, 'throwaway-keys');
    const identity = sshPrivateKeyToAgeIdentity(readFileSync(join(dir, 'nas_ssh_host_ed25519_key'), 'utf8'));
    const expected = execFileSync('age-keygen', ['-y'], { input: identity }).toString().trim();
    const line = readFileSync(join(dir, 'nas_ssh_host_ed25519_key.pub'), 'utf8').trim();
    expect((await parseKey('Ssh', line)).recipient).toBe(expected);
  });

  it('refuses malformed keys, each with its reason', async () => {
    const good = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPaCI0Jh1kOBCLyB4U1YBQkSZG8f/vKrQNPrtpmVVMRb';
    const problem = async (kind: 'Ssh' | 'Age', key: string) => (await parseKey(kind, key)).problem;
    expect(await problem('Ssh', good.slice(0, -1) + 'c')).toMatch(/not a point of the Ed25519 curve/);
    expect(await problem('Ssh', good.slice(0, -4))).toMatch(/not an ed25519 key|not base64/);
    expect(await problem('Ssh', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ')).toMatch(/ssh-rsa key/);
    expect(await problem('Ssh', 'AAAAC3NzaC1lZDI1NTE5')).toMatch(/ssh-ed25519 AAAA/);
    const age = 'age1upclfznzhcw9duvncnnq5hes8cwrynszsexp6cr7a7yt5ynjsqesen8e3g';
    expect(await problem('Age', age)).toBeNull();
    expect(await problem('Age', age.slice(0, -1) + 'h')).toMatch(/checksum/);
    expect(await problem('Age', age.toUpperCase())).toMatch(/starts with "age1"/);
    expect(
      await problem('Age', 'age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq'),
    ).not.toBeNull();
  });

  it('keeps its generated field arithmetic current (scripts/gen-field25519.ts)', () => {
    expect(readFileSync(join(root, 'nix/lib/secrets/field25519-ops.nix'), 'utf8')).toBe(renderField());
  });
});

const homelabSecrets = readProject(join(root, 'nix/examples/homelab-secrets'));

describe('the homelab-secrets example', () => {
  const { model, diagnostics } = evaluateProject(homelabSecrets);

  it('evaluates cleanly, modules included, with its committed .sops.yaml current', () => {
    expect(diagnostics).toEqual([]);
    expect(model!.secrets.rules).toMatchObject({ file: '.sops.yaml', exists: true, current: true });
    expect(model!.secrets.rules!.text).toBe(homelabSecrets['.sops.yaml']);
  });

  it('lists what nas needs, where each value lives and who reads it', () => {
    const nas = model!.secrets.hosts.nas.map((s) => [
      s.name,
      s.file,
      s.key,
      s.shared,
      s.present,
      s.declaredBy,
    ]);
    expect(nas).toEqual([
      ['smtp/relay-password', 'secrets/shared.yaml', 'smtp/relay-password', true, true, 'dendrite base'],
      [
        'yggdrasil/private-key',
        'secrets/nas.yaml',
        'yggdrasil/private-key',
        false,
        true,
        'dendrite network/yggdrasil-private',
      ],
      [
        'bacula/director-password',
        'secrets/nas.yaml',
        'bacula/director-password',
        false,
        true,
        'fruit backup-server',
      ],
    ]);
    expect(model!.secrets.files['secrets/shared.yaml'].readers).toEqual([
      'host:nas',
      'host:workstation',
      'user:alice',
    ]);
  });

  it('previews the sops-nix wiring of each host in the outputs', () => {
    const nas = (model!.outputs.nixosConfigurations as Record<string, Record<string, unknown>>).nas;
    expect(nas.secrets).toMatchObject({
      input: 'sops-nix',
      module: 'sops-nix.nixosModules.sops',
      settings: {
        sops: {
          age: { sshKeyPaths: ['/etc/ssh/ssh_host_ed25519_key'] },
          secrets: {
            'bacula/director-password': {
              sopsFile: 'secrets/nas.yaml',
              key: 'bacula/director-password',
              owner: 'bacula',
              group: 'bacula',
              mode: '0440',
            },
          },
        },
      },
    });
  });

  it('gives modules the decrypted paths, as sops-nix does (host evaluation)', () => {
    const { configurations } = evaluateProject(homelabSecrets, { modules: ['nas'] });
    const option = (path: string) => configurations.nas.options.find((o) => o.path === path)?.value;
    expect(option('services.yggdrasil.settings.PrivateKeyPath')).toBe('/run/secrets/yggdrasil/private-key');
    const secrets = option('sops.secrets') as Record<string, { path: string; owner: string }>;
    expect(secrets['bacula/director-password']).toMatchObject({
      path: '/run/secrets/bacula/director-password',
      owner: 'bacula',
    });
  });

  it("wires a home's secrets through Home Manager's sops-nix module, decrypted by its user", () => {
    expect(model!.secrets.homes['alice@nas'].map((s) => [s.name, s.file, s.readers])).toEqual([
      ['forge/token', 'secrets/home/alice.yaml', ['user:alice']],
    ]);
    const home = (model!.outputs.homeConfigurations as Record<string, Record<string, unknown>>)['alice@nas'];
    expect(home.secrets).toEqual({
      input: 'sops-nix',
      module: 'sops-nix.homeManagerModules.sops',
      settings: {
        sops: {
          age: { keyFile: '/home/alice/.config/sops/age/keys.txt' },
          secrets: {
            'forge/token': { sopsFile: 'secrets/home/alice.yaml', key: 'forge/token', mode: '0400' },
          },
        },
      },
    });
    const { configurations } = evaluateProject(homelabSecrets, { modules: ['alice@nas'] });
    const secrets = configurations['alice@nas'].options.find((o) => o.path === 'sops.secrets')
      ?.value as Record<string, { path: string }>;
    expect(secrets['forge/token'].path).toBe('/home/alice/.config/sops-nix/secrets/forge/token');
  });

  it("reports a home's missing secret for each user@host, and a user without a key", () => {
    const { 'secrets/home/alice.yaml': _, ...withoutFile } = homelabSecrets;
    const missing = evaluateProject(withoutFile, { modules: 'none' }).diagnostics;
    expect(missing.map((d) => [d.code, d.file, d.host])).toEqual([
      ['missing-secret', 'homes/git/meta.nix', 'alice@nas'],
      ['missing-secret', 'homes/git/meta.nix', 'alice@workstation'],
    ]);
    const files = {
      ...homelabSecrets,
      'inventory/users.nix': homelabSecrets['inventory/users.nix'].replace(/\n\s*keys\.age = "[^"]*";/, ''),
      'inventory/secrets.nix': '{ backend = "sops"; admins = [ ]; }\n',
    };
    const codes = (f: ProjectFiles) =>
      evaluateProject(f, { modules: 'none' }).diagnostics.map((d) => [d.code, d.file, d.host]);
    // Her first ssh-ed25519 key stands in, and that one is a placeholder: invalid-key.
    expect(codes(files)).toContainEqual(['invalid-key', 'inventory/users.nix', null]);
    const noKeys = {
      ...files,
      'inventory/users.nix': files['inventory/users.nix'].replace(/\n\s*sshKeys = \[[^\]]*\];/, ''),
    };
    expect(codes(noKeys)).toContainEqual(['missing-host-key', 'inventory/users.nix', null]);
  });

  it('puts secret nodes with needs-secret edges in the graph', () => {
    const ids = model!.graph.nodes.filter((n) => n.kind === 'secret').map((n) => n.id);
    expect(ids.sort()).toEqual([
      'secret:bacula/director-password',
      'secret:forge/token',
      'secret:smtp/relay-password',
      'secret:yggdrasil/private-key',
    ]);
    expect(model!.graph.edges).toContainEqual(
      expect.objectContaining({
        from: 'fruit:backup-server',
        to: 'secret:bacula/director-password',
        type: 'needs-secret',
      }),
    );
  });

  it('reports missing-host-key when a host key is removed, and secret-recipients for its files', () => {
    const files = {
      ...homelabSecrets,
      'inventory/hosts.nix': homelabSecrets['inventory/hosts.nix'].replace(/\n\s*keys\.ssh = "[^"]*";/, ''),
    };
    const codes = evaluateProject(files, { modules: 'none' }).diagnostics.map((d) => [
      d.code,
      d.host,
      d.severity,
    ]);
    expect(codes).toContainEqual(['missing-host-key', 'nas', 'error']);
    // nas's recipient is gone from what the inventory implies: a warning on each file it reads.
    expect(codes.filter(([c]) => c === 'secret-recipients')).toEqual([
      ['secret-recipients', null, 'warning'], // .sops.yaml is stale
      ['secret-recipients', 'nas', 'warning'],
      ['secret-recipients', null, 'warning'],
    ]);
  });
});

/** A small agenix project (in memory): box needs a per-host and a shared secret. */
function agenixProject(extra: ProjectFiles = {}): ProjectFiles {
  return {
    'inventory/hosts.nix': `{ box = { dendrites = [ "web" ]; keys.age = "age1upclfznzhcw9duvncnnq5hes8cwrynszsexp6cr7a7yt5ynjsqesen8e3g"; }; }\n`,
    'inventory/users.nix': `{ alice.keys.age = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv"; }\n`,
    'inventory/secrets.nix': `{ backend = "agenix"; admins = [ "alice" ]; }\n`,
    'dendrites/web/meta.nix': `{ secrets."tls/key" = { owner = "nginx"; }; secrets.token = { shared = true; }; }\n`,
    'dendrites/web/default.nix': `{ config, ... }: { environment.etc.key.source = config.age.secrets."tls/key".path; system.stateVersion = "25.11"; }\n`,
    ...extra,
  };
}

describe('agenix', () => {
  it('generates secrets/secrets.nix with age recipients and armor, and the age.secrets wiring', () => {
    const { model } = evaluateProject(agenixProject(), { modules: 'none' });
    expect(model!.secrets.rules!.file).toBe('secrets/secrets.nix');
    expect(model!.secrets.rules!.text).toContain(
      [
        '  "box/tls/key.age" = {',
        '    publicKeys = [ admins.alice hosts.box ];',
        '    armor = true;',
        '  };',
        '  "shared/token.age" = {',
      ].join('\n'),
    );
    expect(model!.secrets.rules!.text).toContain(
      'alice = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv";',
    );
    const box = (model!.outputs.nixosConfigurations as Record<string, Record<string, unknown>>).box;
    expect(box.secrets).toEqual({
      input: 'agenix',
      module: 'agenix.nixosModules.default',
      settings: {
        age: {
          identityPaths: ['/var/lib/agenix/key.txt'],
          secrets: {
            'tls/key': { file: 'secrets/box/tls/key.age', mode: '0400', owner: 'nginx' },
            token: { file: 'secrets/shared/token.age', mode: '0400' },
          },
        },
      },
    });
  });

  it('reports the .age files that are missing, and those nothing needs', () => {
    const armoured = '-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n';
    const { diagnostics } = evaluateProject(
      agenixProject({ 'secrets/box/tls/key.age': armoured, 'secrets/box/old.age': armoured }),
      { modules: 'none' },
    );
    expect(diagnostics.map((d) => [d.code, d.file, d.host, d.severity])).toEqual([
      ['missing-secret', 'dendrites/web/meta.nix', 'box', 'error'],
      ['unknown-secret', 'secrets/box/old.age', null, 'warning'],
    ]);
    expect(diagnostics[0].message).toContain('secrets/shared/token.age does not exist');
  });

  it("gives modules config.age.secrets.<name>.path (agenix's /run/agenix/<name>)", () => {
    const armoured = '-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n';
    const { configurations, diagnostics } = evaluateProject(
      agenixProject({ 'secrets/box/tls/key.age': armoured, 'secrets/shared/token.age': armoured }),
    );
    expect(diagnostics).toEqual([]);
    const etc = configurations.box.options.find((o) => o.path === 'environment.etc')?.value;
    expect(etc).toMatchObject({ key: { source: '/run/agenix/tls/key' } });
  });
});

describe('comin', () => {
  const files: ProjectFiles = {
    'inventory/hosts.nix':
      '{ gw = { dendrites = [ "x" ]; deploy = { tools = [ "comin" ]; comin.url = "https://example.org/f.git"; }; }; }\n',
    'dendrites/x/meta.nix': '{ }\n',
    'dendrites/x/default.nix': '{ system.stateVersion = "25.11"; }\n',
  };

  it('sets services.comin.hostname to the configuration name, and asserts it stays so', () => {
    const ok = evaluateProject(files);
    expect(ok.diagnostics).toEqual([]);
    const hostname = ok.configurations.gw.options.find((o) => o.path === 'services.comin.hostname');
    expect(hostname?.value).toBe('gw');
    const changed = evaluateProject({
      ...files,
      'dendrites/x/default.nix':
        '{ lib, ... }: { services.comin.hostname = lib.mkForce "other"; system.stateVersion = "25.11"; }\n',
    });
    expect(changed.diagnostics.map((d) => [d.code, d.file, d.host])).toEqual([
      ['assertion-failed', 'inventory/hosts.nix', 'gw'],
    ]);
    expect(changed.diagnostics[0].message).toContain('comin would deploy another host');
  });

  it('needs a url, and no target (it pulls)', () => {
    const { diagnostics } = evaluateProject(
      { ...files, 'inventory/hosts.nix': '{ gw = { deploy.tools = [ "comin" ]; }; }\n' },
      { modules: 'none' },
    );
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'invalid-deploy-ref',
        'host gw is deployed by comin, but deploy.comin.url (the repository comin pulls) is not set.',
      ],
    ]);
  });
});

describe('arbor secrets rules', () => {
  it('prints the rules, and --write writes them (idempotently)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbor-secrets-'));
    cpSync(join(root, 'nix/examples/homelab-secrets'), dir, { recursive: true });
    const printed = await arbor(['secrets', 'rules', dir]);
    expect(printed).toEqual({ stdout: homelabSecrets['.sops.yaml'], stderr: '', code: 0 });
    writeFileSync(join(dir, '.sops.yaml'), 'stale\n');
    expect(await arbor(['secrets', 'rules', dir, '--write'])).toEqual({
      stdout: 'wrote .sops.yaml\n',
      stderr: '',
      code: 0,
    });
    expect(readFileSync(join(dir, '.sops.yaml'), 'utf8')).toBe(homelabSecrets['.sops.yaml']);
    expect((await arbor(['secrets', 'rules', dir, '--write'])).stdout).toBe('wrote .sops.yaml (unchanged)\n');
  });

  it('refuses to write rules that leave a reader out, and explains a project without secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arbor-secrets-'));
    cpSync(join(root, 'nix/examples/broken/missing-host-key'), dir, { recursive: true });
    const r = await arbor(['secrets', 'rules', dir, '--write']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error\[missing-host-key\]: host box needs secrets/);
    expect(r.stderr).toMatch(/error: not writing \.sops\.yaml/);
    const none = await arbor(['secrets', 'rules', join(root, 'nix/examples/homelab')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no inventory\/secrets\.nix/);
    expect((await arbor(['secrets', 'list', dir])).stderr).toMatch(/one subcommand/);
  });
});

describe('the archive', () => {
  it('adds the sops-nix input only for projects whose hosts need secrets', () => {
    const model = evaluateProject(homelabSecrets, { modules: 'none' }).model;
    expect(usedInputs(model)).toContain('sops-nix');
    expect(generateFlake(model)).toContain('url = "github:Mic92/sops-nix";');
    expect(
      usedInputs(evaluateProject(readProject(join(root, 'nix/examples/homelab')), { modules: 'none' }).model),
    ).not.toContain('sops-nix');
  });

  it('contains the rules: the generated ones when the project has none, else its own', () => {
    const files = agenixProject();
    const model = evaluateProject(files, { modules: 'none' }).model;
    const out = flakeFiles(files, model);
    expect(out['secrets/secrets.nix']).toBe(model!.secrets.rules!.text);
    expect(usedInputs(model)).toContain('agenix');
    const own = { ...files, 'secrets/secrets.nix': '{ }\n' };
    expect(flakeFiles(own, model)['secrets/secrets.nix']).toBe('{ }\n');
  });

  it('adds comin for hosts deployed by it', () => {
    const model = evaluateProject(readProject(join(root, 'nix/examples/fleet')), { modules: 'none' }).model;
    expect(usedInputs(model)).toContain('comin');
    expect(generateFlake(model)).toContain('url = "github:nlewo/comin";');
  });
});
