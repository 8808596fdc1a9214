/**
 * A provisional layout, computed at once on the page's thread, for the graph's first drawing:
 * the same layers as the ELK layout, in the same direction (overrides, hosts, what hosts pick,
 * what those bring in, `requires` chains further on), in the same order (`layerOrder`), with curved
 * edges. ELK's layout (which routes the edges and spaces the nodes) replaces it as soon as ELK has
 * loaded, so a cold page shows an interactive graph without waiting for it, and nothing swaps
 * places when ELK arrives.
 */

import type { GraphEdge, GraphNode } from '$lib/arbor/types';
import { directionFor, layoutKey, NODE_HEIGHT, nodeWidth, type GraphLayout } from './graph-layout';
import { drawableEdges, layerOrder } from './layers';

const LAYER_GAP = 40;
const NODE_GAP = 12;
const PADDING = 20;

export function quickLayout(nodes: GraphNode[], edges: GraphEdge[]): GraphLayout {
  const drawable = drawableEdges(nodes, edges);
  const down = directionFor(nodes) === 'DOWN';
  const placed: GraphLayout['nodes'] = [];
  // `layerAt` runs along the direction of the edges, `offset` across it.
  let layerAt = PADDING;
  let extent = 0;
  for (const list of layerOrder(nodes, edges)) {
    let offset = PADDING;
    for (const node of list) {
      const width = nodeWidth(node);
      placed.push(
        down
          ? { node, x: offset, y: layerAt, width, height: NODE_HEIGHT }
          : { node, x: layerAt, y: offset, width, height: NODE_HEIGHT },
      );
      offset += (down ? width : NODE_HEIGHT) + NODE_GAP;
    }
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
