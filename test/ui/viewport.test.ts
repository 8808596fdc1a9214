// The graph's pan and zoom (src/lib/ui/graph/viewport.svelte.ts): what `fit` shows, with and
// without the readable-scale floor, and where it places a part too large for the view.
import { describe, expect, it } from 'vitest';
import { Viewport } from '../../src/lib/ui/graph/viewport.svelte';

function viewport(width = 800, height = 600, bottomInset = 0): Viewport {
  const view = new Viewport();
  view.width = width;
  view.height = height;
  view.bottomInset = bottomInset;
  return view;
}

const drawing = (width: number, height: number) => ({ x0: 0, y0: 0, x1: width, y1: height });

describe('Viewport.fit', () => {
  it('shows a small drawing whole, centred, never magnified past 1', () => {
    const view = viewport();
    view.touched = true;
    view.fit(drawing(200, 100));
    expect(view.scale).toBe(1);
    expect([view.x, view.y]).toEqual([300, 250]);
    expect(view.touched).toBe(false);
  });

  it('shrinks a large drawing to fit, keeping clear of the legend', () => {
    const view = viewport(800, 600, 100);
    view.fit(drawing(1560, 480));
    expect(view.scale).toBe(0.5);
    expect([view.x, view.y]).toEqual([10, (500 - 240) / 2]);
  });

  it('with a readable scale, shows a larger drawing from its top-left corner at that scale', () => {
    const view = viewport();
    view.fit(drawing(10_000, 200), 0.45);
    expect(view.scale).toBe(0.45);
    // Too wide: from the left margin; the height fits: centred.
    expect([view.x, view.y]).toEqual([10, (600 - 90) / 2]);
    expect(view.outside([{ x: 5000, y: 0, width: 100, height: 26 }])).toBe(1);
  });

  it('centres a part that fits on screen, wherever it is in the drawing', () => {
    const view = viewport();
    view.fit({ x0: 1000, y0: 500, x1: 1200, y1: 600 }, 0.45, { x: 1100, y: 520 });
    expect(view.scale).toBe(1);
    expect([view.x, view.y]).toEqual([300 - 1000, 250 - 500]);
  });

  it('centres a part too large at the readable scale on the focus point, or on the part', () => {
    const focused = viewport();
    focused.fit({ x0: 0, y0: 0, x1: 8000, y1: 4000 }, 0.45, { x: 2000, y: 1000 });
    expect(focused.scale).toBe(0.45);
    expect([focused.x, focused.y]).toEqual([400 - 2000 * 0.45, 300 - 1000 * 0.45]);
    const centred = viewport();
    centred.fit({ x0: 0, y0: 0, x1: 8000, y1: 4000 }, 0.45, 'centre');
    expect([centred.x, centred.y]).toEqual([(800 - 3600) / 2, (600 - 1800) / 2]);
  });

  it('does nothing before the canvas has a size, or for an empty part', () => {
    const view = viewport(0, 0);
    view.fit(drawing(200, 100));
    expect([view.x, view.y, view.scale]).toEqual([0, 0, 1]);
    const sized = viewport();
    sized.fit(drawing(0, 100));
    expect([sized.x, sized.y, sized.scale]).toEqual([0, 0, 1]);
  });
});

describe('Viewport.outside', () => {
  it('counts the boxes the view leaves partly outside the canvas, the legend included', () => {
    const view = viewport(800, 600, 100);
    const boxes = [
      { x: 10, y: 10, width: 100, height: 26 },
      { x: -5, y: 10, width: 100, height: 26 },
      { x: 10, y: 480, width: 100, height: 26 },
    ];
    expect(view.outside(boxes)).toBe(2);
    expect(viewport(0, 0).outside(boxes)).toBe(0);
  });
});
