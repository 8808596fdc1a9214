// What both template-flake tests assert (with the real flake-parts and import-tree in
// template.test.ts, with stand-ins in template-stand-in.oracle.test.ts): the template evaluated
// as a real flake by the oracle's `nix`, summarised by check-template.sh.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

export type TemplateSummary = Record<string, unknown>;

/** Runs check-template.sh for an example; `inputs` is `['stand-in']` or the three checkouts. */
export function evalTemplate(example: string, inputs: string[]): TemplateSummary {
  const out = execFileSync(join(__dirname, 'check-template.sh'), [example, ...inputs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as TemplateSummary;
}

/** The checks every variant must pass. */
export function templateChecks(evaluate: (example: string) => TemplateSummary): void {
  it('evaluates the homelab outputs', () => {
    const out = evaluate('homelab');
    expect(out.nixosConfigurations).toEqual({
      nas: 'nixpkgs.lib.nixosSystem',
      workstation: 'nixpkgs.lib.nixosSystem',
    });
    expect(out.colmena).toEqual(['meta', 'nas', 'workstation']);
    expect(out.deploy).toEqual({ nas: '10.0.0.5' });
    expect((out.checks as Record<string, string[]>)['x86_64-linux']).toContain('arbor');
  });

  it('evaluates the fleet outputs, darwin included', () => {
    const out = evaluate('fleet');
    expect(out.darwinConfigurations).toEqual(['mac-alice', 'mac-bob']);
    expect(out.homeConfigurations).toEqual(['alice@mac-alice', 'bob@mac-bob']);
    expect((out.modules as Record<string, string[]>).generic).toEqual(['common']);
  });

  it("wires every host's secrets into its generated module (homelab-secrets, sops-nix)", () => {
    const out = evaluate('homelab-secrets');
    const hosts = out.hostModules as Record<string, Record<string, unknown>>;
    expect(Object.keys(hosts).sort()).toEqual(['nas', 'workstation']);
    for (const host of Object.values(hosts)) {
      expect(host.class).toBe('nixos');
      expect(host.imports).toEqual(['sops-nix.nixosModules.sops']);
    }
    expect(hosts.nas.sops).toEqual({
      age: { sshKeyPaths: ['/etc/ssh/ssh_host_ed25519_key'] },
      secrets: {
        'bacula/director-password': {
          sopsFile: 'secrets/nas.yaml',
          key: 'bacula/director-password',
          mode: '0440',
          owner: 'bacula',
          group: 'bacula',
        },
        'smtp/relay-password': { sopsFile: 'secrets/shared.yaml', key: 'smtp/relay-password', mode: '0400' },
        'yggdrasil/private-key': { sopsFile: 'secrets/nas.yaml', key: 'yggdrasil/private-key', mode: '0400' },
      },
    });
    expect(hosts.workstation.sops).toEqual({
      age: { keyFile: '/var/lib/sops-nix/key.txt' },
      secrets: {
        'smtp/relay-password': { sopsFile: 'secrets/shared.yaml', key: 'smtp/relay-password', mode: '0400' },
        'yggdrasil/private-key': {
          sopsFile: 'secrets/workstation.yaml',
          key: 'yggdrasil/private-key',
          mode: '0400',
        },
      },
    });
    // alice's git home needs a secret: Home Manager's sops-nix module; bob's homes do not.
    const homes = out.homeModules as Record<string, Record<string, unknown>>;
    expect(homes['alice@nas']).toEqual({
      class: 'homeManager',
      imports: ['sops-nix.homeManagerModules.sops'],
    });
    expect(homes['bob@workstation']).toEqual({ class: 'homeManager', imports: [] });
    // Hosts without secrets get no sops-nix (homelab), and deploy-rs' checks are opt-in.
    const plain = evaluate('homelab').hostModules as Record<string, Record<string, unknown>>;
    expect(plain.nas.imports).toEqual([]);
    expect(plain.nas.sops).toBeNull();
    expect((out.checks as Record<string, string[]>)['x86_64-linux']).not.toContain('deploy-activate');
  });

  it("wires every host's agenix secrets into its generated module (agenix-web)", () => {
    const hosts = evaluate('agenix-web').hostModules as Record<string, Record<string, unknown>>;
    expect(hosts.web1.imports).toEqual(['agenix.nixosModules.default']);
    expect(hosts.web1.age).toEqual({
      identityPaths: ['/etc/ssh/ssh_host_ed25519_key'],
      secrets: {
        'tls/key': { file: 'tls/key.age', mode: '0440', owner: 'nginx', group: 'nginx' },
        'smtp/relay-password': { file: 'smtp/relay-password.age', mode: '0400' },
      },
    });
    expect(hosts.db1.age).toMatchObject({ identityPaths: ['/var/lib/agenix/key.txt'] });
    expect(hosts.db1.sops).toBeNull();
  });

  it('configures comin on hosts that pull their configuration (fleet gateway)', () => {
    const hosts = evaluate('fleet').hostModules as Record<string, Record<string, unknown>>;
    expect(hosts.gateway.imports).toEqual(['comin.nixosModules.comin']);
    expect(hosts.gateway.comin).toEqual({
      enable: true,
      hostname: 'gateway',
      remotes: [
        {
          name: 'origin',
          url: 'https://git.example.com/ops/fleet.git',
          branches: { main: { name: 'main' } },
        },
      ],
    });
  });

  it('fails with the formatted diagnostics on a broken project', () => {
    expect(() => evaluate('broken/unknown-role')).toThrow(
      /inventory\/hosts\.nix:3:5: unknown-role: host box refers to role "sever"/,
    );
  });
}
