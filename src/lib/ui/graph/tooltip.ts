/**
 * Where the graph's tooltip goes: beside the pointer (or below a focused element), anchored by
 * the corner nearest it so it never leaves the canvas.
 */

export interface Tooltip {
  /** The CSS position within the canvas. */
  style: string;
  title: string;
  lines: string[];
}

/** The tooltip for `event` on the canvas `surface`; null when the canvas is not there. */
export function tooltipAt(
  event: MouseEvent | FocusEvent,
  surface: Element | undefined,
  title: string,
  lines: string[],
): Tooltip | null {
  const box = surface?.getBoundingClientRect();
  if (!box) return null;
  let x: number;
  let y: number;
  if (event instanceof MouseEvent) {
    x = event.clientX - box.left + 14;
    y = event.clientY - box.top + 14;
  } else {
    const target = (event.currentTarget as Element).getBoundingClientRect();
    x = target.left - box.left;
    y = target.bottom - box.top + 6;
  }
  const horizontal = x > box.width / 2 ? `right: ${box.width - x + 28}px` : `left: ${x}px`;
  const vertical = y > box.height / 2 ? `bottom: ${box.height - y + 28}px` : `top: ${y}px`;
  return { style: `${horizontal}; ${vertical}`, title, lines };
}
