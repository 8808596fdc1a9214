/**
 * The playground's state: the open project (its files, tabs and the example it came from), the
 * newest evaluation result, and the requests the panels make of each other (open this file at
 * this position, select this host). Components read it and call its methods; they hold no state
 * of their own beyond what they draw.
 *
 * Every edit bumps `revision`, starts an evaluation (the client makes sure the newest wins) and
 * saves the project. The last model that evaluated is kept while the project is broken, so the
 * graph and outputs stay on screen while a file is half-typed; `resultRevision` says which edit
 * the problems belong to.
 *
 * Each edit's evaluation includes the modules of the selected host (the first host when none is
 * selected) and its homes: the Config tab, the editor's hover and the REPL read that host. The
 * other hosts are evaluated when the page is idle; their configurations are kept (and their
 * problems shown) until the next idle evaluation replaces them.
 */

import type { Diagnostic, HostConfiguration, Model, ProjectFiles, ProjectResult } from '$lib/arbor/types';
import { EvaluationClient, type EvaluationTimings } from './evaluation-client';
import { DEFAULT_EXAMPLE, exampleFiles, exampleNames } from './examples';
import { normalizePath } from './file-tree';
import { reuseUnchanged } from './reuse-unchanged';
import { ProjectStore, type StoredProject } from './project-store';
import { newFileFiles, newFolderFiles, scaffoldNew, starterFiles, type NewThing } from './scaffold';
import { decodeShare, encodeShare, isShareHash, ShareError } from './share';
import type { ModuleSelection } from './worker-api';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** A link or value to show with the notice (the share link). */
  detail?: string;
  action?: { label: string; run: () => void };
}

export interface RevealRequest {
  file: string;
  line: number;
  column: number;
  /** Bumped on every request, so asking twice for the same place still reveals it. */
  sequence: number;
}

/** Where a project is kept synchronously while the page unloads (see `flush`). */
const UNSAVED_KEY = 'arbor:unsaved';

/** How long after an edit the project is written to IndexedDB. */
const SAVE_DELAY_MS = 40;

const TIMEOUT_HINT =
  'Something in the project does not finish (a function that keeps recursing, a huge list). The last result is still shown.';

export class Workspace {
  name = $state('');
  projectNames = $state.raw<string[]>([]);
  files = $state.raw<ProjectFiles>({});
  folders = $state.raw<string[]>([]);
  example = $state<string | null>(null);
  openTabs = $state.raw<string[]>([]);
  activeFile = $state<string | null>(null);
  revision = $state(0);

  result = $state.raw<ProjectResult | null>(null);
  resultRevision = $state(-1);
  /** The newest model that evaluated (kept while the project is broken). */
  model = $state.raw<Model | null>(null);
  evaluating = $state(false);
  stopped = $state<string | null>(null);
  lastEvaluationMs = $state<number | null>(null);
  /** The newest evaluation's time split (for the benchmark). */
  lastTimings: EvaluationTimings | null = null;

  notice = $state.raw<Notice | null>(null);
  selectedHost = $state<string | null>(null);
  reveal = $state.raw<RevealRequest | null>(null);
  ready = $state(false);

  /**
   * Configurations of hosts and homes outside the newest result's, from the idle evaluation (or
   * carried over from an earlier edit until it arrives).
   */
  otherConfigurations = $state.raw<Record<string, HostConfiguration>>({});
  /** Set when the idle evaluation of the other hosts was stopped. */
  idleStopped = $state<string | null>(null);
  /** Which of the model's Home Manager configurations the Config tab shows (null: the host's). */
  configHome = $state<string | null>(null);

  /** The host whose modules every edit evaluates: the selected one, else the first. */
  evaluatedHost = $derived(hostFor(this.model, this.selectedHost));

  /** The configuration the Config tab, the hover and the REPL use: the host's, or a home of it. */
  configTarget = $derived.by((): string | null => {
    const host = this.evaluatedHost;
    if (host && this.configHome && this.model?.hosts[host]?.homes.includes(this.configHome))
      return this.configHome;
    return host;
  });

  /** Every configuration known: the newest result's, and the others'. */
  configurations = $derived.by((): Record<string, HostConfiguration> => {
    const own = this.result?.configurations ?? {};
    return Object.keys(this.otherConfigurations).length === 0 ? own : { ...this.otherConfigurations, ...own };
  });

  diagnostics = $derived.by((): Diagnostic[] => {
    const list = [...(this.result?.diagnostics ?? [])];
    const own = this.result?.configurations ?? {};
    if (this.result?.model) {
      let added = false;
      for (const [name, configuration] of Object.entries(this.otherConfigurations)) {
        if (name in own || configuration.diagnostics.length === 0) continue;
        list.push(...configuration.diagnostics);
        added = true;
      }
      if (added) list.sort(compareDiagnostics);
    }
    if (this.idleStopped) {
      list.unshift({
        code: 'timeout',
        severity: 'error',
        message: `${this.idleStopped} (evaluating the other hosts)`,
        file: '',
        line: 1,
        column: 1,
        host: null,
        hint: TIMEOUT_HINT,
      });
    }
    if (this.stopped) {
      list.unshift({
        code: 'timeout',
        severity: 'error',
        message: this.stopped,
        file: '',
        line: 1,
        column: 1,
        host: null,
        hint: TIMEOUT_HINT,
      });
    }
    return list;
  });

  diagnosticsByFile = $derived.by(() => {
    // A fresh, never-mutated map per result: it needs no reactivity of its own.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of this.diagnostics) {
      if (!d.file) continue;
      const list = byFile.get(d.file) ?? [];
      list.push(d);
      byFile.set(d.file, list);
    }
    return byFile;
  });

  /** The model is from an older revision than the problems (the project is currently broken). */
  modelIsStale = $derived(this.result !== null && this.result.model === null && this.model !== null);

  private client: EvaluationClient | null = null;
  private readonly store = new ProjectStore();
  private revealSequence = 0;
  /** The hosts and homes the idle batches of this round have evaluated so far. */
  private idleRefreshed: string[] = [];
  /** The modules the newest edit's request of each revision asked for. */
  private requested: { revision: number; modules: ModuleSelection } = { revision: -1, modules: 'none' };

  /** Starts evaluation in `createWorker`'s workers and opens the first project. */
  async start(options: {
    createWorker: () => Worker;
    example?: string;
    hash?: string;
    /** Opens the examples gallery (offered when the example asked for does not exist). */
    gallery?: () => void;
  }): Promise<void> {
    this.client = new EvaluationClient(
      { createWorker: options.createWorker },
      {
        result: (result, revision, timings) => {
          if (revision !== this.revision) return;
          this.stopped = null;
          if (revision !== this.resultRevision) this.idleStopped = null;
          this.carryOver(result);
          // Unchanged parts keep their identity, so the panels redraw only what changed.
          const shared = reuseUnchanged(this.result, result);
          this.result = shared;
          this.resultRevision = revision;
          this.lastEvaluationMs = timings.total;
          this.lastTimings = timings;
          if (shared.model) this.model = reuseUnchanged(this.model, shared.model);
          this.afterResult();
        },
        idleResult: (configurations, revision, batch) => {
          if (revision !== this.revision || !this.result?.model) return;
          this.idleStopped = null;
          const own = this.result.configurations;
          const next = { ...this.otherConfigurations };
          // A host of the batch that was not evaluated (its assembly has problems) has no configuration.
          for (const name of batch.modules) delete next[name];
          for (const [name, configuration] of Object.entries(configurations))
            if (!(name in own)) next[name] = configuration;
          if (batch.last) {
            this.idleRefreshed.push(...batch.modules);
            // What no batch of this round refreshed is gone (a host renamed or removed).
            for (const name of Object.keys(next)) if (!this.idleRefreshed.includes(name)) delete next[name];
            this.idleRefreshed = [];
          } else this.idleRefreshed.push(...batch.modules);
          this.otherConfigurations = reuseUnchanged(this.otherConfigurations, next);
        },
        idleStopped: (message, revision) => {
          if (revision === this.revision) this.idleStopped = message;
        },
        stopped: (message, revision) => {
          if (revision !== this.revision) return;
          this.stopped = message;
          this.result = null;
          this.resultRevision = revision;
        },
        busy: (busy) => (this.evaluating = busy),
      },
    );
    const index = await this.store.loadIndex();
    this.projectNames = index.names;
    await this.recoverUnsaved(index);
    if (options.hash && isShareHash(options.hash) && (await this.openShared(options.hash))) {
      this.ready = true;
      return;
    }
    if (options.example && exampleFiles(options.example))
      await this.openExample(options.example, { reset: false });
    else {
      const stored = index.active ? await this.store.load(index.active) : null;
      if (stored) this.applyProject(stored);
      else await this.openExample(DEFAULT_EXAMPLE, { reset: false });
      // An example link that names no example (a typo, an old link) opens the usual project, and says so.
      if (options.example)
        this.notify(
          'error',
          `There is no example named "${options.example}": opened "${this.name}" instead.`,
          undefined,
          options.gallery ? { label: 'All examples', run: options.gallery } : undefined,
        );
    }
    this.ready = true;
  }

  /** A project written while the page was unloading, newer than its IndexedDB copy, is saved. */
  private async recoverUnsaved(index: { active: string | null; names: string[] }): Promise<void> {
    const text = localStorage.getItem(UNSAVED_KEY);
    if (!text) return;
    localStorage.removeItem(UNSAVED_KEY);
    try {
      const unsaved = JSON.parse(text) as StoredProject;
      const stored = await this.store.load(unsaved.name);
      if (stored && stored.updatedAt >= unsaved.updatedAt) return;
      if (!this.projectNames.includes(unsaved.name)) this.projectNames = [...this.projectNames, unsaved.name];
      index.active = unsaved.name;
      index.names = this.projectNames;
      await this.store.save(unsaved, index);
    } catch {
      // A damaged copy is dropped; the IndexedDB one stands.
    }
  }

  /**
   * Before a new result replaces the old one: configurations the new result does not cover (it
   * did not ask for them) are kept among the others, for hosts and homes that still exist.
   */
  private carryOver(next: ProjectResult): void {
    const model = next.model;
    if (!model) return;
    const asked = this.requested.modules;
    const keep: Record<string, HostConfiguration> = {};
    const previous = { ...this.otherConfigurations, ...(this.result?.configurations ?? {}) };
    for (const [name, configuration] of Object.entries(previous)) {
      const exists = name in model.hosts || name in model.homes;
      const covered =
        asked === 'all' || (asked !== 'none' && asked.includes(name)) || name in next.configurations;
      if (exists && !covered) keep[name] = configuration;
    }
    this.otherConfigurations = keep;
  }

  /** The modules each edit evaluates: the evaluated host's and its homes'. */
  private primaryModules(): ModuleSelection {
    const host = this.evaluatedHost;
    const entry = host ? this.model?.hosts[host] : undefined;
    return entry ? [host!, ...entry.homes] : 'none';
  }

  private evaluateNow(): void {
    const modules = this.primaryModules();
    this.requested = { revision: this.revision, modules };
    this.client?.evaluate(this.files, this.revision, modules);
  }

  /** Whether this revision's request asked for `name`'s modules. */
  private askedFor(name: string): boolean {
    const { revision, modules } = this.requested;
    return (
      revision === this.revision && (modules === 'all' || (modules !== 'none' && modules.includes(name)))
    );
  }

  /**
   * After an edit's result: evaluate the evaluated host at once if that request did not include
   * it (the first result of a project, a renamed host), otherwise the other hosts when idle.
   */
  private afterResult(): void {
    const model = this.result?.model;
    const host = this.evaluatedHost;
    if (!model || !host) return;
    if (!this.askedFor(host)) {
      this.evaluateNow();
      return;
    }
    this.idleRefreshed = [];
    this.client?.evaluateWhenIdle(
      this.files,
      this.revision,
      idleBatches(model, (name) => this.askedFor(name)),
    );
  }

  get evaluationClient(): EvaluationClient | null {
    return this.client;
  }

  dispose(): void {
    void this.flush();
    this.client?.dispose();
  }

  // --- projects ---------------------------------------------------------------------------------

  private applyProject(project: StoredProject): void {
    this.name = project.name;
    this.files = project.files;
    this.folders = project.folders;
    this.example = project.example;
    this.openTabs = project.openTabs.filter((path) => path in project.files);
    this.activeFile = project.activeFile && project.activeFile in project.files ? project.activeFile : null;
    if (!this.activeFile) this.activeFile = this.openTabs[0] ?? defaultFile(project.files);
    if (this.activeFile && !this.openTabs.includes(this.activeFile))
      this.openTabs = [...this.openTabs, this.activeFile];
    if (!this.projectNames.includes(project.name)) this.projectNames = [...this.projectNames, project.name];
    this.selectedHost = null;
    this.configHome = null;
    this.model = null;
    this.result = null;
    this.otherConfigurations = {};
    this.stopped = null;
    this.idleStopped = null;
    this.changed();
  }

  private snapshot(): StoredProject {
    return {
      name: this.name,
      files: this.files,
      folders: this.folders,
      example: this.example,
      openTabs: this.openTabs,
      activeFile: this.activeFile,
      updatedAt: Date.now(),
    };
  }

  /** Saves the open project and makes it the one a reload comes back to. */
  save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.name) return Promise.resolve();
    return this.store.save(this.snapshot(), { active: this.name, names: this.projectNames });
  }

  /** Opens an example: the saved project of that name if there is one (unless `reset`). */
  async openExample(example: string, options: { reset: boolean }): Promise<boolean> {
    const files = exampleFiles(example);
    if (!files) {
      this.notify('error', `There is no example named "${example}".`);
      return false;
    }
    const stored = options.reset ? null : await this.store.load(example);
    this.applyProject(stored ?? { ...emptyProject(example, files), example });
    return true;
  }

  async switchProject(name: string): Promise<void> {
    if (name === this.name) return;
    await this.save();
    const stored = await this.store.load(name);
    if (stored) this.applyProject(stored);
    else if (exampleFiles(name)) await this.openExample(name, { reset: true });
  }

  async createProject(name: string, files: ProjectFiles, example: string | null = null): Promise<void> {
    await this.save();
    this.applyProject({ ...emptyProject(this.uniqueName(name), files), example });
  }

  /** Deletes the open project and opens another; the notice offers to undo. */
  async deleteProject(): Promise<void> {
    const name = this.name;
    const deleted = this.snapshot();
    const position = this.projectNames.indexOf(name);
    this.projectNames = this.projectNames.filter((n) => n !== name);
    const next = this.projectNames[0] ?? DEFAULT_EXAMPLE;
    await this.store.remove(name, { active: next, names: this.projectNames });
    const stored = await this.store.load(next);
    if (stored) this.applyProject(stored);
    else await this.openExample(next, { reset: true });
    this.notify('info', `Deleted the project "${name}".`, undefined, {
      label: 'Undo',
      run: () => void this.restoreProject(deleted, position),
    });
  }

  /** Brings a deleted project back, where it was in the list, and opens it. */
  private async restoreProject(project: StoredProject, position: number): Promise<void> {
    await this.save();
    const names = this.projectNames.filter((n) => n !== project.name);
    names.splice(Math.max(0, Math.min(position, names.length)), 0, project.name);
    this.projectNames = names;
    await this.store.save(project, { active: project.name, names });
    this.applyProject(project);
    this.notify('info', `Restored the project "${project.name}".`);
  }

  async resetToExample(): Promise<void> {
    const example = this.example ?? DEFAULT_EXAMPLE;
    const files = exampleFiles(example);
    if (!files) return;
    const previous = this.snapshot();
    this.files = files;
    this.folders = [];
    this.example = example;
    this.openTabs = this.openTabs.filter((path) => path in files);
    if (!this.activeFile || !(this.activeFile in files))
      this.activeFile = this.openTabs[0] ?? defaultFile(files);
    if (this.activeFile && !this.openTabs.includes(this.activeFile))
      this.openTabs = [...this.openTabs, this.activeFile];
    this.changed();
    this.notify('info', `Reset "${this.name}" to the ${example} example.`, undefined, {
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
    if (this.projectNames.includes(name)) return `There is already a project named "${name}".`;
    // An example's link opens the saved project of its name: only that example's project may take it.
    if (exampleNames().includes(name) && !(current !== null && this.example === name))
      return `"${name}" is the name of an example (its link opens the project of that name): choose another.`;
    return null;
  }

  /** "New project": a project named `input` with one host, opened. */
  async newProject(input: string): Promise<boolean> {
    const problem = this.projectNameProblem(input);
    if (problem) {
      this.refuse(problem);
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
    const from = this.name;
    const to = input.trim();
    const problem = this.projectNameProblem(to, from);
    if (problem) {
      this.refuse(problem);
      return false;
    }
    if (to === from) return true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.name = to;
    this.projectNames = this.projectNames.map((name) => (name === from ? to : name));
    await this.store.rename(from, this.snapshot(), { active: to, names: this.projectNames });
    this.notify('info', `Renamed the project "${from}" to "${to}".`, undefined, {
      label: 'Undo',
      run: () => {
        if (this.name === to && !this.projectNames.includes(from)) void this.renameProject(from);
      },
    });
    return true;
  }

  /** Copies the open project (files, folders, tabs, its example) as `input`, and opens the copy. */
  async duplicateProject(input: string): Promise<boolean> {
    const name = input.trim();
    const problem = this.projectNameProblem(name);
    if (problem) {
      this.refuse(problem);
      return false;
    }
    const from = this.name;
    await this.save();
    const copy = { ...this.snapshot(), name };
    const names = [...this.projectNames];
    names.splice(names.indexOf(from) + 1, 0, name);
    this.projectNames = names;
    await this.store.save(copy, { active: name, names });
    this.applyProject(copy);
    this.notify('info', `Duplicated "${from}" as "${name}" (now open).`);
    return true;
  }

  uniqueName(base: string): string {
    if (!this.projectNames.includes(base)) return base;
    for (let n = 2; ; n++) if (!this.projectNames.includes(`${base} (${n})`)) return `${base} (${n})`;
  }

  // --- sharing ----------------------------------------------------------------------------------

  shareHash(): string {
    return encodeShare({ name: this.name, files: this.files });
  }

  /** Opens the project in a share link; on a bad link says why and keeps the current work. */
  async openShared(hash: string): Promise<boolean> {
    try {
      const shared = decodeShare(hash);
      const name = shared.name ?? 'shared';
      const existing = this.projectNames.includes(name) ? await this.store.load(name) : null;
      if (existing && sameFiles(existing.files, shared.files)) this.applyProject(existing);
      else this.applyProject(emptyProject(this.uniqueName(name), shared.files));
      this.notify('info', `Opened the shared project "${this.name}".`);
      return true;
    } catch (error) {
      if (!(error instanceof ShareError)) throw error;
      this.notify('error', `${error.message} Your current work was kept.`);
      return false;
    }
  }

  // --- files ------------------------------------------------------------------------------------

  updateFile(path: string, text: string): void {
    if (this.files[path] === text) return;
    this.files = { ...this.files, [path]: text };
    this.changed();
  }

  /**
   * Creates a file with `text`, or by default with the text valid where it is (scaffold.ts): a
   * module in a dendrite also brings the dendrite's meta.nix when it has none.
   */
  addFile(input: string, text?: string): string | null {
    const path = normalizePath(input);
    if (!path) return this.refuse(`"${input}" is not a valid file path.`);
    if (path in this.files) return this.refuse(`${path} already exists.`);
    if (this.isFolder(path)) return this.refuse(`${path} is a folder.`);
    const created = text === undefined ? newFileFiles(this.files, path) : { [path]: text };
    const others = Object.keys(created).filter((p) => p !== path);
    this.writeFiles(created, path);
    if (others.length > 0) this.notify('info', `Created ${path}, and ${others.join(', ')} for it.`);
    return path;
  }

  /** Creates a folder; a dendrite's or fruit's folder starts with its meta.nix and default.nix. */
  addFolder(input: string): string | null {
    const path = normalizePath(input);
    if (!path) return this.refuse(`"${input}" is not a valid folder path.`);
    if (path in this.files || this.isFolder(path)) return this.refuse(`${path} already exists.`);
    const unit = newFolderFiles(path);
    if (unit) {
      this.writeFiles(unit, `${path}/default.nix`);
      this.notify('info', `Created ${path}/ with its meta.nix and default.nix.`);
      return path;
    }
    this.folders = [...this.folders, path];
    void this.save();
    return path;
  }

  /**
   * Adds a host, role, dendrite, fruit or home named `input` (scaffold.ts), and opens the file
   * to edit next; null (with the reason in the notice) when the name is not valid or taken.
   */
  addNew(thing: NewThing, input: string): string | null {
    const scaffold = scaffoldNew(
      { files: this.files, folders: this.folders, model: this.model },
      thing,
      input,
    );
    if (!scaffold.ok) return this.refuse(scaffold.message);
    const previous = { files: this.files, folders: this.folders };
    this.writeFiles(scaffold.files, scaffold.open);
    if (scaffold.line) this.openFile(scaffold.open, { line: scaffold.line, column: 3 });
    this.notify('info', scaffold.message, undefined, {
      label: 'Undo',
      run: () => {
        this.files = previous.files;
        this.folders = previous.folders;
        this.openTabs = this.openTabs.filter((p) => p in previous.files);
        if (this.activeFile && !(this.activeFile in previous.files))
          this.activeFile = this.openTabs[0] ?? null;
        this.changed();
      },
    });
    return scaffold.open;
  }

  /** Writes new or changed files as one edit, and opens `open`. */
  private writeFiles(created: ProjectFiles, open: string): void {
    const paths = Object.keys(created);
    this.files = { ...this.files, ...created };
    this.folders = this.folders.filter((folder) => !paths.some((path) => path.startsWith(folder + '/')));
    this.changed();
    this.openFile(open);
  }

  isFolder(path: string): boolean {
    return this.folders.includes(path) || Object.keys(this.files).some((file) => file.startsWith(path + '/'));
  }

  /** Renames a file or a folder (with everything in it). */
  rename(from: string, input: string): string | null {
    const to = normalizePath(input);
    if (!to) return this.refuse(`"${input}" is not a valid path.`);
    if (to === from) return to;
    if (to in this.files || this.isFolder(to)) return this.refuse(`${to} already exists.`);
    const move = (path: string) =>
      path === from ? to : path.startsWith(from + '/') ? to + path.slice(from.length) : path;
    const files: ProjectFiles = {};
    for (const [path, text] of Object.entries(this.files)) files[move(path)] = text;
    this.files = files;
    this.folders = this.folders.map(move);
    this.openTabs = this.openTabs.map(move);
    if (this.activeFile) this.activeFile = move(this.activeFile);
    this.changed();
    return to;
  }

  /** Deletes a file or a folder (with everything in it); the notice offers to undo. */
  remove(path: string): void {
    const previousFiles = this.files;
    const previousFolders = this.folders;
    const inside = (p: string) => p === path || p.startsWith(path + '/');
    this.files = Object.fromEntries(Object.entries(this.files).filter(([p]) => !inside(p)));
    this.folders = this.folders.filter((f) => !inside(f));
    this.openTabs = this.openTabs.filter((p) => !inside(p));
    if (this.activeFile && inside(this.activeFile)) this.activeFile = this.openTabs[0] ?? null;
    this.changed();
    this.notify('info', `Deleted ${path}.`, undefined, {
      label: 'Undo',
      run: () => {
        this.files = previousFiles;
        this.folders = previousFolders;
        this.changed();
      },
    });
  }

  openFile(path: string, position?: { line: number; column: number }): void {
    if (!(path in this.files)) return;
    if (!this.openTabs.includes(path)) this.openTabs = [...this.openTabs, path];
    this.activeFile = path;
    this.reveal = {
      file: path,
      line: position?.line ?? 1,
      column: position?.column ?? 1,
      sequence: ++this.revealSequence,
    };
    void this.save();
  }

  closeTab(path: string): void {
    const index = this.openTabs.indexOf(path);
    this.openTabs = this.openTabs.filter((p) => p !== path);
    if (this.activeFile === path)
      this.activeFile = this.openTabs[Math.min(index, this.openTabs.length - 1)] ?? null;
    void this.save();
  }

  // --- evaluation, notices ----------------------------------------------------------------------

  /**
   * After any change to the files: evaluate at once, save soon. Saving is deferred a little so a
   * burst of keystrokes is one write, not one each; `flush` (on page hide) writes at once.
   */
  private changed(): void {
    this.revision++;
    this.evaluateNow();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Writes a pending save now. When the page is going away an IndexedDB write may not finish,
   * so the project is also written synchronously to localStorage; `start` picks it up.
   */
  flush(options: { leaving?: boolean } = {}): Promise<void> {
    if (options.leaving && this.name) {
      try {
        localStorage.setItem(UNSAVED_KEY, JSON.stringify(this.snapshot()));
      } catch {
        // Storage full or unavailable: the IndexedDB write below is all we can do.
      }
    }
    return this.save();
  }

  notify(kind: Notice['kind'], text: string, detail?: string, action?: Notice['action']): void {
    this.notice = { kind, text, detail, action };
  }

  private refuse(message: string): null {
    this.notify('error', message);
    return null;
  }

  selectHost(host: string | null): void {
    this.selectedHost = host;
    const evaluated = this.evaluatedHost;
    // A host this revision's result does not cover is evaluated at once, as an edit would be.
    if (evaluated && this.result?.model && !this.askedFor(evaluated)) this.evaluateNow();
  }

  /** Shows a host's configuration, or (`user@host`) a home's, in the Config tab. */
  showConfiguration(name: string): void {
    const home = this.model?.homes[name];
    if (home) {
      this.configHome = name;
      this.selectHost(home.host);
    } else {
      this.configHome = null;
      this.selectHost(name);
    }
  }
}

/** Hosts evaluated together in one idle request (with their homes). */
const IDLE_BATCH_HOSTS = 4;

/** The hosts and homes `asked` has not covered, a few hosts (with their homes) per batch. */
function idleBatches(model: Model, asked: (name: string) => boolean): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let hosts = 0;
  for (const [name, host] of Object.entries(model.hosts)) {
    const names = [name, ...host.homes].filter((n) => !asked(n));
    if (names.length === 0) continue;
    batch.push(...names);
    if (++hosts === IDLE_BATCH_HOSTS) {
      batches.push(batch);
      batch = [];
      hosts = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The selected host if the model has it, else the model's first host. */
function hostFor(model: Model | null, selected: string | null): string | null {
  if (!model) return null;
  if (selected && selected in model.hosts) return selected;
  return Object.keys(model.hosts)[0] ?? null;
}

/** Diagnostics in the session API's order: file, line, column, code. */
function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
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

function sameFiles(a: ProjectFiles, b: ProjectFiles): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
