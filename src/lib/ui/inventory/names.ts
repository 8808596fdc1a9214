/**
 * The names a project's model knows — its hosts, roles, users, networks, dendrites, fruits and
 * homes — each with its description, where it is declared (the graph node's position: the
 * attribute in inventory/, or the meta.nix) and the hosts that use it. Read from the model the
 * workspace holds (the newest that evaluated), so the names stay while a file is half-typed.
 */

import type { Model } from '$lib/arbor/types';
import type { NameKind } from './schema';

export interface NamedThing {
  kind: NameKind;
  name: string;
  description: string | null;
  file: string;
  line: number;
  column: number;
}

const KINDS = new Set<string>(['host', 'role', 'user', 'network', 'dendrite', 'fruit', 'home']);

/** Every name of `kind` the model has, in the model's order. */
export function namesOf(model: Model | null, kind: NameKind): NamedThing[] {
  if (!model) return [];
  return model.graph.nodes
    .filter((node) => node.kind === kind)
    .map((node) => ({
      kind,
      name: node.name,
      description: node.description,
      file: node.file,
      line: node.line,
      column: node.column,
    }));
}

export function findName(model: Model | null, kind: NameKind, name: string): NamedThing | null {
  const node = model?.graph.nodes.find((n) => n.kind === kind && n.name === name && KINDS.has(n.kind));
  return node
    ? {
        kind,
        name,
        description: node.description,
        file: node.file,
        line: node.line,
        column: node.column,
      }
    : null;
}

/** The hosts that use a name: have the role or user, select the dendrite or fruit (directly or not), … */
export function hostsUsing(model: Model | null, kind: NameKind, name: string): string[] {
  if (!model) return [];
  const hosts = Object.values(model.hosts);
  switch (kind) {
    case 'host':
      return name in model.hosts ? [name] : [];
    case 'role':
      return hosts.filter((h) => h.roles.includes(name)).map((h) => h.name);
    case 'user':
      return hosts.filter((h) => h.users.includes(name)).map((h) => h.name);
    case 'network':
      return hosts.filter((h) => name in h.networks).map((h) => h.name);
    case 'dendrite':
      return hosts.filter((h) => h.dendrites.some((d) => d.id === name)).map((h) => h.name);
    case 'fruit':
      return hosts.filter((h) => h.fruits.some((f) => f.id === name)).map((h) => h.name);
    case 'home': {
      const users = Object.values(model.homes).filter((home) => home.homes.some((s) => s.id === name));
      return [...new Set(users.map((home) => home.host))];
    }
  }
}
