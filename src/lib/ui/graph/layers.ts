/**
 * The layers of the module graph and the order of the nodes in each, shared by the provisional
 * layout (quick-layout.ts) and ELK's (graph-layout.ts), so both draw the same order.
 */

import type { GraphEdge, GraphNode, NodeKind } from '$lib/arbor/types';

/** A node's label: an override is drawn as its folder, so it is not mistaken for its host. */
export function nodeLabel(node: GraphNode): string {
  return node.kind === 'override' ? `hosts/${node.name}/` : node.name;
}

export function edgeId(edge: GraphEdge, index: number): string {
  return `${edge.from}|${edge.type}|${edge.to}|${index}`;
}

/** The edges that can be drawn (both ends among `nodes`, not a loop), each with its id. */
export function drawableEdges(nodes: GraphNode[], edges: GraphEdge[]): { edge: GraphEdge; id: string }[] {
  const known = new Set(nodes.map((n) => n.id));
  return edges
    .map((edge, index) => ({ edge, id: edgeId(edge, index) }))
    .filter(({ edge }) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);
}

/** Layer of each kind of node, top to bottom (ELK's partitions, and the quick layout's columns). */
export const PARTITION: Record<NodeKind, number> = {
  override: 0,
  host: 1,
  role: 2,
  user: 2,
  network: 2,
  dendrite: 3,
  fruit: 3,
  home: 3,
  secret: 4,
};

/**
 * The layers of the graph and the order of the nodes in each: a unit required by another sits one
 * layer after it (the longest chain wins); overrides and hosts are in name order, and every later
 * node follows the mean position of its neighbours in earlier layers (ties by name), so edges run
 * roughly level. ELK's layout keeps this order, so nodes do not swap places when it arrives.
 */
export function layerOrder(nodes: GraphNode[], edges: GraphEdge[]): GraphNode[][] {
  const drawable = drawableEdges(nodes, edges).map(({ edge }) => edge);
  const layer = new Map(nodes.map((n) => [n.id, PARTITION[n.kind] ?? 3]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const edge of drawable) {
      if (edge.type !== 'requires') continue;
      const wanted = layer.get(edge.from)! + 1;
      if (wanted > layer.get(edge.to)! && wanted < 3 + nodes.length) {
        layer.set(edge.to, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const layers: GraphNode[][] = [];
  for (const node of nodes) (layers[layer.get(node.id)!] ??= []).push(node);
  const byName = (a: GraphNode, b: GraphNode) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const order = new Map<string, number>();
  const sources = new Map<string, string[]>();
  for (const edge of drawable)
    (sources.get(edge.to) ?? sources.set(edge.to, []).get(edge.to)!).push(edge.from);
  const result: GraphNode[][] = [];
  for (const list of layers) {
    if (!list) continue;
    const mean = (node: GraphNode) => {
      const before = (sources.get(node.id) ?? []).flatMap((id) => order.get(id) ?? []);
      return before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : Infinity;
    };
    const first = list[0].kind === 'override' || list[0].kind === 'host';
    const keyed = list.map((node) => ({ node, key: first ? 0 : mean(node) }));
    keyed.sort((a, b) => a.key - b.key || byName(a.node, b.node));
    keyed.forEach(({ node }, i) => order.set(node.id, i));
    result.push(keyed.map(({ node }) => node));
  }
  return result;
}
