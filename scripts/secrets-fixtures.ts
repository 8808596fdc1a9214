// Writes the sops-encrypted test fixtures of the examples (and homelab-secrets' .sops.yaml) with
// the real `age` and the THROWAWAY keys in test/secrets/throwaway-keys/, in the file format
// scripts/secrets/sops-format.ts describes. The values are obviously fake; only the recipients
// matter to Arbor, and test/secrets/fixtures.test.ts decrypts every data key again.
//
//   npx tsx scripts/secrets-fixtures.ts
//
// Recipients are Arbor's (the model's readers of each file) unless a fixture names them, as the
// broken examples do to be wrong on purpose.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProject } from '../src/cli/project-dir';
import { evaluateProject } from '../src/lib/arbor/evaluate';
import { sshPrivateKeyToAgeIdentity, writeSopsFile, type SopsTree } from './secrets/sops-format';

const repo = fileURLToPath(new URL('..', import.meta.url));
const keysDir = join(repo, 'test/secrets/throwaway-keys');

/** The recipient of a throwaway key, by name (`nas` is an ssh host key, the others age keys). */
export function throwawayRecipient(name: string): string {
  const identity =
    name === 'nas'
      ? sshPrivateKeyToAgeIdentity(readFileSync(join(keysDir, 'nas_ssh_host_ed25519_key'), 'utf8'))
      : readFileSync(join(keysDir, `${name}.agekey`), 'utf8');
  return execFileSync('age-keygen', ['-y'], { input: identity }).toString().trim();
}

interface Fixture {
  example: string;
  file: string;
  tree: SopsTree;
  /** Throwaway key names; by default the readers Arbor derives from the inventory. */
  recipients?: string[];
}

const fake = (what: string) => `THROWAWAY-${what}-for-arbor-tests`;

const FIXTURES: Fixture[] = [
  {
    example: 'homelab-secrets',
    file: 'secrets/nas.yaml',
    tree: {
      yggdrasil: {
        'private-key': `-----BEGIN PRIVATE KEY-----\n${fake('yggdrasil-key-of-nas')}\n-----END PRIVATE KEY-----\n`,
      },
      bacula: { 'director-password': fake('bacula-password') },
    },
  },
  {
    example: 'homelab-secrets',
    file: 'secrets/workstation.yaml',
    tree: {
      yggdrasil: {
        'private-key': `-----BEGIN PRIVATE KEY-----\n${fake('yggdrasil-key-of-workstation')}\n-----END PRIVATE KEY-----\n`,
      },
    },
  },
  {
    example: 'homelab-secrets',
    file: 'secrets/shared.yaml',
    tree: { smtp: { 'relay-password': fake('smtp-password') } },
  },
  // box is missing and bob (no longer an admin) is still there.
  {
    example: 'broken/secret-recipients',
    file: 'secrets/box.yaml',
    tree: { postgres: { 'app-password': fake('postgres-password') } },
    recipients: ['alice', 'bob'],
  },
  // A key nothing declares any more.
  {
    example: 'broken/unknown-secret',
    file: 'secrets/box.yaml',
    tree: {
      postgres: { 'app-password': fake('postgres-password') },
      redis: { password: fake('redis-password') },
    },
  },
  // box has no key (missing-host-key) or an unusable one (invalid-key): only alice can read.
  {
    example: 'broken/missing-host-key',
    file: 'secrets/box.yaml',
    tree: { postgres: { 'app-password': fake('postgres-password') } },
    recipients: ['alice'],
  },
  {
    example: 'broken/invalid-key',
    file: 'secrets/box.yaml',
    tree: { postgres: { 'app-password': fake('postgres-password') } },
    recipients: ['alice'],
  },
];

function main(): void {
  for (const fixture of FIXTURES) {
    const dir = join(repo, 'nix/examples', fixture.example);
    let recipients: string[];
    if (fixture.recipients) recipients = fixture.recipients.map(throwawayRecipient);
    else {
      const model = evaluateProject(readProject(dir), { modules: 'none' }).model;
      const file = model?.secrets.files[fixture.file];
      if (!file) throw new Error(`${fixture.example}: the model has no ${fixture.file}`);
      recipients = file.readers.map((id) => {
        const r = model.secrets.recipients[id]?.recipient;
        if (!r) throw new Error(`${fixture.example}: ${id} has no recipient`);
        return r;
      });
    }
    const target = join(dir, fixture.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, writeSopsFile(fixture.tree, { recipients }));
    console.log(`wrote ${fixture.example}/${fixture.file} (${recipients.length} recipients)`);
  }
  // homelab-secrets commits its rules, as a real project would after `arbor secrets rules . --write`.
  const dir = join(repo, 'nix/examples/homelab-secrets');
  const rules = evaluateProject(readProject(dir), { modules: 'none' }).model?.secrets.rules;
  if (!rules) throw new Error('homelab-secrets has no rules');
  writeFileSync(join(dir, rules.file), rules.text);
  console.log(`wrote homelab-secrets/${rules.file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
