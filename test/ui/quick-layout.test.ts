// The provisional graph layout: every node placed once, layers in assembly order, no overlaps.
import { describe, expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { layerOrder } from '../../src/lib/ui/graph/layers';
import { quickLayout } from '../../src/lib/ui/graph/quick-layout';

describe('quick layout', () => {
  const { model } = evaluateProject(EXAMPLES.homelab);
  const layout = quickLayout(model!.graph.nodes, model!.graph.edges);

  test('places every node once and draws every edge', () => {
    expect(layout.nodes.map((n) => n.node.id).sort()).toEqual(model!.graph.nodes.map((n) => n.id).sort());
    expect(layout.edges.length).toBe(model!.graph.edges.length);
  });

  test('hosts come before what they select, required units after their dependents', () => {
    const y = new Map(layout.nodes.map((p) => [p.node.id, p.y])); // homelab is laid out top-down
    expect(y.get('host:nas')!).toBeLessThan(y.get('role:server')!);
    expect(y.get('dendrite:storage/zfs')!).toBeLessThan(y.get('dendrite:storage')!);
    expect(y.get('dendrite:storage')!).toBeLessThan(y.get('dendrite:base')!);
  });

  test('no two nodes overlap', () => {
    const boxes = layout.nodes;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.node.id} overlaps ${b.node.id}`).toBe(true);
      }
  });
});

describe('layer order', () => {
  const { model } = evaluateProject(EXAMPLES.fleet);
  const layout = quickLayout(model!.graph.nodes, model!.graph.edges);

  test('hosts are drawn in name order', () => {
    const hosts = layout.nodes.filter((p) => p.node.kind === 'host');
    const across = (p: (typeof hosts)[number]) => p.x + p.y; // one of x, y is the layer's
    const drawn = [...hosts].sort((a, b) => across(a) - across(b)).map((p) => p.node.name);
    expect(drawn).toEqual(hosts.map((p) => p.node.name).sort());
    expect(drawn.length).toBeGreaterThan(3);
  });

  test('ELK is given the same order (children listed layer by layer, as drawn)', () => {
    const order = layerOrder(model!.graph.nodes, model!.graph.edges).flat();
    expect(order.map((n) => n.id).sort()).toEqual(model!.graph.nodes.map((n) => n.id).sort());
    const drawnHosts = order.filter((n) => n.kind === 'host').map((n) => n.name);
    expect(drawnHosts).toEqual([...drawnHosts].sort());
  });
});
