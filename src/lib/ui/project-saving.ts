/**
 * When and how the open project is written: to IndexedDB (project-store.ts) a little after an
 * edit, so a burst of keystrokes is one write, not one each; and, while the page unloads (when
 * an IndexedDB write may not finish), synchronously to localStorage, where the next start finds
 * it and saves it if it is newer than its IndexedDB copy.
 */

import { ProjectStore, type StoredProject } from './project-store';
import type { Workspace } from './workspace.svelte';

/** Where a project is kept synchronously while the page unloads (see `flush`). */
const UNSAVED_KEY = 'arbor:unsaved';

/** How long after an edit the project is written to IndexedDB. */
const SAVE_DELAY_MS = 40;

export class ProjectSaving {
  readonly store = new ProjectStore();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly ws: Workspace) {}

  /** The open project as it is stored. */
  snapshot(): StoredProject {
    return {
      name: this.ws.name,
      files: this.ws.files,
      folders: this.ws.folders,
      example: this.ws.example,
      openTabs: this.ws.openTabs,
      activeFile: this.ws.activeFile,
      updatedAt: Date.now(),
    };
  }

  /** Saves the open project and makes it the one a reload comes back to. */
  save(): Promise<void> {
    this.cancel();
    if (!this.ws.name) return Promise.resolve();
    return this.store.save(this.snapshot(), { active: this.ws.name, names: this.ws.projectNames });
  }

  /** After an edit: save soon (a later edit moves the save along). */
  saveSoon(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Drops the pending save (the caller writes the project itself). */
  cancel(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  /**
   * Writes a pending save now. When the page is going away an IndexedDB write may not finish,
   * so the project is also written synchronously to localStorage; `recoverUnsaved` picks it up.
   */
  flush(options: { leaving?: boolean } = {}): Promise<void> {
    if (options.leaving && this.ws.name) {
      try {
        localStorage.setItem(UNSAVED_KEY, JSON.stringify(this.snapshot()));
      } catch {
        // Storage full or unavailable: the IndexedDB write below is all we can do.
      }
    }
    return this.save();
  }

  /** A project written while the page was unloading, newer than its IndexedDB copy, is saved. */
  async recoverUnsaved(index: { active: string | null; names: string[] }): Promise<void> {
    const text = localStorage.getItem(UNSAVED_KEY);
    if (!text) return;
    localStorage.removeItem(UNSAVED_KEY);
    try {
      const unsaved = JSON.parse(text) as StoredProject;
      const stored = await this.store.load(unsaved.name);
      if (stored && stored.updatedAt >= unsaved.updatedAt) return;
      if (!this.ws.projectNames.includes(unsaved.name))
        this.ws.projectNames = [...this.ws.projectNames, unsaved.name];
      index.active = unsaved.name;
      index.names = this.ws.projectNames;
      await this.store.save(unsaved, index);
    } catch {
      // A damaged copy is dropped; the IndexedDB one stands.
    }
  }
}
