// What Arbor's Nix library reports, stated by hand: for every project under nix/examples/broken/
// the exact set of diagnostics (code, position, host) and nothing else; for the homelab and fleet
// examples no diagnostics at all, plus spot checks of module order, homes and deployment outputs.
//
// The models come from Arbor's own evaluator (the session API, `evaluateProject`); that they are
// identical to the real Nix's is checked against the goldens in test/library/expected/ by
// test/arbor/models.test.ts.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateProject } from '../session';
import type { ProjectResult } from '../../src/lib/arbor/types';
import { readProject } from '../../src/cli/project/project-dir';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');

interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  host: string | null;
  hint: string | null;
}
interface ModuleEntry {
  id: string;
  kind: 'dendrite' | 'leaf' | 'fruit' | 'home' | 'override' | 'arbor';
  file: string;
  reason: string;
}
interface Model {
  hosts: Record<
    string,
    { system: string; class: string; modules: ModuleEntry[]; homes: string[] } & Record<string, unknown>
  >;
  homes: Record<string, { user: string; host: string; system: string; modules: ModuleEntry[] }>;
  graph: { nodes: { id: string; kind: string }[]; edges: { from: string; to: string; type: string }[] };
  diagnostics: Diagnostic[];
  outputs: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
type Golden = Model | { oracleError: string };

function loadGolden(name: string): Golden {
  return JSON.parse(readFileSync(join(here, 'expected', `${name}.json`), 'utf8')) as Golden;
}
const models = new Map<string, ProjectResult>();
function evaluateExample(name: string): ProjectResult {
  let result = models.get(name);
  if (result === undefined) {
    result = evaluateProject(readProject(join(repoRoot, 'nix/examples', name)));
    models.set(name, result);
  }
  return result;
}
function loadModel(name: string): Model {
  const { model } = evaluateExample(name);
  if (model === null) throw new Error(`${name}: the library did not evaluate`);
  return model as unknown as Model;
}

type Expected = [
  code: string,
  file: string,
  line: number,
  column: number,
  host: string | null,
  severity?: 'warning',
];
const key = (d: Expected) => d.join(' ');
/** A diagnostic as an Expected row (warnings marked, errors not). */
const row = (d: Diagnostic): Expected =>
  d.severity === 'warning'
    ? [d.code, d.file, d.line, d.column, d.host, 'warning']
    : [d.code, d.file, d.line, d.column, d.host];

/** Every code of the model's checks (docs/diagnostics.md, nix/lib/validation/codes.json). */
const CODES = [
  'unknown-user',
  'unknown-role',
  'unknown-network',
  'unknown-dendrite',
  'unknown-fruit',
  'unknown-home',
  'unknown-field',
  'invalid-field',
  'duplicate-port',
  'invalid-port',
  'dendrite-conflict',
  'requires-cycle',
  'missing-fact',
  'invalid-fact',
  'missing-fruit',
  'invalid-network-ref',
  'invalid-deploy-ref',
  'invalid-bootstrap-ref',
  'missing-meta',
  'meta-mismatch',
  'class-mismatch',
  'orphan-override',
  'parse-error',
  'eval-error',
  'role-cardinality',
  ...SECRET_CODES(),
  ...MODULE_CODES(),
];

/** The codes of secrets (docs/secrets.md). */
function SECRET_CODES(): string[] {
  return ['missing-secret', 'secret-recipients', 'missing-host-key', 'invalid-key', 'unknown-secret'];
}

/** The codes of host evaluation (docs/host-evaluation.md): found by the session API. */
function MODULE_CODES(): string[] {
  return [
    'module-error',
    'option-conflict',
    'option-type',
    'option-unknown',
    'option-undefined',
    'infinite-recursion',
    'assertion-failed',
    'module-warning',
  ];
}

const H = 'inventory/hosts.nix';
const EXPECTED: Record<string, Expected[]> = {
  'unknown-user': [['unknown-user', H, 4, 5, 'box']],
  'unknown-role': [['unknown-role', H, 3, 5, 'box']],
  'unknown-network': [['unknown-network', H, 4, 5, 'box']],
  'unknown-dendrite': [['unknown-dendrite', H, 3, 5, 'box']],
  'unknown-fruit': [['unknown-fruit', H, 4, 5, 'box']],
  // A user's homes are checked once, in users.nix, not per host.
  'unknown-home': [['unknown-home', 'inventory/users.nix', 4, 5, null]],
  'unknown-field': [['unknown-field', H, 4, 5, 'box']],
  'invalid-field': [['invalid-field', H, 4, 5, 'box']],
  // The second binding of port 22 (git, line 6), not the first (ssh, line 5).
  'duplicate-port': [['duplicate-port', H, 6, 7, 'box']],
  'invalid-port': [['invalid-port', H, 6, 7, 'box']],
  // Both dendrites declare the conflict; it is reported once, at the host's own selection.
  'dendrite-conflict': [['dendrite-conflict', H, 4, 5, 'box']],
  // web → tls → proxy → web, reported once at the `requires` of the smallest id.
  'requires-cycle': [['requires-cycle', 'dendrites/proxy/meta.nix', 3, 3, null]],
  // facts.storage exists (line 7) but has no zfs.hostId: point at storage.
  'missing-fact': [['missing-fact', H, 7, 5, 'box']],
  'invalid-fact': [['invalid-fact', H, 6, 7, 'box']],
  'missing-fruit': [['missing-fruit', H, 4, 5, 'box']],
  'invalid-network-ref': [['invalid-network-ref', H, 5, 5, 'box']],
  'invalid-deploy-ref': [['invalid-deploy-ref', H, 5, 5, 'box']],
  'invalid-bootstrap-ref': [['invalid-bootstrap-ref', H, 7, 7, 'box']],
  'missing-meta': [['missing-meta', 'dendrites/monitoring/default.nix', 1, 1, null]],
  'meta-mismatch': [['meta-mismatch', 'dendrites/ssh/meta.nix', 4, 3, null]],
  'class-mismatch': [['class-mismatch', H, 4, 5, 'laptop']],
  'orphan-override': [['orphan-override', 'hosts/bx/hardware.nix', 1, 1, null]],
  // One host holds a role that needs two: reported at the role's `hosts`.
  'role-cardinality': [['role-cardinality', 'inventory/roles.nix', 5, 5, null]],
  // Secrets: reported at the declaration in meta.nix, for the host that needs it.
  'missing-secret': [['missing-secret', 'dendrites/postgres/meta.nix', 3, 3, 'box']],
  // secrets/box.yaml is encrypted to alice and bob (no longer an admin), not to box: the
  // missing host at the file's `age:` list (an error), bob at his entry (a warning).
  'secret-recipients': [
    ['secret-recipients', 'secrets/box.yaml', 4, 5, 'box'],
    ['secret-recipients', 'secrets/box.yaml', 14, 11, 'box', 'warning'],
  ],
  'missing-host-key': [['missing-host-key', H, 2, 3, 'box']],
  // A mistyped ssh host key: valid base64, but not a point of the curve.
  'invalid-key': [['invalid-key', H, 4, 5, 'box']],
  // secrets/box.yaml still holds redis:, which nothing declares (a warning, at the key).
  'unknown-secret': [['unknown-secret', 'secrets/box.yaml', 3, 1, 'box', 'warning']],
};

/**
 * Host evaluation: the model (Nix's, checked by models.test.ts) has no diagnostic; evaluating the
 * host's modules finds exactly these, positioned on the definition.
 */
const EXPECTED_MODULES: Record<string, Expected[]> = {
  // `"yes" + 1`: Nix points at the operand it cannot coerce.
  'module-error': [['module-error', 'dendrites/ssh/default.nix', 3, 37, 'box']],
  // Two dendrites set time.timeZone at the same priority; the related position names the other.
  'option-conflict': [['option-conflict', 'dendrites/berlin/default.nix', 2, 3, 'box']],
  'option-type': [['option-type', 'dendrites/ssh/default.nix', 4, 3, 'box']],
  // `backup.enabled` under the project's own `backup` namespace (which declares `enable`).
  'option-unknown': [['option-unknown', 'dendrites/backup/default.nix', 5, 3, 'box']],
  // Read by environment.etc."backup.conf".text (line 7), never defined.
  'option-undefined': [['option-undefined', 'dendrites/backup/default.nix', 7, 3, 'box']],
  // Where users.motd is re-entered: `${config.users.motd}`.
  'infinite-recursion': [['infinite-recursion', 'dendrites/motd/default.nix', 4, 30, 'box']],
  'assertion-failed': [['assertion-failed', 'dendrites/remote/default.nix', 3, 3, 'box']],
  'module-warning': [['module-warning', 'dendrites/legacy/default.nix', 2, 3, 'box']],
};

/** parse-error and eval-error cannot be caught inside Nix: the oracle fails, the TS layer reports. */
const ORACLE_FAILURES: Record<string, RegExp> = {
  'parse-error':
    /^error: syntax error, unexpected end of file[^]*<repo>\/nix\/examples\/broken\/parse-error\/inventory\/hosts\.nix:6:1/,
  'eval-error': /^error: storage facts are not written yet$/,
};

const brokenDir = join(repoRoot, 'nix/examples/broken');
const brokenProjects = readdirSync(brokenDir).sort();

describe('broken projects', () => {
  it('exist for every diagnostic code, and only for those', () => {
    expect(brokenProjects).toEqual([...CODES].sort());
    expect(
      Object.keys(EXPECTED).length +
        Object.keys(ORACLE_FAILURES).length +
        Object.keys(EXPECTED_MODULES).length,
    ).toBe(CODES.length);
  });

  for (const [code, expected] of Object.entries(EXPECTED_MODULES)) {
    it(`${code} yields exactly its diagnostics from the host's modules`, () => {
      const result = evaluateExample(`broken/${code}`);
      expect(result.model?.diagnostics).toEqual([]);
      const actual = result.diagnostics.map((d): Expected => [d.code, d.file, d.line, d.column, d.host]);
      expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
      for (const d of result.diagnostics) {
        expect(d.severity).toBe(code === 'module-warning' ? 'warning' : 'error');
        expect(d.message.length).toBeGreaterThan(20);
      }
    });
  }

  it("find the same module diagnostics when only the project's definitions are computed (arbor check)", () => {
    for (const code of Object.keys(EXPECTED_MODULES)) {
      const files = readProject(join(repoRoot, 'nix/examples/broken', code));
      const check = evaluateProject(files, { detail: 'check' }).diagnostics;
      expect(
        check.map((d) => [d.code, d.file, d.line, d.column]),
        code,
      ).toEqual(evaluateExample(`broken/${code}`).diagnostics.map((d) => [d.code, d.file, d.line, d.column]));
    }
  });

  it('name both definitions of a conflict and the type of a wrong value', () => {
    const conflict = evaluateExample('broken/option-conflict').diagnostics[0];
    expect(conflict.message).toContain('dendrites/utc/default.nix:3:3');
    expect(conflict.message).toContain('dendrites/berlin/default.nix:2:3');
    expect(conflict.related?.map((r) => [r.file, r.line])).toEqual([['dendrites/utc/default.nix', 3]]);
    const type = evaluateExample('broken/option-type').diagnostics[0];
    expect(type.message).toContain('16 bit unsigned integer');
    expect(type.message).toContain('"2222"');
    expect(evaluateExample('broken/option-unknown').diagnostics[0].hint).toBe(
      "Did you mean `backup.enable'?",
    );
  });

  /**
   * Where the session API puts a diagnostic that names a value in a list: on the name itself
   * (src/lib/arbor/value-positions.ts), where the library, with attribute positions only, puts it
   * on the list's attribute.
   */
  const AT_THE_NAME: Record<string, [line: number, column: number]> = {
    'unknown-user': [4, 16],
    'unknown-role': [3, 16],
    'unknown-network': [4, 14],
    'unknown-dendrite': [3, 20],
    'unknown-fruit': [4, 17],
    'unknown-home': [4, 16],
  };

  for (const [code, expected] of Object.entries(EXPECTED)) {
    it(`${code} yields exactly its diagnostics`, () => {
      const model = loadModel(`broken/${code}`);
      expect(model.diagnostics.map(row).map(key).sort()).toEqual(expected.map(key).sort());
      for (const d of model.diagnostics) expect(d.message.length).toBeGreaterThan(20);
      // Warnings do not stop the hosts' modules from being evaluated: nothing else comes up there.
      const named = AT_THE_NAME[code];
      const session = named
        ? expected.map((e): Expected => (e[0] === code ? [e[0], e[1], named[0], named[1], e[4]] : e))
        : expected;
      expect(evaluateExample(`broken/${code}`).diagnostics.map(row).map(key).sort()).toEqual(
        session.map(key).sort(),
      );
    });
  }

  for (const [code, pattern] of Object.entries(ORACLE_FAILURES)) {
    it(`${code} makes the oracle fail (the session API reports it)`, () => {
      const golden = loadGolden(`broken/${code}`);
      expect('oracleError' in golden).toBe(true);
      expect((golden as { oracleError: string }).oracleError).toMatch(pattern);
    });
  }

  it('parse-error is reported by the session API at the position Nix gives, and nothing else', () => {
    const { diagnostics, model } = evaluateExample('broken/parse-error');
    expect(model).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['parse-error', 'inventory/hosts.nix', 6, 1],
    ]);
    expect(diagnostics[0].message).toMatch(/^syntax error, unexpected end of file/);
  });

  it('eval-error is reported by the session API at the throw, and nothing else', () => {
    const { diagnostics, model } = evaluateExample('broken/eval-error');
    expect(model).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['eval-error', 'inventory/storage-facts.nix']]);
    expect(diagnostics[0].message).toBe('storage facts are not written yet');
  });

  it('give did-you-mean hints for unknown names', () => {
    const hint = (code: string) => loadModel(`broken/${code}`).diagnostics[0].hint;
    expect(hint('unknown-user')).toBe('Did you mean "alice"?');
    expect(hint('unknown-role')).toBe('Did you mean "server"?');
    expect(hint('unknown-network')).toBe('Did you mean "lan"?');
    expect(hint('unknown-dendrite')).toBe('Did you mean "base"?');
    expect(hint('unknown-fruit')).toBe('Did you mean "tape-library"?');
    expect(hint('unknown-home')).toBe('Did you mean "shell"?');
    expect(hint('unknown-field')).toBe('Did you mean "dendrites"?');
  });

  it('show the cycle and both reasons of a conflict', () => {
    expect(loadModel('broken/requires-cycle').diagnostics[0].message).toContain('proxy → web → tls → proxy');
    const conflict = loadModel('broken/dendrite-conflict').diagnostics[0].message;
    expect(conflict).toContain('host box (inventory/hosts.nix:4:5) → dendrite storage/btrfs');
    expect(conflict).toContain('role storage (inventory/roles.nix:2:3) → dendrite storage/zfs');
  });

  it('make every flake output fail with the formatted report', () => {
    const summary = loadGolden('flake/broken/unknown-role') as unknown as Record<string, unknown>;
    expect(summary.ok).toBe(false);
    expect(summary.nixosConfigurationsFail).toBe(true);
    expect(summary.checkFails).toBe(true);
    expect(summary.report).toBe(
      'Arbor found 1 error in the fleet model:\n' +
        'inventory/hosts.nix:3:5: unknown-role: host box refers to role "sever", which is not defined in inventory/roles.nix. Did you mean "server"?',
    );
  });
});

const ids = (modules: ModuleEntry[]) => modules.map((m) => m.id);

describe('homelab', () => {
  const model = loadModel('homelab');

  it('has no diagnostics', () => expect(model.diagnostics).toEqual([]));

  it("evaluates every host's and home's modules without a problem", () => {
    const result = evaluateExample('homelab');
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(result.configurations).sort()).toEqual(
      ['alice@nas', 'alice@workstation', 'bob@workstation', 'nas', 'workstation'].sort(),
    );
    const ports = result.configurations.nas.options.find((o) => o.path === 'services.openssh.ports');
    expect(ports?.value).toEqual([22]);
    expect(ports?.definitions.map((d) => [d.file, d.line, d.priority])).toEqual([
      ['dendrites/ssh/default.nix', 6, 100],
    ]);
    const hostName = result.configurations.nas.options.find((o) => o.path === 'networking.hostName');
    expect(hostName?.value).toBe('nas');
    expect(hostName?.definitions[0]).toMatchObject({ file: 'inventory/hosts.nix', priority: 1000 });
  });

  it('orders the NAS modules: arbor, dendrites (dependencies first, leaves after their owner), fruits, overrides', () => {
    expect(ids(model.hosts.nas.modules)).toEqual([
      'arbor:host',
      'base',
      'ssh',
      'ssh:fail2ban',
      'storage',
      'storage/zfs',
      'storage/zfs:scrub',
      'network/yggdrasil-private',
      'storage/tape',
      'tape-library',
      'backup-server',
      'nas:hardware',
      'arbor:disko',
      'nas:disko',
    ]);
    const tape = model.hosts.nas.modules.find((m) => m.id === 'storage/tape');
    expect(tape?.reason).toBe(
      'host nas (inventory/hosts.nix:12:5) → fruit tape-library → dendrite storage/tape',
    );
    expect(tape?.file).toBe('dendrites/storage/dendrites/tape/default.nix');
  });

  it('merges roles into hosts with the reason of each selection', () => {
    const base = model.hosts.workstation.modules.find((m) => m.id === 'base');
    expect(base?.reason).toBe('role desktop (inventory/roles.nix:12:5) → dendrite base');
    expect(ids(model.hosts.workstation.modules)).toEqual([
      'arbor:host',
      'base',
      'ssh',
      'ssh:fail2ban',
      'desktop',
      'desktop:audio',
      'desktop:fonts',
      'network/yggdrasil-private',
      'workstation:hardware',
    ]);
  });

  it('assembles Home Manager per user@host, with role homes after user homes', () => {
    expect(Object.keys(model.homes).sort()).toEqual(['alice@nas', 'alice@workstation', 'bob@workstation']);
    expect(ids(model.homes['alice@workstation'].modules)).toEqual([
      'arbor:home',
      'shell',
      'git',
      'desktop-apps',
    ]);
  });

  it('previews the deployment outputs', () => {
    expect(model.outputs.colmena.nas.deployment).toEqual({
      targetHost: '10.0.0.5',
      targetPort: null,
      targetUser: 'root',
      tags: ['storage'],
      buildOnTarget: false,
    });
    expect(Object.keys(model.outputs.deploy.nodes)).toEqual(['nas']);
    expect(model.hosts.nas.bootstrap).toMatchObject({
      command: 'nixos-anywhere --flake .#nas root@10.0.0.5',
    });
  });

  it('has typed graph edges', () => {
    const edge = (from: string, type: string, to: string) =>
      model.graph.edges.some((e) => e.from === from && e.type === type && e.to === to);
    expect(edge('host:nas', 'has-role', 'role:server')).toBe(true);
    expect(edge('host:nas', 'member-of', 'network:ygg')).toBe(true);
    expect(edge('dendrite:storage/zfs', 'requires', 'dendrite:storage')).toBe(true);
    expect(edge('user:alice', 'uses-home', 'home:git')).toBe(true);
    expect(edge('override:nas', 'overrides', 'host:nas')).toBe(true);
    expect(edge('fruit:backup-server', 'requires', 'fruit:tape-library')).toBe(true);
  });

  it('never holds absolute paths', () => {
    expect(JSON.stringify(model)).not.toContain(repoRoot);
    expect(JSON.stringify(model)).not.toContain('/nix/store');
  });
});

describe('fleet', () => {
  const model = loadModel('fleet');

  it('has no diagnostics', () => expect(model.diagnostics).toEqual([]));

  it("evaluates every host's modules without a problem, nix-darwin hosts included", () => {
    const result = evaluateExample('fleet');
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(result.configurations)).toEqual(expect.arrayContaining(Object.keys(model.hosts)));
  });

  it('mixes NixOS servers and nix-darwin laptops', () => {
    const classes = Object.fromEntries(Object.entries(model.hosts).map(([n, h]) => [n, h.class]));
    expect(classes).toEqual({
      ci: 'nixos',
      db1: 'nixos',
      gateway: 'nixos',
      'mac-alice': 'darwin',
      'mac-bob': 'darwin',
      monitor: 'nixos',
      web1: 'nixos',
      web2: 'nixos',
    });
    expect(Object.keys(model.outputs.darwinConfigurations).sort()).toEqual(['mac-alice', 'mac-bob']);
    expect(ids(model.hosts['mac-alice'].modules)).toEqual([
      'arbor:host',
      'common',
      'darwin/base',
      'darwin/homebrew',
    ]);
  });

  it('resolves requires depth first, dependencies before dependents', () => {
    expect(ids(model.hosts.db1.modules)).toEqual([
      'arbor:host',
      'common',
      'server-base',
      'network/wireguard-mesh',
      'monitoring/exporter',
      'db/postgres',
      'db1:hardware',
      'arbor:disko',
      'db1:disko',
    ]);
  });

  it('gives Colmena nodes of another system their own nixpkgs', () => {
    expect(model.outputs.colmena.meta).toEqual({
      nixpkgs: 'nixpkgs.legacyPackages.x86_64-linux',
      nodeNixpkgs: { ci: 'nixpkgs.legacyPackages.aarch64-linux' },
    });
    expect(model.outputs.colmena.ci.deployment.targetPort).toBe(2222);
    expect(model.outputs.colmena['mac-alice']).toBeUndefined();
  });

  it('deploys darwin with deploy-rs activate.darwin', () => {
    expect(model.outputs.deploy.nodes['mac-alice']).toEqual({
      hostname: '100.64.0.10',
      sshUser: 'alice',
      user: 'root',
      sshOpts: [],
      remoteBuild: false,
      profiles: {
        system: { path: 'deploy-rs.lib.aarch64-darwin.activate.darwin darwinConfigurations.mac-alice' },
      },
    });
  });

  it('bootstraps servers with nixos-anywhere and disko', () => {
    expect((model.hosts.web1.bootstrap as { command: string }).command).toBe(
      'nixos-anywhere --flake .#web1 root@10.1.0.11',
    );
    // hosts/_shared/ is ignored (underscore), so it is no orphan override.
    expect(model.graph.nodes.some((n) => n.id === 'override:_shared')).toBe(false);
  });
});

describe('flake wiring (mk-outputs.nix with stand-in inputs)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const homelab = loadGolden('flake/homelab') as any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fleet = loadGolden('flake/fleet') as any;

  it('builds nixosSystem with the model module list as paths', () => {
    const nas = homelab.nixosConfigurations.nas;
    expect(nas.builder).toBe('nixpkgs.lib.nixosSystem');
    expect(nas.hostPlatform).toBe('x86_64-linux');
    expect(nas.modules[0]).toBe('arbor:host:nas (inventory/hosts.nix)');
    expect(nas.modules).toContain('disko.nixosModules.disko');
    expect(nas.modules.at(-1)).toBe('hosts/nas/disko.nix');
    expect(nas.users.alice).toMatchObject({ isNormalUser: true, uid: 1000, extraGroups: ['wheel'] });
    expect(nas.specialArgs).toEqual({
      host: { name: 'nas', system: 'x86_64-linux', class: 'nixos' },
      arborHost: 'nas',
      hasInputs: true,
    });
  });

  it('puts deployment.* only in Colmena node modules', () => {
    for (const cfg of Object.values(homelab.nixosConfigurations) as { modules: string[] }[])
      expect(cfg.modules.some((m) => m.startsWith('arbor:colmena:'))).toBe(false);
    expect(homelab.colmena.nodes.nas.modules.at(-1)).toBe('arbor:colmena:nas (inventory/hosts.nix)');
    expect(homelab.colmena.nodes.workstation.deployment).toMatchObject({
      targetHost: 'workstation.lan',
      buildOnTarget: true,
      tags: ['desktop'],
    });
    expect(homelab.colmenaHive).toEqual({ builder: 'colmena.lib.makeHive', __schema: 'v0.5' });
  });

  it('makes Colmena nodes the nixosConfigurations modules plus deployment and nixpkgs.flake.source', () => {
    const nas = homelab.colmena.nodes.nas;
    expect(nas.modules.slice(0, -1)).toEqual(homelab.nixosConfigurations.nas.modules);
    // nixosSystem sets nixpkgs.flake.source to nixpkgs' outPath; makeHive does not.
    expect(nas.flakeSource).toBe('/stand-in/nixpkgs');
  });

  it('gives every module handed to a builder a _class (so a wrong-class import fails there)', () => {
    for (const cfg of Object.values(homelab.nixosConfigurations) as { classes: string[] }[])
      expect(new Set(cfg.classes)).toEqual(new Set(['nixos']));
    for (const cfg of Object.values(fleet.darwinConfigurations) as { classes: string[] }[])
      expect(new Set(cfg.classes)).toEqual(new Set(['darwin']));
    for (const cfg of Object.values(homelab.homeConfigurations) as { classes: string[] }[])
      expect(new Set(cfg.classes)).toEqual(new Set(['homeManager']));
    for (const node of Object.values(homelab.colmena.nodes) as { classes: string[] }[])
      expect(new Set(node.classes)).toEqual(new Set(['nixos']));
    expect(fleet.moduleClasses.darwin['darwin/base']).toBe('darwin');
    expect(fleet.moduleClasses.generic.common).toBeNull();
  });

  it('wires sops-nix into the hosts that need secrets only, and comin into comin hosts', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const secrets = loadGolden('flake/homelab-secrets') as any;
    expect(secrets.nixosConfigurations.nas.hostModuleImports).toEqual(['sops-nix.nixosModules.sops']);
    expect(secrets.nixosConfigurations.nas.secrets.secrets['yggdrasil/private-key']).toEqual({
      sopsFile: 'secrets/nas.yaml',
      key: 'yggdrasil/private-key',
      mode: '0400',
    });
    expect(secrets.nixosConfigurations.workstation.secrets.keyFile).toBe('/var/lib/sops-nix/key.txt');
    expect(homelab.nixosConfigurations.nas.hostModuleImports).toEqual([]);
    expect(homelab.nixosConfigurations.nas.secrets).toBeNull();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const agenix = loadGolden('flake/agenix-web') as any;
    expect(agenix.nixosConfigurations.web1.hostModuleImports).toEqual(['agenix.nixosModules.default']);
    expect(agenix.nixosConfigurations.web1.secrets).toEqual({
      backend: 'agenix',
      identityPaths: ['/etc/ssh/ssh_host_ed25519_key'],
      secrets: {
        'smtp/relay-password': { file: 'secrets/shared/smtp/relay-password.age', mode: '0400' },
        'tls/key': { file: 'secrets/web1/tls/key.age', mode: '0440', owner: 'nginx', group: 'nginx' },
      },
    });
    expect(fleet.nixosConfigurations.gateway.hostModuleImports).toEqual(['comin.nixosModules.comin']);
    expect(fleet.nixosConfigurations.gateway.comin).toMatchObject({ enable: true, hostname: 'gateway' });
    expect(Object.keys(fleet.colmena.nodes)).not.toContain('gateway');
  });

  it('initialises meta.nixpkgs and gives other systems nodeNixpkgs', () => {
    expect(fleet.colmena.meta.nixpkgs).toBe('legacyPackages.x86_64-linux');
    expect(fleet.colmena.meta.nodeNixpkgs).toEqual({ ci: 'legacyPackages.aarch64-linux' });
    expect(fleet.colmena.nodes.ci.deployment).toMatchObject({ targetHost: '10.1.0.31', targetPort: 2222 });
  });

  it('activates deploy-rs profiles with the target system library', () => {
    expect(fleet.deploy.nodes['mac-alice'].profiles.system).toEqual({
      user: 'root',
      path: 'deploy-rs.lib.aarch64-darwin.activate.darwin',
      configuration: 'nix-darwin.lib.darwinSystem',
    });
    expect(fleet.deploy.nodes.monitor).toMatchObject({ hostname: 'monitor.dc.example.com', sshUser: 'ops' });
  });

  it('builds darwin hosts with nix-darwin and homes with pkgs of the host system', () => {
    expect(fleet.darwinConfigurations['mac-alice']).toMatchObject({
      builder: 'nix-darwin.lib.darwinSystem',
      hostPlatform: 'aarch64-darwin',
      stateVersion: 6,
      users: { alice: { home: '/Users/alice', description: 'Alice Example' } },
    });
    expect(fleet.homeConfigurations['alice@mac-alice']).toMatchObject({
      pkgs: 'legacyPackages.aarch64-darwin',
      homeDirectory: '/Users/alice',
      username: 'alice',
      passesLib: false,
      modules: [
        'arbor:home:alice@mac-alice (inventory/users.nix)',
        'homes/shell/default.nix',
        'homes/dev/default.nix',
      ],
    });
  });

  it('exports dendrites as flake.modules.<class>.<id>, class any as generic', () => {
    expect(fleet.modules.generic.common).toEqual(['dendrites/common/default.nix']);
    expect(Object.keys(fleet.modules.darwin).sort()).toEqual(['darwin/base', 'darwin/homebrew']);
  });

  it('adds checks only under each host system', () => {
    expect(Object.keys(fleet.checks['aarch64-darwin']).sort()).toEqual([
      'arbor',
      'deploy-activate',
      'deploy-schema',
      'home-alice@mac-alice',
      'home-bob@mac-bob',
    ]);
    expect(Object.keys(fleet.checks['aarch64-linux'])).toEqual(['arbor']);
  });
});

describe('many-errors', () => {
  const model = loadModel('many-errors');

  it('reports every problem in one pass, in a stable order', () => {
    const actual = model.diagnostics.map((d): Expected => [d.code, d.file, d.line, d.column, d.host]);
    expect(actual).toEqual([
      ['unknown-dendrite', 'dendrites/base/meta.nix', 4, 3, null],
      ['unknown-field', 'dendrites/zfs/meta.nix', 7, 5, null],
      ['orphan-override', 'hosts/old-box/default.nix', 1, 1, null],
      ['unknown-field', H, 4, 5, 'box'],
      ['unknown-role', H, 5, 5, 'box'],
      ['invalid-fact', H, 11, 5, 'box'],
      ['missing-fact', H, 11, 5, 'box'],
      ['duplicate-port', H, 14, 7, 'box'],
      ['invalid-deploy-ref', H, 20, 7, 'box'],
      ['invalid-field', H, 21, 7, 'box'],
      ['unknown-field', H, 22, 7, 'box'],
      ['missing-fact', H, 25, 3, 'mac'],
      ['missing-fact', H, 25, 3, 'mac'],
      ['class-mismatch', H, 27, 5, 'mac'],
      ['invalid-deploy-ref', H, 30, 7, 'mac'],
      ['invalid-field', 'inventory/users.nix', 3, 5, null],
      ['unknown-home', 'inventory/users.nix', 4, 5, null],
    ]);
  });
});

it('goldens exist for every example', () => {
  for (const name of ['homelab', 'fleet', 'many-errors', ...brokenProjects.map((b) => `broken/${b}`)])
    expect(existsSync(join(here, 'expected', `${name}.json`)), name).toBe(true);
});
