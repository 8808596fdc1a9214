/**
 * The module graph, exported from the playground: the drawing as SVG or PNG (what is on screen,
 * the whole graph, styles inlined so the file looks the same outside the page), or the graph
 * itself as Graphviz DOT or a Mermaid flowchart (as `arbor graph --format dot|mermaid` writes).
 */

import { graphToDot, graphToMermaid } from '$lib/arbor/graph-export';
import type { Model } from '$lib/arbor/types';

export type GraphFormat = 'svg' | 'png' | 'dot' | 'mermaid';

/** The presentation properties the drawing's CSS sets, copied onto each element. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'color',
];

/**
 * A standalone copy of the drawn `<svg>`: the whole graph (`width` × `height` of the layout) at
 * scale 1, each element with its computed style written into a `style` attribute.
 */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const computed = getComputedStyle(original);
    const style = STYLED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    copies[i].setAttribute('style', style);
  });
  const margin = 10;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width + 2 * margin));
  copy.setAttribute('height', String(height + 2 * margin));
  copy.setAttribute('viewBox', `${-margin} ${-margin} ${width + 2 * margin} ${height + 2 * margin}`);
  // The pan and zoom of the view are not part of the picture.
  copy.querySelector(':scope > g')?.removeAttribute('transform');
  const background = getComputedStyle(svg.parentElement ?? svg).backgroundColor;
  copy.style.background = background;
  return new XMLSerializer().serializeToString(copy);
}

/** The SVG drawn onto a canvas, at twice its size for sharp text. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the drawing could not be rendered as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = (width + 20) * 2;
    canvas.height = (height + 20) * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The text of a DOT or Mermaid export. */
export function graphText(graph: Model['graph'], format: 'dot' | 'mermaid'): string {
  return format === 'dot' ? graphToDot(graph) : graphToMermaid(graph);
}

export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves the graph as `format` under `name` (with the format's extension): DOT or Mermaid from the
 * graph, SVG or PNG from the drawn `svg`, of the layout's `width` × `height`.
 */
export async function exportGraph(
  format: GraphFormat,
  name: string,
  graph: Model['graph'],
  svg: SVGSVGElement | null | undefined,
  { width, height }: { width: number; height: number },
): Promise<void> {
  if (format === 'dot' || format === 'mermaid') {
    download(`${name}.${format === 'dot' ? 'dot' : 'mmd'}`, graphText(graph, format));
    return;
  }
  if (!svg) return;
  const text = standaloneSvg(svg, width, height);
  if (format === 'svg') download(`${name}.svg`, text, 'image/svg+xml');
  else download(`${name}.png`, await svgToPng(text, width, height));
}
