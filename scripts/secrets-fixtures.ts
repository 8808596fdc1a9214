// Writes the encrypted test fixtures of the examples with the real `age` and the THROWAWAY keys
// in test/secrets/throwaway-keys/: sops files in the format scripts/secrets/sops-format.ts
// describes, agenix files as `age --armor` writes them, and the rules files Arbor generates
// (homelab-secrets' .sops.yaml, agenix-web's secrets/secrets.nix). The values are obviously fake; only the recipients
// matter to Arbor, and test/secrets/fixtures.test.ts decrypts every data key again.
//
//   npx tsx scripts/secrets-fixtures.ts          write the fixtures that do not exist yet
//   npx tsx scripts/secrets-fixtures.ts --all    write them all again (new random data keys)
//
// Recipients are Arbor's (the model's readers of each file) unless a fixture names them, as the
// broken examples do to be wrong on purpose.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProject } from '../src/cli/project/project-dir';
import { Session } from '../src/lib/arbor/evaluate';
import { sshPrivateKeyToAgeIdentity, writeSopsFile, type SopsTree } from './secrets/sops-format';

/** One session for every fixture project this script evaluates. */
const session = new Session();

const repo = fileURLToPath(new URL('..', import.meta.url));
const keysDir = join(repo, 'test/secrets/throwaway-keys');

/** The recipient of a throwaway key, by name (`nas` is an ssh host key, the others age keys). */
export function throwawayRecipient(name: string): string {
  const identity = ['nas', 'web1'].includes(name)
    ? sshPrivateKeyToAgeIdentity(readFileSync(join(keysDir, `${name}_ssh_host_ed25519_key`), 'utf8'))
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
  {
    example: 'homelab-secrets',
    file: 'secrets/home/alice.yaml',
    tree: { forge: { token: fake('forge-token-of-alice') } },
  },
  {
    example: 'reference',
    file: 'secrets/nas.yaml',
    tree: { zfs: { 'encryption-key': fake('zfs-key-of-nas') } },
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

/** agenix files: every file the model of the example needs, encrypted to its readers. */
const AGENIX: Array<{ example: string; values: Record<string, string> }> = [
  {
    example: 'agenix-web',
    values: {
      'secrets/web1/tls/key.age': `-----BEGIN PRIVATE KEY-----\n${fake('tls-key-of-web1')}\n-----END PRIVATE KEY-----\n`,
      'secrets/db1/postgres/app-password.age': fake('postgres-password'),
      'secrets/shared/smtp/relay-password.age': fake('smtp-password'),
    },
  },
];

function writeRules(example: string): void {
  const dir = join(repo, 'nix/examples', example);
  const rules = session.evaluate(readProject(dir), { modules: 'none' }).model?.secrets.rules;
  if (!rules) throw new Error(`${example} has no rules`);
  mkdirSync(dirname(join(dir, rules.file)), { recursive: true });
  writeFileSync(join(dir, rules.file), rules.text);
  console.log(`wrote ${example}/${rules.file}`);
}

const rewrite = process.argv.includes('--all');
/** Writes a fixture unless it exists (and --all was not given). */
function writeFixture(target: string, make: () => string | Buffer): boolean {
  if (existsSync(target) && !rewrite) return false;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, make());
  return true;
}

function main(): void {
  for (const { example, values } of AGENIX) {
    const dir = join(repo, 'nix/examples', example);
    const model = session.evaluate(readProject(dir), { modules: 'none' }).model;
    if (!model) throw new Error(`${example} does not evaluate`);
    for (const [file, info] of Object.entries(model.secrets.files)) {
      const value = values[file];
      if (value === undefined) throw new Error(`${example}: no value for ${file}`);
      const recipients = info.readers.flatMap((id) => ['-r', model.secrets.recipients[id].recipient!]);
      if (
        writeFixture(join(dir, file), () =>
          execFileSync('age', ['--encrypt', '--armor', ...recipients], { input: value }),
        )
      )
        console.log(`wrote ${example}/${file} (${info.readers.length} recipients)`);
    }
    writeRules(example);
  }
  for (const fixture of FIXTURES) {
    const dir = join(repo, 'nix/examples', fixture.example);
    let recipients: string[];
    if (fixture.recipients) recipients = fixture.recipients.map(throwawayRecipient);
    else {
      const model = session.evaluate(readProject(dir), { modules: 'none' }).model;
      const file = model?.secrets.files[fixture.file];
      if (!file) throw new Error(`${fixture.example}: the model has no ${fixture.file}`);
      recipients = file.readers.map((id) => {
        const r = model.secrets.recipients[id]?.recipient;
        if (!r) throw new Error(`${fixture.example}: ${id} has no recipient`);
        return r;
      });
    }
    if (writeFixture(join(dir, fixture.file), () => writeSopsFile(fixture.tree, { recipients })))
      console.log(`wrote ${fixture.example}/${fixture.file} (${recipients.length} recipients)`);
  }
  // The examples commit their rules, as a real project would after `arbor secrets rules . --write`.
  writeRules('homelab-secrets');
  writeRules('reference');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
