/**
 * Saved projects, in IndexedDB (idb-keyval). Each project is one record; an index record names
 * the projects and the one last open, so a reload comes back to exactly where the person was.
 * Writes are coalesced: while one write is in flight, later saves of the same project replace
 * each other and only the newest is written next, so typing never queues a backlog.
 */

import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ProjectFiles } from '$lib/arbor/types';

export interface StoredProject {
  name: string;
  files: ProjectFiles;
  /** Empty folders the person made (folders holding files exist implicitly). */
  folders: string[];
  /** The example it started from, for "reset to example". */
  example: string | null;
  openTabs: string[];
  activeFile: string | null;
  updatedAt: number;
}

interface ProjectIndex {
  active: string | null;
  names: string[];
}

const INDEX_KEY = 'index';

export class ProjectStore {
  private readonly store: UseStore | null;
  private writing: Promise<void> | null = null;
  private pending = new Map<string, StoredProject>();

  constructor() {
    this.store = typeof indexedDB === 'undefined' ? null : createStore('arbor-playground', 'projects');
  }

  async loadIndex(): Promise<ProjectIndex> {
    if (!this.store) return { active: null, names: [] };
    const index = await get<ProjectIndex>(INDEX_KEY, this.store).catch(() => undefined);
    return index ?? { active: null, names: [] };
  }

  async load(name: string): Promise<StoredProject | null> {
    if (!this.store) return null;
    const pending = this.pending.get(name);
    if (pending) return pending;
    return (await get<StoredProject>(`project:${name}`, this.store).catch(() => undefined)) ?? null;
  }

  /** Queues a save; resolves once this project (or a newer state of it) is on disk. */
  save(project: StoredProject, index: ProjectIndex): Promise<void> {
    this.pending.set(project.name, project);
    this.pendingIndex = index;
    return this.flush();
  }

  async remove(name: string, index: ProjectIndex): Promise<void> {
    this.pending.delete(name);
    if (!this.store) return;
    await del(`project:${name}`, this.store);
    await set(INDEX_KEY, index, this.store);
  }

  /**
   * Moves a project to a new name: the record under the new name (and the index) is written
   * first, after any write in flight, and only then is the old record deleted, so a reload in
   * between finds one or both, never neither.
   */
  async rename(from: string, project: StoredProject, index: ProjectIndex): Promise<void> {
    this.pending.delete(from);
    await this.save(project, index);
    if (!this.store) return;
    await del(`project:${from}`, this.store);
  }

  private pendingIndex: ProjectIndex | null = null;

  private flush(): Promise<void> {
    if (this.writing) return this.writing.then(() => (this.pending.size > 0 ? this.flush() : undefined));
    const store = this.store;
    if (!store) return Promise.resolve();
    const projects = [...this.pending.values()];
    const index = this.pendingIndex;
    this.pending.clear();
    this.pendingIndex = null;
    this.writing = (async () => {
      try {
        for (const project of projects) await set(`project:${project.name}`, plainCopy(project), store);
        if (index) await set(INDEX_KEY, index, store);
      } finally {
        this.writing = null;
      }
    })();
    return this.writing;
  }
}

/** Plain, structured-clonable copies: runes proxies and frozen arrays both clone fine this way. */
function plainCopy(project: StoredProject): StoredProject {
  return {
    ...project,
    files: { ...project.files },
    folders: [...project.folders],
    openTabs: [...project.openTabs],
  };
}
