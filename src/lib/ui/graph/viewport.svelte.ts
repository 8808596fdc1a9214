/**
 * Pan and zoom for the graph: a translation and a scale applied to the drawing, changed by
 * dragging, the wheel (zooming about the pointer), buttons and keys, and "fit" to show it all.
 */

/** A part of the drawing, from its top-left corner (x0, y0) to its bottom-right one (x1, y1). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where `fit` places a part too large for the view at the readable scale. */
export type Overflow = 'corner' | 'centre' | { x: number; y: number };

export class Viewport {
  x = $state(0);
  y = $state(0);
  scale = $state(1);
  width = $state(0);
  height = $state(0);
  /** The height at the bottom of the canvas that the legend covers: fitting keeps clear of it. */
  bottomInset = $state(0);

  static readonly MIN = 0.1;
  static readonly MAX = 3;

  /** Whether the person moved the view; until they do, it keeps fitting the drawing. */
  touched = false;

  transform = $derived(`translate(${this.x} ${this.y}) scale(${this.scale})`);

  /** Zooms by `factor` keeping the point (px, py) of the viewport where it is. */
  zoom(factor: number, px = this.width / 2, py = this.height / 2): void {
    const scale = Math.min(Viewport.MAX, Math.max(Viewport.MIN, this.scale * factor));
    const ratio = scale / this.scale;
    this.x = px - (px - this.x) * ratio;
    this.y = py - (py - this.y) * ratio;
    this.scale = scale;
    this.touched = true;
  }

  pan(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.touched = true;
  }

  /**
   * Shows the part of the drawing from (x0, y0) to (x1, y1) whole and centred, never magnified
   * past 1. With `readable`, at no smaller a scale than that; a part larger than the view at that
   * scale is then placed by `overflow`: from its top-left corner (`'corner'`: the whole drawing,
   * to be panned; the panel says how many nodes are left outside), centred (`'centre'`), or
   * centred on a point of the drawing (the selected host, in its assembly).
   */
  fit(box: Box, readable = 0, overflow: Overflow = 'corner'): void {
    const width = box.x1 - box.x0;
    const height = box.y1 - box.y0;
    if (this.width === 0 || this.height === 0 || width <= 0 || height <= 0) return;
    const room = Math.max(40, this.height - this.bottomInset);
    const whole = Math.min(1, (this.width - 20) / width, (room - 20) / height);
    const scale = Math.max(Math.min(readable, 1), whole);
    this.scale = scale;
    if (scale > whole && typeof overflow === 'object') {
      this.x = this.width / 2 - overflow.x * scale;
      this.y = room / 2 - overflow.y * scale;
    } else {
      // Centred; from the corner, never starting left of or above a 10 px margin.
      const margin = overflow === 'corner' ? 10 : -Infinity;
      this.x = Math.max(margin, (this.width - width * scale) / 2) - box.x0 * scale;
      this.y = Math.max(margin, (room - height * scale) / 2) - box.y0 * scale;
    }
    this.touched = false;
  }

  /** How many of `boxes` (in drawing units) the view leaves partly outside the canvas. */
  outside(boxes: readonly { x: number; y: number; width: number; height: number }[]): number {
    if (this.width === 0 || this.height === 0) return 0;
    let count = 0;
    for (const p of boxes) {
      const left = this.x + p.x * this.scale;
      const top = this.y + p.y * this.scale;
      const right = left + p.width * this.scale;
      const bottom = top + p.height * this.scale;
      if (left < 0 || top < 0 || right > this.width || bottom > this.height - this.bottomInset) count++;
    }
    return count;
  }

  /** Moves the view so that the point (gx, gy) of the drawing is centred. */
  centre(gx: number, gy: number): void {
    this.x = this.width / 2 - gx * this.scale;
    this.y = this.height / 2 - gy * this.scale;
  }
}
