/**
 * The graph canvas's pointer and keys: drag to pan (a click on the empty canvas clears the
 * selection), the wheel zooms about the pointer, arrows pan, `+`/`-` zoom, `0` fits the whole
 * drawing, Escape clears the selection. Nodes, edges and the legend handle their own pointer.
 */

import type { Viewport } from './viewport.svelte';

export interface CanvasActions {
  /** Whether a host is selected (Escape clears it then). */
  selected(): boolean;
  deselect(): void;
  /** Shows the whole drawing (`0`). */
  fitAll(): void;
}

export class CanvasControls {
  private drag: { x: number; y: number; moved: boolean } | null = null;

  constructor(
    private readonly view: Viewport,
    private readonly actions: CanvasActions,
  ) {}

  pointerDown = (event: PointerEvent): void => {
    if ((event.target as Element).closest('.node, .edge, .legend')) return;
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    this.drag = { x: event.clientX, y: event.clientY, moved: false };
  };

  pointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    this.view.pan(dx, dy);
    drag.x = event.clientX;
    drag.y = event.clientY;
  };

  pointerUp = (): void => {
    if (this.drag && !this.drag.moved) this.actions.deselect();
    this.drag = null;
  };

  wheel = (event: WheelEvent): void => {
    event.preventDefault();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this.view.zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  };

  keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.actions.selected()) {
      event.preventDefault();
      this.actions.deselect();
      return;
    }
    if (event.target !== event.currentTarget) return;
    const view = this.view;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => view.pan(60, 0),
      ArrowRight: () => view.pan(-60, 0),
      ArrowUp: () => view.pan(0, 60),
      ArrowDown: () => view.pan(0, -60),
      '+': () => view.zoom(1.2),
      '=': () => view.zoom(1.2),
      '-': () => view.zoom(1 / 1.2),
      '0': () => this.actions.fitAll(),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };
}
