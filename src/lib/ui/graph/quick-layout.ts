/**
 * A provisional layout, computed at once on the page's thread, for the graph's first drawing:
 * the same columns as the ELK layout (overrides, hosts, what hosts pick, what those bring in,
 * `requires` chains further right), nodes stacked in each column in the order of their first
 * neighbour to the left, and curved edges. ELK's layout (which also minimises crossings) replaces
 * it as soon as ELK has loaded, so a cold page shows an interactive graph without waiting for it.
 */

import type { GraphEdge, GraphNode, NodeKind } from '$lib/arbor/types';
import { edgeId, layoutKey, NODE_HEIGHT, nodeWidth, type GraphLayout } from './graph-layout';

const BASE_COLUMN: Record<NodeKind, number> = {
  override: 0,
  host: 1,
  role: 2,
  user: 2,
  network: 2,
  dendrite: 3,
  fruit: 3,
  home: 3,
};

const COLUMN_GAP = 45;
const ROW_GAP = 10;
const PADDING = 20;

export function quickLayout(nodes: GraphNode[], edges: GraphEdge[]): GraphLayout {
  const known = new Map(nodes.map((n) => [n.id, n]));
  const drawable = edges
    .map((edge, index) => ({ edge, id: edgeId(edge, index) }))
    .filter(({ edge }) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);

  // Columns: a unit required by another sits one column right of it (longest chain wins).
  const column = new Map(nodes.map((n) => [n.id, BASE_COLUMN[n.kind] ?? 3]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const { edge } of drawable) {
      if (edge.type !== 'requires') continue;
      const wanted = column.get(edge.from)! + 1;
      if (wanted > column.get(edge.to)! && wanted < 3 + nodes.length) {
        column.set(edge.to, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }

  const columns: GraphNode[][] = [];
  for (const node of nodes) (columns[column.get(node.id)!] ??= []).push(node);
  const row = new Map<string, number>();
  const placed: GraphLayout['nodes'] = [];
  let x = PADDING;
  let height = 0;
  for (const list of columns) {
    if (!list) continue;
    // Order by the first neighbour already placed to the left, so edges run roughly level.
    const anchor = (node: GraphNode) => {
      const rows = drawable.filter(({ edge }) => edge.to === node.id && row.has(edge.from)).map(({ edge }) => row.get(edge.from)!);
      return rows.length > 0 ? Math.min(...rows) : Number.MAX_SAFE_INTEGER;
    };
    const ordered = list.map((node, i) => ({ node, key: anchor(node), i })).sort((a, b) => a.key - b.key || a.i - b.i);
    const width = Math.max(...list.map(nodeWidth));
    ordered.forEach(({ node }, i) => {
      row.set(node.id, i);
      const y = PADDING + i * (NODE_HEIGHT + ROW_GAP);
      placed.push({ node, x, y, width: nodeWidth(node), height: NODE_HEIGHT });
      height = Math.max(height, y + NODE_HEIGHT + PADDING);
    });
    x += width + COLUMN_GAP;
  }

  const at = new Map(placed.map((p) => [p.node.id, p]));
  return {
    key: layoutKey(nodes, edges),
    width: x - COLUMN_GAP + PADDING,
    height,
    nodes: placed,
    edges: drawable.map(({ edge, id }) => {
      const from = at.get(edge.from)!;
      const to = at.get(edge.to)!;
      const x1 = from.x + from.width;
      const y1 = from.y + NODE_HEIGHT / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_HEIGHT / 2;
      const bend = Math.max(20, Math.abs(x2 - x1) / 2);
      return { edge, id, path: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` };
    }),
  };
}
