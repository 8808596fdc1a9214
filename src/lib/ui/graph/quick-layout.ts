/**
 * A provisional layout, computed at once on the page's thread, for the graph's first drawing:
 * the same layers as the ELK layout, in the same direction (overrides, hosts, what hosts pick,
 * what those bring in, `requires` chains further on), nodes in each layer in the order of their
 * first neighbour in an earlier layer, and curved edges. ELK's layout (which also minimises crossings) replaces
 * it as soon as ELK has loaded, so a cold page shows an interactive graph without waiting for it.
 */

import type { GraphEdge, GraphNode } from '$lib/arbor/types';
import {
  directionFor,
  edgeId,
  layoutKey,
  NODE_HEIGHT,
  nodeWidth,
  PARTITION,
  type GraphLayout,
} from './graph-layout';

const LAYER_GAP = 40;
const NODE_GAP = 12;
const PADDING = 20;

export function quickLayout(nodes: GraphNode[], edges: GraphEdge[]): GraphLayout {
  const known = new Map(nodes.map((n) => [n.id, n]));
  const drawable = edges
    .map((edge, index) => ({ edge, id: edgeId(edge, index) }))
    .filter(({ edge }) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);

  // Columns: a unit required by another sits one column right of it (longest chain wins).
  const column = new Map(nodes.map((n) => [n.id, PARTITION[n.kind] ?? 3]));
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

  const down = directionFor(nodes) === 'DOWN';
  const columns: GraphNode[][] = [];
  for (const node of nodes) (columns[column.get(node.id)!] ??= []).push(node);
  const order = new Map<string, number>();
  const placed: GraphLayout['nodes'] = [];
  // `layerAt` runs along the direction of the edges, `offset` across it.
  let layerAt = PADDING;
  let extent = 0;
  for (const list of columns) {
    if (!list) continue;
    // Order by the first neighbour already placed in an earlier layer, so edges run roughly level.
    const anchor = (node: GraphNode) => {
      const before = drawable
        .filter(({ edge }) => edge.to === node.id && order.has(edge.from))
        .map(({ edge }) => order.get(edge.from)!);
      return before.length > 0 ? Math.min(...before) : Number.MAX_SAFE_INTEGER;
    };
    const ordered = list
      .map((node, i) => ({ node, key: anchor(node), i }))
      .sort((a, b) => a.key - b.key || a.i - b.i);
    let offset = PADDING;
    ordered.forEach(({ node }, i) => {
      order.set(node.id, i);
      const width = nodeWidth(node);
      placed.push(
        down
          ? { node, x: offset, y: layerAt, width, height: NODE_HEIGHT }
          : { node, x: layerAt, y: offset, width, height: NODE_HEIGHT },
      );
      offset += (down ? width : NODE_HEIGHT) + NODE_GAP;
    });
    extent = Math.max(extent, offset - NODE_GAP + PADDING);
    layerAt += (down ? NODE_HEIGHT : Math.max(...list.map(nodeWidth))) + LAYER_GAP;
  }
  const length = layerAt - LAYER_GAP + PADDING;

  const at = new Map(placed.map((p) => [p.node.id, p]));
  return {
    key: layoutKey(nodes, edges),
    width: down ? extent : length,
    height: down ? length : extent,
    nodes: placed,
    edges: drawable.map(({ edge, id }) => {
      const from = at.get(edge.from)!;
      const to = at.get(edge.to)!;
      if (down) {
        const [x1, y1, x2, y2] = [from.x + from.width / 2, from.y + NODE_HEIGHT, to.x + to.width / 2, to.y];
        const bend = Math.max(16, Math.abs(y2 - y1) / 2);
        return { edge, id, path: `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}` };
      }
      const [x1, y1, x2, y2] = [from.x + from.width, from.y + NODE_HEIGHT / 2, to.x, to.y + NODE_HEIGHT / 2];
      const bend = Math.max(20, Math.abs(x2 - x1) / 2);
      return { edge, id, path: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` };
    }),
  };
}
