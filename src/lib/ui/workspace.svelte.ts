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
 *
 * The state lives here; its parts are worked by helpers: evaluation-schedule.ts (what is
 * evaluated when, and how results land), diagnostic-list.ts (the Problems list),
 * project-library.ts (opening, creating, renaming, deleting projects) and project-saving.ts
 * (IndexedDB and the copy kept while the page unloads). The file operations are here.
 */

import type { HostConfiguration, Model, ProjectFiles, ProjectResult } from '$lib/arbor/types';
import { collectDiagnostics, groupDiagnosticsByFile } from './diagnostic-list';
import type { EvaluationClient, EvaluationTimings } from './evaluation-client';
import { EvaluationSchedule, hostFor } from './evaluation-schedule';
import { normalizePath } from './file-tree';
import { ProjectLibrary } from './project-library';
import { ProjectSaving } from './project-saving';
import { newFileFiles, newFolderFiles, scaffoldNew, type NewThing } from './scaffold';

export { defaultFile } from './project-library';

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

  diagnostics = $derived(
    collectDiagnostics(this.result, this.otherConfigurations, this.idleStopped, this.stopped),
  );

  diagnosticsByFile = $derived(groupDiagnosticsByFile(this.diagnostics));

  /** The model is from an older revision than the problems (the project is currently broken). */
  modelIsStale = $derived(this.result !== null && this.result.model === null && this.model !== null);

  private readonly saving = new ProjectSaving(this);
  private readonly projects = new ProjectLibrary(this, this.saving, () => this.changed());
  private readonly schedule = new EvaluationSchedule(this);
  private revealSequence = 0;

  /** Starts evaluation in `createWorker`'s workers and opens the first project. */
  async start(options: {
    createWorker: () => Worker;
    example?: string;
    hash?: string;
    /** Opens the examples gallery (offered when the example asked for does not exist). */
    gallery?: () => void;
  }): Promise<void> {
    this.schedule.start(options.createWorker);
    await this.projects.openFirst(options);
    this.ready = true;
  }

  get evaluationClient(): EvaluationClient | null {
    return this.schedule.client;
  }

  dispose(): void {
    void this.flush();
    this.schedule.client?.dispose();
  }

  // --- projects (project-library.ts) -------------------------------------------------------------

  /** Saves the open project and makes it the one a reload comes back to. */
  save(): Promise<void> {
    return this.saving.save();
  }

  /** Opens an example: the saved project of that name if there is one (unless `reset`). */
  openExample(example: string, options: { reset: boolean }): Promise<boolean> {
    return this.projects.openExample(example, options);
  }

  switchProject(name: string): Promise<void> {
    return this.projects.switchProject(name);
  }

  createProject(name: string, files: ProjectFiles, example: string | null = null): Promise<void> {
    return this.projects.createProject(name, files, example);
  }

  /** Deletes the open project and opens another; the notice offers to undo. */
  deleteProject(): Promise<void> {
    return this.projects.deleteProject();
  }

  resetToExample(): Promise<void> {
    return this.projects.resetToExample();
  }

  /** Why `input` cannot name a project (other than the one named `current`), or null. */
  projectNameProblem(input: string, current: string | null = null): string | null {
    return this.projects.projectNameProblem(input, current);
  }

  /** "New project": a project named `input` with one host, opened. */
  newProject(input: string): Promise<boolean> {
    return this.projects.newProject(input);
  }

  /** Renames the open project (only its name changes); the notice offers to rename it back. */
  renameProject(input: string): Promise<boolean> {
    return this.projects.renameProject(input);
  }

  /** Copies the open project (files, folders, tabs, its example) as `input`, and opens the copy. */
  duplicateProject(input: string): Promise<boolean> {
    return this.projects.duplicateProject(input);
  }

  uniqueName(base: string): string {
    return this.projects.uniqueName(base);
  }

  // --- sharing ----------------------------------------------------------------------------------

  /** The share link's hash (share.ts and its gzip load on the first share). */
  async shareHash(): Promise<string> {
    const project = { name: this.name, files: this.files };
    const { encodeShare } = await import('./share');
    return encodeShare(project);
  }

  /** Opens the project in a share link; on a bad link says why and keeps the current work. */
  openShared(hash: string): Promise<boolean> {
    return this.projects.openShared(hash);
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
    this.schedule.evaluateNow();
    this.saving.saveSoon();
  }

  /**
   * Writes a pending save now. When the page is going away an IndexedDB write may not finish,
   * so the project is also written synchronously to localStorage; `start` picks it up.
   */
  flush(options: { leaving?: boolean } = {}): Promise<void> {
    return this.saving.flush(options);
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
    if (evaluated && this.result?.model && !this.schedule.askedFor(evaluated)) this.schedule.evaluateNow();
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
