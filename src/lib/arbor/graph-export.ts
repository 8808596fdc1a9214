/** The module graph as Graphviz DOT or a Mermaid flowchart (`arbor graph --format dot|mermaid`). */

import type { Model } from './types';

const SHAPES: Record<string, string> = {
  host: 'box3d',
  role: 'hexagon',
  user: 'ellipse',
  network: 'diamond',
  dendrite: 'box',
  fruit: 'component',
  home: 'house',
  override: 'note',
};

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function graphToDot(graph: Model['graph']): string {
  const lines = ['digraph arbor {', '  rankdir=LR;', '  node [fontname="sans-serif"];'];
  for (const node of graph.nodes) {
    lines.push(
      `  ${quote(node.id)} [label=${quote(`${node.kind}\\n${node.name}`)}, shape=${SHAPES[node.kind] ?? 'box'}];`,
    );
  }
  for (const edge of graph.edges) {
    const style = edge.type === 'conflicts' ? ', style=dashed, color=red' : '';
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [label=${quote(edge.type)}${style}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function graphToMermaid(graph: Model['graph']): string {
  const ids = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const label = (s: string) => s.replace(/"/g, '#quot;');
  const lines = ['flowchart LR'];
  for (const node of graph.nodes)
    lines.push(`  ${ids.get(node.id)}["${label(`${node.kind}: ${node.name}`)}"]`);
  for (const edge of graph.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from && to) lines.push(`  ${from} -->|${edge.type}| ${to}`);
  }
  return lines.join('\n') + '\n';
}
