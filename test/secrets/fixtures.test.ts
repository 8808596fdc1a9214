// The encrypted fixtures against the real `age`: for every sops file of the examples, the
// recipients Arbor reads from its cleartext metadata are exactly the ones whose (throwaway)
// identity decrypts the file's data key, and that key decrypts every value and the MAC, so the
// files are in sops' format and Arbor's recipients are the ones that can really decrypt.
// The identity of `nas` is derived from its OpenSSH host key as sops-nix does on the host
// (ssh-to-age), so this also shows that the age recipient Arbor computes from `keys.ssh` is
// the one the host decrypts with. Needs `age` (CI installs it; .ci/run).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/cli/project/project-dir';
import { evaluateProject } from '../session';
import { readSopsFile, sshPrivateKeyToAgeIdentity, verifySopsFile } from '../../scripts/secrets/sops-format';

const root = join(__dirname, '../..');
const keysDir = join(__dirname, 'throwaway-keys');

/** Every throwaway identity, as an identity file, by its recipient. */
function identities(): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'arbor-identities-'));
  const out = new Map<string, string>();
  for (const name of readdirSync(keysDir)) {
    let identity: string;
    if (name.endsWith('.agekey')) identity = readFileSync(join(keysDir, name), 'utf8');
    else if (name.endsWith('_ssh_host_ed25519_key'))
      identity = sshPrivateKeyToAgeIdentity(readFileSync(join(keysDir, name), 'utf8')) + '\n';
    else continue;
    const file = join(dir, name + '.txt');
    writeFileSync(file, identity);
    const recipient = execFileSync('age-keygen', ['-y', file]).toString().trim();
    out.set(recipient, file);
  }
  return out;
}

/** Examples with sops files, and those files. */
function fixtures(): Array<{ example: string; file: string }> {
  const out: Array<{ example: string; file: string }> = [];
  const visit = (example: string) => {
    const walk = (rel: string) => {
      const dir = join(root, 'nix/examples', example, rel);
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(`${rel}/${entry.name}`);
        else if (entry.name.endsWith('.yaml')) out.push({ example, file: `${rel}/${entry.name}` });
      }
    };
    walk('secrets');
  };
  for (const e of readdirSync(join(root, 'nix/examples'))) {
    if (e === 'broken') for (const b of readdirSync(join(root, 'nix/examples/broken'))) visit(`broken/${b}`);
    else visit(e);
  }
  return out;
}

describe('sops fixtures decrypt with the real age', () => {
  const ids = identities();
  const all = fixtures();

  it('exist for the homelab-secrets and reference examples and the broken examples that need them', () => {
    expect(all.map((f) => `${f.example}/${f.file}`).sort()).toEqual([
      'broken/invalid-key/secrets/box.yaml',
      'broken/missing-host-key/secrets/box.yaml',
      'broken/secret-recipients/secrets/box.yaml',
      'broken/unknown-secret/secrets/box.yaml',
      'homelab-secrets/secrets/home/alice.yaml',
      'homelab-secrets/secrets/nas.yaml',
      'homelab-secrets/secrets/shared.yaml',
      'homelab-secrets/secrets/workstation.yaml',
      'reference/secrets/nas.yaml',
    ]);
  });

  for (const { example, file } of all) {
    it(`${example}/${file}: every recipient Arbor reads decrypts the data key`, () => {
      const text = readFileSync(join(root, 'nix/examples', example, file), 'utf8');
      const model = evaluateProject(readProject(join(root, 'nix/examples', example)), {
        modules: 'none',
      }).model;
      const read = model?.secrets.files[file]?.recipients;
      expect(read).toBeDefined();
      expect([...read!].sort()).toEqual(
        readSopsFile(text)
          .age.map((a) => a.recipient)
          .sort(),
      );
      const keys = read!.map((recipient) => {
        const identity = ids.get(recipient);
        expect(identity, `no throwaway identity for ${recipient}`).toBeDefined();
        return verifySopsFile(text, recipient, identity!).toString('hex');
      });
      // One data key, encrypted to each recipient.
      expect(new Set(keys).size).toBe(1);
    });
  }

  it('agenix-web: every reader Arbor derives from the inventory decrypts each .age file', () => {
    const dir = join(root, 'nix/examples/agenix-web');
    const model = evaluateProject(readProject(dir), { modules: 'none' }).model!;
    const files = Object.entries(model.secrets.files);
    expect(files.map(([f]) => f).sort()).toEqual([
      'secrets/db1/postgres/app-password.age',
      'secrets/shared/smtp/relay-password.age',
      'secrets/web1/tls/key.age',
    ]);
    expect(model.secrets.recipients['host:web1'].source).toBe('ssh');
    for (const [file, info] of files) {
      expect(info.exists).toBe(true);
      for (const reader of info.readers) {
        const identity = ids.get(model.secrets.recipients[reader].recipient!);
        expect(identity, `${reader} has no throwaway identity`).toBeDefined();
        const value = execFileSync('age', ['--decrypt', '--identity', identity!, join(dir, file)]).toString();
        expect(value).toContain('THROWAWAY');
      }
      // Someone who is not a reader cannot.
      expect(() =>
        execFileSync('age', ['--decrypt', '--identity', join(keysDir, 'bob.agekey'), join(dir, file)], {
          stdio: 'pipe',
        }),
      ).toThrow();
    }
  });

  it('names in the inventory the recipients that decrypt homelab-secrets (the hosts and alice)', () => {
    const model = evaluateProject(readProject(join(root, 'nix/examples/homelab-secrets')), {
      modules: 'none',
    }).model!;
    const recipients = model.secrets.recipients;
    expect(ids.has(recipients['host:nas'].recipient!)).toBe(true); // converted from keys.ssh
    expect(recipients['host:nas'].source).toBe('ssh');
    expect(ids.has(recipients['host:workstation'].recipient!)).toBe(true);
    expect(ids.has(recipients['user:alice'].recipient!)).toBe(true);
    // A wrong identity does not decrypt.
    const text = readFileSync(join(root, 'nix/examples/homelab-secrets/secrets/workstation.yaml'), 'utf8');
    const bob = execFileSync('age-keygen', ['-y', join(keysDir, 'bob.agekey')])
      .toString()
      .trim();
    expect(() => verifySopsFile(text, bob, join(keysDir, 'bob.agekey'))).toThrow(/not encrypted to/);
  });
});
