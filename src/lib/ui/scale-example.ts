/**
 * `fleet-50`: the `fleet` example grown to 50 hosts (web, database, builder and monitoring
 * servers, plus laptops), generated rather than stored. It exists to show that the graph stays
 * readable and evaluation stays fast at the size of a real fleet; the benchmark edits it.
 */

import type { ProjectFiles } from '$lib/arbor/types';

const SERVER_KINDS = [
  { prefix: 'web', role: 'web', count: 18, ports: 'http = [ 80 443 ];', tag: 'web' },
  { prefix: 'db', role: 'database', count: 10, ports: 'postgres = 5432;', tag: 'db' },
  { prefix: 'build', role: 'builder', count: 8, ports: '', tag: 'ci' },
  {
    prefix: 'mon',
    role: 'monitoring',
    count: 4,
    ports: 'prometheus = 9090; grafana = 3000;',
    tag: 'monitoring',
  },
] as const;
const LAPTOPS = 10;

/** A deterministic 43-character base64 string ending in `=`, shaped like a WireGuard key. */
function wireguardKey(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let state = Math.imul(seed + 1, 2654435761) >>> 0;
  let key = '';
  for (let i = 0; i < 43; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    key += alphabet[state >>> 26];
  }
  return `${key}=`;
}

function serverHost(name: string, role: string, index: number, ports: string, tag: string): string {
  const databases = role === 'database' ? '\n    facts.postgres.databases = [ "app" ];' : '';
  return `  ${name} = server // {
    roles = [ "server" "${role}" ];
    networks.dc.address = "10.1.${Math.floor(index / 200)}.${(index % 200) + 10}";
    networks.wg.address = "10.100.${Math.floor(index / 200)}.${(index % 200) + 10}";
    facts.wireguard = { publicKey = "${wireguardKey(index)}"; listenPort = 51820; };${databases}
    ports = { ssh = 22; wireguard = 51820; ${ports} };
    deploy = { network = "dc"; tags = [ "${tag}" ]; };
  };`;
}

function laptopHost(index: number): string {
  const user = index % 2 === 0 ? 'alice' : 'bob';
  return `  mac${index + 1} = {
    system = "aarch64-darwin";
    roles = [ "laptop" ];
    users = [ "${user}" ];
    networks.tailnet.address = "100.64.0.${index + 20}";
  };`;
}

export function scaleHostsFile(): string {
  const hosts: string[] = [];
  let index = 0;
  for (const kind of SERVER_KINDS) {
    for (let n = 1; n <= kind.count; n++) {
      hosts.push(serverHost(`${kind.prefix}${n}`, kind.role, index++, kind.ports, kind.tag));
    }
  }
  for (let n = 0; n < LAPTOPS; n++) hosts.push(laptopHost(n));
  return `# fleet-50: the fleet example at the size of a real fleet (generated).
let
  server = {
    system = "x86_64-linux";
    users = [ "ops" ];
  };
in
{
${hosts.join('\n')}
}
`;
}

/** The fleet example with its hosts replaced by 50 generated ones (its overrides kept valid). */
export function scaleExample(fleet: ProjectFiles): ProjectFiles {
  const files: ProjectFiles = {};
  for (const [path, text] of Object.entries(fleet)) {
    // fleet's per-host overrides name hosts (web1, db1, web2) that fleet-50 also has; its disko
    // files are only referenced by bootstrap, which the generated hosts do not use.
    files[path] = text;
  }
  files['inventory/hosts.nix'] = scaleHostsFile();
  return files;
}
