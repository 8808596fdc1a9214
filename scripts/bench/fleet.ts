/**
 * Generates a synthetic fleet of N hosts for benchmarks: 20 dendrites in requires chains, five
 * roles, two networks (a LAN and a WireGuard overlay), ports, facts, deployment settings.
 */

import type { ProjectFiles } from '../../src/lib/arbor/types';

export function generateFleet(hosts: number): ProjectFiles {
  const files: ProjectFiles = {};
  const dendrites: string[] = [];
  for (let i = 0; i < 20; i++) {
    const id = i < 10 ? `d${i}` : `group/d${i}`;
    dendrites.push(id);
    const dir = i < 10 ? `dendrites/d${i}` : `dendrites/group/dendrites/d${i}`;
    // Chains of requires: d1 → d0, d2 → d1, …, plus every fifth needs a fact.
    const requires = i % 5 === 0 ? [] : [dendrites[i - 1]];
    const facts = i % 5 === 4 ? `\n  facts."tier" = { type = "string"; oneOf = [ "gold" "silver" ]; };` : '';
    files[`${dir}/meta.nix`] =
      `{\n  description = "Capability ${i}";\n  class = "nixos";\n  requires = [ ${requires.map((r) => `"${r}"`).join(' ')} ];${facts}\n}\n`;
    files[`${dir}/default.nix`] = `{ host, ... }:\n{\n  environment.etc."arbor-d${i}".text = host.name;\n}\n`;
  }
  files['dendrites/group/meta.nix'] =
    '{\n  description = "A group of capabilities";\n  class = "nixos";\n}\n';
  const roles = ['web', 'db', 'cache', 'worker', 'edge'];
  files['inventory/roles.nix'] =
    '{\n' +
    roles
      .map(
        (role, r) =>
          `  ${role} = {\n    dendrites = [ "${dendrites[(r * 4 + 4) % 20]}" "${dendrites[(r * 4 + 9) % 20]}" ];\n  };\n`,
      )
      .join('') +
    '}\n';
  files['inventory/users.nix'] = '{\n  ops = {\n    uid = 1000;\n    groups = [ "wheel" ];\n  };\n}\n';
  files['inventory/networks.nix'] =
    '{\n  lan = {\n    kind = "lan";\n    cidr = "10.0.0.0/16";\n  };\n  wg = {\n    kind = "wireguard";\n  };\n}\n';
  let hostsNix = '{\n';
  for (let h = 0; h < hosts; h++) {
    const a = Math.floor(h / 250);
    const b = (h % 250) + 1;
    hostsNix += `  host${h} = {
    roles = [ "${roles[h % 5]}" "${roles[(h + 2) % 5]}" ];
    users = [ "ops" ];
    networks.lan.address = "10.0.${a}.${b}";
    networks.wg.address = "10.100.${a}.${b}";
    facts.tier = "${h % 2 ? 'gold' : 'silver'}";
    ports = { ssh = 22; http = [ 80 443 ]; metrics = ${9000 + (h % 100)}; };
    deploy = { network = "lan"; tags = [ "${roles[h % 5]}" ]; };
  };
`;
  }
  files['inventory/hosts.nix'] = hostsNix + '}\n';
  return files;
}
