/**
 * Pan and zoom for the graph: a translation and a scale applied to the drawing, changed by
 * dragging, the wheel (zooming about the pointer), buttons and keys, and "fit" to show it all.
 */

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
   * Shows a drawing of `width` × `height` whole (never magnified past 1), or, with `readable`,
   * at no smaller a scale than that (a larger drawing is then shown from its top-left corner,
   * to be panned). The first view of a graph fits it whole; the panel says how many nodes a
   * closer view leaves outside.
   */
  fit(width: number, height: number, readable = 0): void {
    if (this.width === 0 || this.height === 0 || width === 0 || height === 0) return;
    const room = Math.max(40, this.height - this.bottomInset);
    const whole = Math.min(1, (this.width - 20) / width, (room - 20) / height);
    const scale = Math.max(Math.min(readable, 1), whole);
    this.scale = scale;
    this.x = Math.max(10, (this.width - width * scale) / 2);
    this.y = Math.max(10, (room - height * scale) / 2);
    this.touched = false;
  }

  /**
   * Shows the part of the drawing from (x0, y0) to (x1, y1) whole and centred (never magnified
   * past 1): the selected host's assembly. With `readable`, at no smaller a scale than that: a
   * larger part is then centred on `focus` (the selected host), the rest to be panned to.
   */
  fitBox(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    readable = 0,
    focus?: { x: number; y: number },
  ): void {
    const width = x1 - x0;
    const height = y1 - y0;
    if (this.width === 0 || this.height === 0 || width <= 0 || height <= 0) return;
    const room = Math.max(40, this.height - this.bottomInset);
    const whole = Math.max(Viewport.MIN, Math.min(1, (this.width - 20) / width, (room - 20) / height));
    const scale = Math.max(Math.min(readable, 1), whole);
    this.scale = scale;
    if (scale > whole && focus) {
      this.x = this.width / 2 - focus.x * scale;
      this.y = room / 2 - focus.y * scale;
    } else {
      this.x = (this.width - width * scale) / 2 - x0 * scale;
      this.y = (room - height * scale) / 2 - y0 * scale;
    }
    this.touched = false;
  }

  /** Moves the view so that the point (gx, gy) of the drawing is centred. */
  centre(gx: number, gy: number): void {
    this.x = this.width / 2 - gx * this.scale;
    this.y = this.height / 2 - gy * this.scale;
  }
}
