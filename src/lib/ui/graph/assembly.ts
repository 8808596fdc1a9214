/**
 * A host's assembly in the graph: every node that contributes to it (its roles, users, networks,
 * the dendrites and fruits it resolved to, its users' homes, its override), and how a node or
 * edge came to be there, in words, for the graph's tooltips.
 */

import type { GraphEdge, GraphNode, Model } from '$lib/arbor/types';

export function assemblyOf(model: Model, host: string): Set<string> {
  const h = model.hosts[host];
  const ids = new Set<string>([`host:${host}`]);
  if (!h) return ids;
  for (const role of h.roles) ids.add(`role:${role}`);
  for (const user of h.users) ids.add(`user:${user}`);
  for (const network of Object.keys(h.networks)) ids.add(`network:${network}`);
  for (const d of h.dendrites) ids.add(`dendrite:${d.id}`);
  for (const f of h.fruits) ids.add(`fruit:${f.id}`);
  for (const key of h.homes) for (const home of model.homes[key]?.homes ?? []) ids.add(`home:${home.id}`);
  for (const edge of model.graph.edges)
    if (edge.type === 'overrides' && edge.to === `host:${host}`) ids.add(edge.from);
  return ids;
}

export function position(p: { file: string; line: number; column: number }): string {
  return p.file ? `${p.file}:${p.line}:${p.column}` : '';
}

const EDGE_VERBS: Record<GraphEdge['type'], string> = {
  'has-role': 'has the role',
  selects: 'selects',
  requires: 'requires',
  conflicts: 'conflicts with',
  'member-of': 'is a member of',
  'uses-home': 'uses the home',
  overrides: 'overrides',
  'needs-secret': 'needs the secret',
};

function label(id: string): string {
  const colon = id.indexOf(':');
  return `${id.slice(0, colon)} ${id.slice(colon + 1)}`;
}

export function describeEdge(edge: GraphEdge): string {
  return `${label(edge.from)} ${EDGE_VERBS[edge.type]} ${label(edge.to)}`;
}

/** Why a node is in the selected host's assembly: the reasons Arbor recorded, if any. */
export function reasonsFor(model: Model, host: string | null, node: GraphNode): string[] {
  const h = host ? model.hosts[host] : null;
  if (!h) return [];
  if (node.kind === 'dendrite') return h.dendrites.find((d) => d.id === node.name)?.reasons ?? [];
  if (node.kind === 'fruit') return h.fruits.find((f) => f.id === node.name)?.reasons ?? [];
  if (node.kind === 'home') {
    return h.homes.flatMap((key) => model.homes[key]?.homes.find((x) => x.id === node.name)?.reasons ?? []);
  }
  return [];
}
