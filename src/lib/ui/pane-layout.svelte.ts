/**
 * The sizes of the playground's resizable panes, in pixels, kept within limits so no pane can be
 * dragged out of existence, and remembered in localStorage between visits.
 */

const STORAGE_KEY = 'arbor:panes';

export type PaneSize = 'files' | 'graph' | 'problems' | 'outputs';

const LIMITS: Record<PaneSize, { min: number; max: number; initial: number }> = {
  files: { min: 140, max: 520, initial: 210 },
  graph: { min: 260, max: 1400, initial: 600 },
  problems: { min: 80, max: 800, initial: 210 },
  outputs: { min: 80, max: 800, initial: 260 },
};

export class PaneLayout {
  files = $state(LIMITS.files.initial);
  graph = $state(LIMITS.graph.initial);
  problems = $state(LIMITS.problems.initial);
  outputs = $state(LIMITS.outputs.initial);

  constructor() {
    if (typeof localStorage === 'undefined') return;
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<
        Record<PaneSize, number>
      >;
      for (const key of Object.keys(LIMITS) as PaneSize[])
        if (typeof saved[key] === 'number') this.set(key, saved[key]);
    } catch {
      // A damaged setting is ignored: the initial sizes are fine.
    }
  }

  limits(pane: PaneSize) {
    return LIMITS[pane];
  }

  set(pane: PaneSize, size: number): void {
    const { min, max } = LIMITS[pane];
    this[pane] = Math.round(Math.min(max, Math.max(min, size)));
  }

  persist(): void {
    const sizes = { files: this.files, graph: this.graph, problems: this.problems, outputs: this.outputs };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(sizes));
  }
}
