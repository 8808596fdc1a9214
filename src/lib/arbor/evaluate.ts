/**
 * `evaluateProject`: runs Arbor's Nix library on a project in our evaluator and returns the model
 * with every diagnostic. This is the one entry point the playground worker, the CLI and the tests
 * share.
 *
 * The project and the library are laid out in an in-memory file system (`/project`, `/arbor/lib`).
 * Every `.nix` file is first parsed in tolerant mode, so each syntax error in the project becomes
 * a `parse-error` diagnostic even when the library never reads that file; then the library runs.
 * If evaluation fails (a file the library imports does not parse, or throws), the failure becomes
 * a positioned `parse-error`/`eval-error` diagnostic instead of an exception: a session never
 * crashes on a user's mistake.
 */

import {
  Attrs,
  EvalState,
  type FileSystem,
  force,
  fromByteString,
  MemoryFileSystem,
  isNixError,
  NixError,
  OverlayFileSystem,
  type ParsedFile,
  type ParseError,
  parseTolerant,
  resourceExhaustion,
  Source,
  STRING_SOURCE,
  SymbolTable,
  toByteString,
} from '../nix';
import { LIBRARY_CODE } from './generated/library-code';
import { PLATFORM_CODE } from './generated/library-platform';
import { hostEvaluation, walkConfiguration, type HostWalkContext, type WalkDetail } from './host-evaluation';
import { traceFrames } from './module-errors';
import { toJs } from './to-js';
import type { Diagnostic, HostConfiguration, Model, ProjectFiles, ProjectResult } from './types';
import { sameFiles } from './project-files';
import { pointAtNamedValue } from './value-positions';

import { runRepl, type ReplOptions, type ReplResult } from './repl';
import { LIBRARY_ROOT, PROJECT_ROOT } from './roots';

export { LIBRARY_ROOT, PROJECT_ROOT };

export interface EvaluateOptions {
  /** Nix's max-call-depth (default 10000). */
  maxCallDepth?: number;
  /** Where `builtins.trace` output goes. */
  trace?: (message: string) => void;
  /**
   * Whose modules to evaluate: every host and home (`'all'`, the default), none, or the named
   * hosts (`nas`) and homes (`alice@nas`).
   */
  modules?: 'all' | 'none' | string[];
  /**
   * `full` (default): every option's value and declaration, for the Config tab and `arbor eval`;
   * `check`: only what can hold the project's mistakes (faster; `arbor check`).
   */
  detail?: WalkDetail;
}

function isIgnored(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('_'));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

function relativeFile(name: string): string {
  const text = fromByteString(name);
  if (text.startsWith(PROJECT_ROOT + '/')) return text.slice(PROJECT_ROOT.length + 1);
  if (text.startsWith(LIBRARY_ROOT + '/')) return 'lib/' + text.slice(LIBRARY_ROOT.length + 1);
  return text;
}

function parseDiagnostic(error: ParseError): Diagnostic {
  const { source, start } = error.detail;
  const p = source.position(start);
  return {
    code: 'parse-error',
    severity: 'error',
    message: fromByteString(error.message),
    file: relativeFile(source.name),
    line: p.line,
    column: p.column,
    host: null,
    hint: 'Fix the syntax error; the file cannot be read until it parses.',
  };
}

/** An evaluation error as a diagnostic, at the innermost position inside the project. */
function evalDiagnostic(error: NixError): Diagnostic {
  const candidates = [error.pos, ...error.frames.map((f) => f.pos)].filter((p) => p !== null);
  const inProject = candidates.find((p) => fromByteString(p.source.name).startsWith(PROJECT_ROOT + '/'));
  const pos = inProject ?? candidates[0] ?? null;
  const position = pos ? pos.source.position(pos.offset) : { line: 1, column: 1, file: '' };
  return {
    code: 'eval-error',
    severity: 'error',
    message: fromByteString(error.message),
    file: pos ? relativeFile(pos.source.name) : '',
    line: position.line,
    column: position.column,
    host: null,
    hint: error.hint
      ? fromByteString(error.hint)
      : 'Fix the expression at this position (the trace shows how it was reached).',
    // Frames inside Arbor's library are its plumbing, not the user's: only the others are kept.
    trace: traceFrames(error, (p) => {
      const at = p.source.position(p.offset);
      return { file: relativeFile(p.source.name), line: at.line, column: at.column };
    }).filter((f) => !f.file?.startsWith('lib/')),
  };
}

/**
 * The library's files as bytes (without their comments: generated/library-code.ts and
 * library-platform.ts), made once. The playground's worker is built with `PLATFORM_CODE` empty
 * (vite.config.ts) and adds it with `addPlatformCode` once loaded.
 */
let libraryBytes: Map<string, Uint8Array> | undefined;

function libraryFiles(): Map<string, Uint8Array> {
  if (libraryBytes === undefined) {
    libraryBytes = new Map();
    addLibraryFiles(libraryBytes, LIBRARY_CODE);
    addLibraryFiles(libraryBytes, PLATFORM_CODE);
  }
  return libraryBytes;
}

function addLibraryFiles(bytes: Map<string, Uint8Array>, files: Record<string, string>): void {
  const encoder = new TextEncoder();
  for (const [path, text] of Object.entries(files))
    bytes.set(`${LIBRARY_ROOT}/${path}`, encoder.encode(text));
}

/**
 * The library's `platform/` (the NixOS, nix-darwin and home-manager stand-ins), for a bundle
 * built without it: evaluating a host's modules needs it, a model-only evaluation does not.
 */
export function addPlatformCode(files: Record<string, string>): void {
  addLibraryFiles(libraryFiles(), files);
}

export function createProjectFileSystem(files: ProjectFiles): FileSystem {
  const fs = new MemoryFileSystem();
  fs.mkdir(PROJECT_ROOT);
  for (const [path, contents] of Object.entries(files)) fs.writeFile(`${PROJECT_ROOT}/${path}`, contents);
  return new OverlayFileSystem(fs, libraryFiles());
}

/**
 * A session: one project edited over time (a playground tab, a CLI run, a test). It owns every
 * cache — the parsed files (immutable, reused while a file's text is unchanged) and one evaluator,
 * whose global scope and library code and values survive from one keystroke to the next while
 * project files are read afresh. Nothing is shared between sessions, so two of them in one
 * process never see each other's files or failures.
 */
export class Session {
  readonly #parseCache = new Map<string, { text: string; file: ParsedFile }>();
  /** The symbol table the cached trees were read with, and so every evaluator's here. */
  readonly #symbols = new SymbolTable();
  #shared: { key: string; state: EvalState } | undefined;

  #stateFor(fs: FileSystem, options: EvaluateOptions): EvalState {
    const key = String(options.maxCallDepth ?? 10000);
    if (this.#shared !== undefined && this.#shared.key === key && options.trace === undefined) {
      this.#shared.state.resetFiles(fs, LIBRARY_ROOT + '/');
      return this.#shared.state;
    }
    const state = new EvalState({
      fs,
      maxCallDepth: options.maxCallDepth,
      trace: options.trace,
      parseCache: this.#parseCache,
      symbols: this.#symbols,
    });
    if (options.trace === undefined) this.#shared = { key, state };
    return state;
  }

  /** The model of the last evaluation, with the files it was made from. */
  #last: { files: ProjectFiles; model: Model | null } | undefined;

  /**
   * The project's model: the last evaluation's when the files are the same (a download right
   * after an edit), otherwise a fresh model-only evaluation.
   */
  model(files: ProjectFiles): Model | null {
    if (this.#last !== undefined && sameFiles(this.#last.files, files)) return this.#last.model;
    return this.evaluate(files, { modules: 'none' }).model;
  }

  /**
   * The REPL: `expression` evaluated in the project's scope (repl.ts), with this session's
   * evaluator, so Arbor's library is compiled once for the playground's edits and its REPL.
   */
  repl(files: ProjectFiles, expression: string, options: ReplOptions = {}): ReplResult {
    const state = this.#stateFor(createProjectFileSystem(files), {});
    const result = runRepl(state, expression, options);
    // A failed evaluation may leave library values half-evaluated: start afresh next time.
    if (!result.ok) this.#shared = undefined;
    return result;
  }

  /** Evaluates the project's model and the requested hosts' modules; never throws on a user's mistake. */
  evaluate(files: ProjectFiles, options: EvaluateOptions = {}): ProjectResult {
    const parseCache = this.#parseCache;
    const start = performance.now();
    const diagnostics: Diagnostic[] = [];
    const brokenFiles = new Set<string>();
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.nix') || isIgnored(path)) continue;
      const name = toByteString(`${PROJECT_ROOT}/${path}`);
      const bytes = toByteString(text);
      const cached = parseCache.get(name);
      if (cached?.text === bytes) continue;
      const baseDir = name.slice(0, name.lastIndexOf('/'));
      const { file, errors } = parseTolerant(new Source(name, bytes, baseDir), { symbols: this.#symbols });
      if (file) parseCache.set(name, { text: bytes, file });
      if (errors.length > 0) brokenFiles.add(path);
      for (const error of errors) diagnostics.push(parseDiagnostic(error));
    }
    const parsed = performance.now();

    const fs = createProjectFileSystem(files);
    const state = this.#stateFor(fs, options);
    let model: Model | null = null;
    let configurations: Record<string, HostConfiguration> = {};
    let modelDone = performance.now();
    try {
      const session = force(
        state.evalText(
          `let root = ${PROJECT_ROOT}; model = import ${LIBRARY_ROOT}/pipeline/model.nix { inherit root; }; in ` +
            `{ json = model.json; hosts = import ${LIBRARY_ROOT}/host-eval.nix { inherit root model; }; }`,
          STRING_SOURCE,
          '/',
        ),
      ) as Attrs;
      model = toJs(session.get('json')!) as Model;
      // A name in a list is positioned on the name, not on the list's attribute.
      const parsedFile = (file: string) => parseCache.get(toByteString(`${PROJECT_ROOT}/${file}`))?.file;
      diagnostics.push(...model.diagnostics.map((d) => pointAtNamedValue(d, parsedFile(d.file))));
      modelDone = performance.now();
      configurations = evaluateConfigurations(
        session,
        model,
        diagnostics,
        brokenFiles,
        options.modules ?? 'all',
        options.detail ?? 'full',
      );
      for (const configuration of Object.values(configurations))
        diagnostics.push(...configuration.diagnostics);
    } catch (error) {
      // A failed evaluation may leave library values half-evaluated: start afresh next time.
      this.#shared = undefined;
      if (isNixError(error, 'parse')) {
        const file = relativeFile(error.detail.source.name);
        if (!brokenFiles.has(file)) diagnostics.push(parseDiagnostic(error));
      } else if (error instanceof NixError) {
        diagnostics.push(evalDiagnostic(error));
      } else if (resourceExhaustion(error) !== null) {
        const exhausted = resourceExhaustion(error)!;
        diagnostics.push({
          code: 'eval-error',
          severity: 'error',
          message: exhausted.message,
          file: '',
          line: 1,
          column: 1,
          host: null,
          hint: exhausted.hint,
        });
      } else throw error;
    }
    const end = performance.now();
    diagnostics.sort(compareDiagnostics);
    this.#last = { files, model };
    return {
      model,
      diagnostics,
      configurations,
      timing: {
        parseMs: parsed - start,
        evalMs: modelDone - parsed,
        modulesMs: end - modelDone,
        totalMs: end - start,
      },
    };
  }
}

const defaultSession = new Session();

/** The REPL on the process's default session (see `Session.repl`). */
export function evaluateRepl(files: ProjectFiles, expression: string, options: ReplOptions = {}): ReplResult {
  return defaultSession.repl(files, expression, options);
}

/** `evaluateProject(files)`: the process's default session (the CLI's; tests that need their own make a Session). */
export function evaluateProject(files: ProjectFiles, options: EvaluateOptions = {}): ProjectResult {
  return defaultSession.evaluate(files, options);
}

const walkContext: HostWalkContext = {
  resolve(pos) {
    const p = pos.source.position(pos.offset);
    return { file: relativeFile(pos.source.name), line: p.line, column: p.column };
  },
  inProject(pos) {
    return pos.source.name.startsWith(PROJECT_ROOT + '/');
  },
  projectFile(path) {
    return path.startsWith(PROJECT_ROOT + '/') ? fromByteString(path.slice(PROJECT_ROOT.length + 1)) : null;
  },
};

/**
 * Evaluates the modules of the requested hosts and homes. A host with an error of its own in
 * the model (an unknown role, a missing fact, a file of its that does not parse) is skipped: its
 * modules are not what the user meant yet, and the model's diagnostic already says why.
 */
function evaluateConfigurations(
  session: Attrs,
  model: Model,
  diagnostics: Diagnostic[],
  brokenFiles: Set<string>,
  which: 'all' | 'none' | string[],
  detail: WalkDetail,
): Record<string, HostConfiguration> {
  if (which === 'none') return {};
  const hosts = force(session.get('hosts')!) as Attrs;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const out: Record<string, HostConfiguration> = {};
  const wanted = (name: string) => which === 'all' || which.includes(name);
  const blocked = (name: string, modules: { file: string }[]) => {
    const files = new Set(modules.map((m) => m.file));
    return (
      errors.some(
        (d) => d.host === name || files.has(d.file) || (d.host === null && d.code !== 'orphan-override'),
      ) || [...files].some((f) => brokenFiles.has(f))
    );
  };
  for (const [name, host] of Object.entries(model.hosts)) {
    if (!wanted(name) || blocked(name, host.modules)) continue;
    out[name] = walkConfiguration(walkContext, name, 'host', hostEvaluation(hosts, 'host', name), detail, {
      file: host.file,
      line: host.line,
      column: host.column,
    });
  }
  for (const [key, home] of Object.entries(model.homes)) {
    if (!wanted(key) || blocked(home.host, home.modules)) continue;
    out[key] = walkConfiguration(walkContext, key, 'home', hostEvaluation(hosts, 'home', key), detail, {
      file: model.hosts[home.host]?.file ?? '',
      line: model.hosts[home.host]?.line ?? 1,
      column: model.hosts[home.host]?.column ?? 1,
    });
  }
  return out;
}
