/**
 * Lays the module graph out with ELK's layered algorithm, in ELK's own web worker (loaded lazily:
 * ELK is large, and the page must not wait for it). Columns follow the assembly, left to right:
 * overrides, hosts, then what hosts pick (roles, users, networks), then what those bring in
 * (dendrites, fruits, homes, with `requires` chains spreading further right). Within a layer the
 * nodes keep the provisional layout's order (quick-layout.ts): hosts sorted by name.
 *
 * A layout depends only on the graph's structure, so it is cached by a key of node and edge
 * identities: an edit that changes no declaration reuses the previous layout instantly.
 */

import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphEdge, GraphNode } from '$lib/arbor/types';
import { drawableEdges, layerOrder, nodeLabel, PARTITION } from './layers';

export { edgeId } from './layers';

export interface PlacedNode {
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  edge: GraphEdge;
  id: string;
  path: string;
}

export interface GraphLayout {
  key: string;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const NODE_HEIGHT = 26;

export type Direction = 'RIGHT' | 'DOWN';

/**
 * Small fleets read best top-down (the layers fit the panel's width); a large one left to right,
 * its hosts a column to scroll, like a list.
 */
export function directionFor(nodes: GraphNode[]): Direction {
  return nodes.filter((n) => n.kind === 'host').length <= 12 ? 'DOWN' : 'RIGHT';
}

export function nodeWidth(node: GraphNode): number {
  return Math.max(64, Math.round(nodeLabel(node).length * 7.2 + 28));
}

export function layoutKey(nodes: GraphNode[], edges: GraphEdge[]): string {
  return JSON.stringify([nodes.map((n) => n.id), edges.map((e) => [e.from, e.to, e.type])]);
}

let elkPromise: Promise<ElkApi> | null = null;

/** Starts loading ELK (and its worker) now, so it is ready when the first model arrives. */
export function loadElk(): Promise<ElkApi> {
  elkPromise ??= Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]).then(([api, worker]) => {
    const ELK = (api.default ?? api) as unknown as new (options: object) => ElkApi;
    const elk = new ELK({ workerFactory: () => new Worker(worker.default) });
    // A tiny layout makes the worker load and compile ELK while the evaluator runs.
    void elk.layout({ id: 'warm-up', children: [{ id: 'a', width: 1, height: 1 }] });
    return elk;
  });
  return elkPromise;
}

function pathOf(section: {
  startPoint: { x: number; y: number };
  endPoint: { x: number; y: number };
  bendPoints?: { x: number; y: number }[];
}): string {
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export async function layoutGraph(nodes: GraphNode[], edges: GraphEdge[]): Promise<GraphLayout> {
  const elk = await loadElk();
  const drawable = drawableEdges(nodes, edges);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': directionFor(nodes),
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': directionFor(nodes) === 'DOWN' ? '36' : '45',
      'elk.spacing.nodeNode': directionFor(nodes) === 'DOWN' ? '14' : '10',
      'elk.spacing.edgeNode': '8',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      // The order of the provisional layout (hosts by name, the rest by their neighbours), kept.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
      'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
      // One drawing, not one per connected component, so the order holds across all of them.
      'elk.separateConnectedComponents': 'false',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: layerOrder(nodes, edges)
      .flat()
      .map((node) => ({
        id: node.id,
        width: nodeWidth(node),
        height: NODE_HEIGHT,
        layoutOptions: { 'elk.partitioning.partition': String(PARTITION[node.kind] ?? 3) },
      })),
    edges: drawable.map(({ edge, id }) => ({ id, sources: [edge.from], targets: [edge.to] })),
  };
  const result = await elk.layout(graph);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edgeById = new Map(drawable.map((d) => [d.id, d.edge]));
  return {
    key: layoutKey(nodes, edges),
    width: result.width ?? 0,
    height: result.height ?? 0,
    nodes: (result.children ?? []).map((child) => ({
      node: byId.get(child.id)!,
      x: child.x ?? 0,
      y: child.y ?? 0,
      width: child.width ?? 0,
      height: child.height ?? NODE_HEIGHT,
    })),
    edges: (result.edges ?? []).flatMap((e) => {
      const edge = edgeById.get(e.id);
      const section = e.sections?.[0];
      return edge && section ? [{ edge, id: e.id, path: pathOf(section) }] : [];
    }),
  };
}
