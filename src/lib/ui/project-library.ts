/**
 * The projects the playground keeps: opening one (an example, a saved project, a share link),
 * creating, renaming, duplicating, deleting (with an undo) and resetting one to its example, and
 * the rules a project's name follows. Opening a project replaces the workspace's files, tabs and
 * evaluation state at once; saving is project-saving.ts's.
 */

import { sameFiles } from '$lib/arbor/project-files';
import type { ProjectFiles } from '$lib/arbor/types';
import { DEFAULT_EXAMPLE, exampleFiles, exampleNames, hasExample } from './examples';
import type { ProjectSaving } from './project-saving';
import type { StoredProject } from './project-store';
import { starterFiles } from './scaffold';
import { isShareHash } from './share-hash';
import type { Workspace } from './workspace.svelte';

export class ProjectLibrary {
  constructor(
    private readonly ws: Workspace,
    private readonly saving: ProjectSaving,
    /** After the files were replaced: evaluate, save soon (the workspace's own `changed`). */
    private readonly changed: () => void,
  ) {}

  /** Opens the first project: a share link's, an example's, else the one open last. */
  async openFirst(options: { example?: string; hash?: string; gallery?: () => void }): Promise<void> {
    const ws = this.ws;
    const index = await this.saving.store.loadIndex();
    ws.projectNames = index.names;
    await this.saving.recoverUnsaved(index);
    if (options.hash && isShareHash(options.hash) && (await this.openShared(options.hash))) return;
    if (options.example && hasExample(options.example))
      await this.openExample(options.example, { reset: false });
    else {
      const stored = index.active ? await this.saving.store.load(index.active) : null;
      if (stored) this.applyProject(stored);
      else await this.openExample(DEFAULT_EXAMPLE, { reset: false });
      // An example link that names no example (a typo, an old link) opens the usual project, and says so.
      if (options.example)
        ws.notify(
          'error',
          `There is no example named "${options.example}": opened "${ws.name}" instead.`,
          undefined,
          options.gallery ? { label: 'All examples', run: options.gallery } : undefined,
        );
    }
  }

  private applyProject(project: StoredProject): void {
    const ws = this.ws;
    ws.name = project.name;
    ws.files = project.files;
    ws.folders = project.folders;
    ws.example = project.example;
    ws.openTabs = project.openTabs.filter((path) => path in project.files);
    ws.activeFile = project.activeFile && project.activeFile in project.files ? project.activeFile : null;
    if (!ws.activeFile) ws.activeFile = ws.openTabs[0] ?? defaultFile(project.files);
    if (ws.activeFile && !ws.openTabs.includes(ws.activeFile)) ws.openTabs = [...ws.openTabs, ws.activeFile];
    if (!ws.projectNames.includes(project.name)) ws.projectNames = [...ws.projectNames, project.name];
    ws.selectedHost = null;
    ws.configHome = null;
    ws.model = null;
    ws.result = null;
    ws.otherConfigurations = {};
    ws.stopped = null;
    ws.idleStopped = null;
    this.changed();
  }

  /** Opens an example: the saved project of that name if there is one (unless `reset`). */
  async openExample(example: string, options: { reset: boolean }): Promise<boolean> {
    const files = await exampleFiles(example);
    if (!files) {
      this.ws.notify('error', `There is no example named "${example}".`);
      return false;
    }
    const stored = options.reset ? null : await this.saving.store.load(example);
    this.applyProject(stored ?? { ...emptyProject(example, files), example });
    return true;
  }

  async switchProject(name: string): Promise<void> {
    if (name === this.ws.name) return;
    await this.saving.save();
    const stored = await this.saving.store.load(name);
    if (stored) this.applyProject(stored);
    else if (hasExample(name)) await this.openExample(name, { reset: true });
  }

  async createProject(name: string, files: ProjectFiles, example: string | null = null): Promise<void> {
    await this.saving.save();
    this.applyProject({ ...emptyProject(this.uniqueName(name), files), example });
  }

  /** Deletes the open project and opens another; the notice offers to undo. */
  async deleteProject(): Promise<void> {
    const ws = this.ws;
    const name = ws.name;
    const deleted = this.saving.snapshot();
    const position = ws.projectNames.indexOf(name);
    ws.projectNames = ws.projectNames.filter((n) => n !== name);
    const next = ws.projectNames[0] ?? DEFAULT_EXAMPLE;
    await this.saving.store.remove(name, { active: next, names: ws.projectNames });
    const stored = await this.saving.store.load(next);
    if (stored) this.applyProject(stored);
    else await this.openExample(next, { reset: true });
    ws.notify('info', `Deleted the project "${name}".`, undefined, {
      label: 'Undo',
      run: () => void this.restoreProject(deleted, position),
    });
  }

  /** Brings a deleted project back, where it was in the list, and opens it. */
  private async restoreProject(project: StoredProject, position: number): Promise<void> {
    await this.saving.save();
    const names = this.ws.projectNames.filter((n) => n !== project.name);
    names.splice(Math.max(0, Math.min(position, names.length)), 0, project.name);
    this.ws.projectNames = names;
    await this.saving.store.save(project, { active: project.name, names });
    this.applyProject(project);
    this.ws.notify('info', `Restored the project "${project.name}".`);
  }

  async resetToExample(): Promise<void> {
    const ws = this.ws;
    const example = ws.example ?? DEFAULT_EXAMPLE;
    const files = await exampleFiles(example);
    if (!files) return;
    const previous = this.saving.snapshot();
    ws.files = files;
    ws.folders = [];
    ws.example = example;
    ws.openTabs = ws.openTabs.filter((path) => path in files);
    if (!ws.activeFile || !(ws.activeFile in files)) ws.activeFile = ws.openTabs[0] ?? defaultFile(files);
    if (ws.activeFile && !ws.openTabs.includes(ws.activeFile)) ws.openTabs = [...ws.openTabs, ws.activeFile];
    this.changed();
    ws.notify('info', `Reset "${ws.name}" to the ${example} example.`, undefined, {
      label: 'Undo',
      run: () => this.applyProject(previous),
    });
  }

  /** Why `input` cannot name a project (other than the one named `current`), or null. */
  projectNameProblem(input: string, current: string | null = null): string | null {
    const name = input.trim();
    if (name === '') return 'Give the project a name.';
    if (name.length > 80) return 'A project name can have at most 80 characters.';
    if (/[\u0000-\u001f\u007f]/.test(name)) return 'A project name cannot hold control characters.';
    if (name === current) return null;
    if (this.ws.projectNames.includes(name)) return `There is already a project named "${name}".`;
    // An example's link opens the saved project of its name: only that example's project may take it.
    if (exampleNames().includes(name) && !(current !== null && this.ws.example === name))
      return `"${name}" is the name of an example (its link opens the project of that name): choose another.`;
    return null;
  }

  /** "New project": a project named `input` with one host, opened. */
  async newProject(input: string): Promise<boolean> {
    const problem = this.projectNameProblem(input);
    if (problem) {
      this.ws.notify('error', problem);
      return false;
    }
    await this.createProject(input.trim(), starterFiles());
    return true;
  }

  /**
   * Renames the open project. Only its name changes: the files, the tabs and the editor's undo
   * history stay as they are; the notice offers to rename it back.
   */
  async renameProject(input: string): Promise<boolean> {
    const ws = this.ws;
    const from = ws.name;
    const to = input.trim();
    const problem = this.projectNameProblem(to, from);
    if (problem) {
      ws.notify('error', problem);
      return false;
    }
    if (to === from) return true;
    this.saving.cancel();
    ws.name = to;
    ws.projectNames = ws.projectNames.map((name) => (name === from ? to : name));
    await this.saving.store.rename(from, this.saving.snapshot(), { active: to, names: ws.projectNames });
    ws.notify('info', `Renamed the project "${from}" to "${to}".`, undefined, {
      label: 'Undo',
      run: () => {
        if (ws.name === to && !ws.projectNames.includes(from)) void this.renameProject(from);
      },
    });
    return true;
  }

  /** Copies the open project (files, folders, tabs, its example) as `input`, and opens the copy. */
  async duplicateProject(input: string): Promise<boolean> {
    const name = input.trim();
    const problem = this.projectNameProblem(name);
    if (problem) {
      this.ws.notify('error', problem);
      return false;
    }
    const from = this.ws.name;
    await this.saving.save();
    const copy = { ...this.saving.snapshot(), name };
    const names = [...this.ws.projectNames];
    names.splice(names.indexOf(from) + 1, 0, name);
    this.ws.projectNames = names;
    await this.saving.store.save(copy, { active: name, names });
    this.applyProject(copy);
    this.ws.notify('info', `Duplicated "${from}" as "${name}" (now open).`);
    return true;
  }

  uniqueName(base: string): string {
    if (!this.ws.projectNames.includes(base)) return base;
    for (let n = 2; ; n++) if (!this.ws.projectNames.includes(`${base} (${n})`)) return `${base} (${n})`;
  }

  /** Opens the project in a share link; on a bad link says why and keeps the current work. */
  async openShared(hash: string): Promise<boolean> {
    const { decodeShare, ShareError } = await import('./share');
    try {
      const shared = decodeShare(hash);
      const name = shared.name ?? 'shared';
      const existing = this.ws.projectNames.includes(name) ? await this.saving.store.load(name) : null;
      if (existing && sameFiles(existing.files, shared.files)) this.applyProject(existing);
      else this.applyProject(emptyProject(this.uniqueName(name), shared.files));
      this.ws.notify('info', `Opened the shared project "${this.ws.name}".`);
      return true;
    } catch (error) {
      if (!(error instanceof ShareError)) throw error;
      this.ws.notify('error', `${error.message} Your current work was kept.`);
      return false;
    }
  }
}

function emptyProject(name: string, files: ProjectFiles): StoredProject {
  const first = defaultFile(files);
  return {
    name,
    files,
    folders: [],
    example: null,
    openTabs: first ? [first] : [],
    activeFile: first,
    updatedAt: Date.now(),
  };
}

/** The file a project opens on: its hosts inventory if it has one. */
export function defaultFile(files: ProjectFiles): string | null {
  if ('inventory/hosts.nix' in files) return 'inventory/hosts.nix';
  return Object.keys(files).sort()[0] ?? null;
}
