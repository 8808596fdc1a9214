/**
 * What a project file is, for the editor: which of the contract's schemas its value follows
 * (`inventory/hosts.nix` is an attribute set of hosts, a dendrite's `meta.nix` one dendrite's
 * metadata), and which attribute paths in it name things of the model — `nas.roles` holds role
 * names, `nas.networks.<name>` is a network's name, the top-level names of `inventory/roles.nix`
 * declare roles. The schemas themselves are the contract's (generated/contract.ts, evaluated from
 * nix/lib/validation/contract.nix); only the meaning of the names is written here.
 */

import type { FieldSpec } from '$lib/arbor/contract-spec';
import { CONTRACT } from '$lib/arbor/generated/contract';

export type NameKind = 'host' | 'role' | 'user' | 'network' | 'dendrite' | 'fruit' | 'home';

export const NAME_KINDS: readonly NameKind[] = [
  'host',
  'role',
  'user',
  'network',
  'dendrite',
  'fruit',
  'home',
];

export type FileKind =
  'hosts' | 'users' | 'roles' | 'networks' | 'secrets' | 'dendrite-meta' | 'fruit-meta' | 'home-meta';

const attrsOf = (of: FieldSpec): FieldSpec => ({ type: 'attrsOf', of });

/** The value each kind of file holds. */
const ROOTS: Record<FileKind, FieldSpec> = {
  hosts: attrsOf(CONTRACT.host),
  users: attrsOf(CONTRACT.user),
  roles: attrsOf(CONTRACT.role),
  networks: attrsOf(CONTRACT.network),
  secrets: CONTRACT.secretsSettings,
  'dendrite-meta': CONTRACT.dendriteMeta,
  'fruit-meta': CONTRACT.fruitMeta,
  'home-meta': CONTRACT.homeMeta,
};

/** The kind of a project file, or null when it is none of the contract's. */
export function fileKind(path: string): FileKind | null {
  switch (path) {
    case 'inventory/hosts.nix':
      return 'hosts';
    case 'inventory/users.nix':
      return 'users';
    case 'inventory/roles.nix':
      return 'roles';
    case 'inventory/networks.nix':
      return 'networks';
    case 'inventory/secrets.nix':
      return 'secrets';
  }
  if (!path.endsWith('/meta.nix')) return null;
  // dendrites/<id>/meta.nix, nested as dendrites/<a>/dendrites/<b>/meta.nix.
  if (/^dendrites\/([^/_][^/]*\/dendrites\/)*[^/_][^/]*\/meta\.nix$/.test(path)) return 'dendrite-meta';
  if (/^fruits\/[^/_][^/]*\/meta\.nix$/.test(path)) return 'fruit-meta';
  if (/^homes\/[^/_][^/]*\/meta\.nix$/.test(path)) return 'home-meta';
  return null;
}

export function rootSpec(kind: FileKind): FieldSpec {
  return ROOTS[kind];
}

/** The spec of the value at `path` below `spec`, or null when the contract has none there. */
export function specAt(spec: FieldSpec, path: string[]): FieldSpec | null {
  let current: FieldSpec = spec;
  for (const name of path) {
    if (current.type === 'attrsOf') current = current.of;
    else if (current.type === 'submodule' && name in current.fields) current = current.fields[name];
    else return null;
  }
  return current;
}

/** `*` matches any one name. */
type Pattern = string[];

const matches = (pattern: Pattern, path: string[]) =>
  pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);

/** Paths whose strings (a list's elements, or the value) are names of the model. */
const VALUE_NAMES: Record<FileKind, Array<[Pattern, NameKind]>> = {
  hosts: [
    [['*', 'roles'], 'role'],
    [['*', 'users'], 'user'],
    [['*', 'dendrites'], 'dendrite'],
    [['*', 'fruits'], 'fruit'],
    [['*', 'deploy', 'network'], 'network'],
    [['*', 'bootstrap', 'network'], 'network'],
  ],
  users: [[['*', 'homes'], 'home']],
  roles: [
    [['*', 'dendrites'], 'dendrite'],
    [['*', 'fruits'], 'fruit'],
    [['*', 'homes'], 'home'],
  ],
  networks: [],
  secrets: [[['admins'], 'user']],
  'dendrite-meta': [
    [['requires'], 'dendrite'],
    [['conflicts'], 'dendrite'],
  ],
  // A fruit requires dendrites and checks for other fruits (docs/inventory.md).
  'fruit-meta': [
    [['requires'], 'dendrite'],
    [['conflicts'], 'dendrite'],
    [['fruits'], 'fruit'],
  ],
  'home-meta': [[['requires'], 'home']],
};

/** Attribute names that are names of the model: declarations, and a host's networks. */
const KEY_NAMES: Partial<Record<FileKind, Array<[Pattern, NameKind]>>> = {
  hosts: [
    [['*'], 'host'],
    [['*', 'networks', '*'], 'network'],
  ],
  users: [[['*'], 'user']],
  roles: [[['*'], 'role']],
  networks: [[['*'], 'network']],
};

/** The kind of name a string at `path` holds (`nas.roles` → role). */
export function valueNameKind(kind: FileKind, path: string[]): NameKind | null {
  return VALUE_NAMES[kind].find(([pattern]) => matches(pattern, path))?.[1] ?? null;
}

/** The kind of name the attribute at `path` is (`nas` in hosts.nix → host, `nas.networks.lan` → network). */
export function keyNameKind(kind: FileKind, path: string[]): NameKind | null {
  return KEY_NAMES[kind]?.find(([pattern]) => matches(pattern, path))?.[1] ?? null;
}

/** Whether the attribute at `path` declares the name (the top-level names of inventory files). */
export function declares(kind: FileKind, path: string[]): boolean {
  return path.length === 1 && kind !== 'secrets' && kind in KEY_NAMES;
}
