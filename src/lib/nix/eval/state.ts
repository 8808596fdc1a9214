/**
 * One evaluation session: the file system, settings, caches and the global scope.
 *
 * Everything with a side effect comes in through `EvalOptions` (file system, environment
 * variables, clock, trace sink), so the same evaluator runs in Node and in a browser worker.
 * Files are parsed once and each file's value is cached, as Nix's `import` does.
 */

import { parse } from '../syntax/parser';
import { Source } from '../syntax/source';
import { parentDirectory } from '../syntax/paths';
import type { ParsedFile } from '../syntax/ast';
import type { FileSystem } from '../vfs/types';
import { resolveSymlinks } from '../vfs/types';
import { bytesToByteString } from '../bytes';
import { createBuiltins } from '../builtins';
import { COREPKGS } from '../builtins/corepkgs';
import { OverlayFileSystem } from '../vfs/overlay';
import { EvalContext } from './context';
import { forceDeep } from './deep';
import { SymbolTable } from '../syntax/symbols';
import { Coercer } from './coerce';
import { Compiler, type Runtime } from './compile';
import { evalError, NixError } from '../errors/nix-error';
import { Scope } from './scope';
import { Attrs, Env, type Code, type Lazy, type Value } from './values';
import { StoreState } from './store-state';

export interface SearchPathEntry {
  /** `nixpkgs` in `nixpkgs=/path`; empty for a plain directory entry. */
  prefix: string;
  path: string;
}

export interface EvalOptions {
  fs: FileSystem;
  /** `-I` entries first, then NIX_PATH's. */
  searchPath?: SearchPathEntry[];
  env?: Record<string, string | undefined>;
  currentSystem?: string;
  /** Seconds since the epoch, for `builtins.currentTime`. */
  currentTime?: number;
  homeDirectory?: string;
  /** The working directory: relative search path entries resolve against it. */
  cwd?: string;
  /** Where `builtins.trace` and warnings go (the CLI: stderr). */
  trace?: (message: string) => void;
  maxCallDepth?: number;
  /** `--show-trace`: an error leaving a lambda gets "while calling" and "from call site" frames. */
  showTrace?: boolean;
  storeDir?: string;
  /**
   * Parsed files shared between evaluations (path → text and tree). Trees are immutable, so a
   * long-lived session (the playground worker) parses a file again only when its text changed.
   */
  parseCache?: Map<string, { text: string; file: ParsedFile }>;
  /**
   * The symbol table the cached trees were read with (a session's, shared by its evaluators);
   * a new one by default. Nix's symbol order is per evaluator (syntax/symbols.ts).
   */
  symbols?: SymbolTable;
  /** `--trace-verbose`: `builtins.traceVerbose` prints. */
  traceVerbose?: boolean;
  /** `--abort-on-warn`: a warning aborts evaluation. */
  abortOnWarn?: boolean;
  /**
   * `--read-write-mode`: what is added to the store (`toFile` results, copied sources) is kept in
   * memory and can be read back under its store path, as from a real store.
   */
  readWrite?: boolean;
  /** `--store dummy://`: adding to the store fails, as with Nix's dummy store. */
  dummyStore?: boolean;
}

export class EvalState implements Runtime {
  fs: FileSystem;
  readonly options: EvalOptions;
  readonly coercer: Coercer;
  readonly store: StoreState;
  readonly baseScope: Scope;
  readonly baseEnv: Env;
  readonly builtins: Attrs;
  /** Call depth, limits, symbol table: everything evaluation keeps besides values (context.ts). */
  readonly context: EvalContext;
  /** Installed by the JSON family: serialises as `builtins.toJSON` (and `--json`) do. */
  jsonPrinter: ((value: Lazy, strict: boolean, context: Set<string>) => string) | null = null;
  /** Installed by the XML family: `builtins.toXML` and `--xml`. */
  xmlPrinter:
    ((value: Lazy, options: { strict: boolean; location: boolean }, context: Set<string>) => string) | null =
    null;
  private readonly fileValues = new Map<string, Value>();
  private readonly parsedFiles = new Map<string, ParsedFile>();
  /** Compiled code of files evaluated in the global scope, per (immutable) parsed file. */
  private readonly compiledFiles = new WeakMap<ParsedFile, Code>();

  constructor(options: EvalOptions) {
    this.fs = new OverlayFileSystem(options.fs, COREPKGS as Map<string, Uint8Array>);
    this.options = options;
    this.store = new StoreState(this);
    if (options.readWrite) this.fs = this.store.withAdded(this.fs);
    this.coercer = new Coercer((path, pos) => this.store.copyPathToStore(path, pos));
    this.context = new EvalContext(
      options.maxCallDepth ?? 10000,
      options.showTrace ?? false,
      options.symbols ?? new SymbolTable(),
    );
    const { scopeNames, values, builtins } = createBuiltins(this);
    this.builtins = builtins;
    this.baseScope = Scope.fromNames(null, scopeNames);
    this.baseEnv = new Env(null, values);
  }

  get storeDir(): string {
    return this.options.storeDir ?? '/nix/store';
  }

  /** Forces `value` deeply, as `--strict` and `deepSeq` do, in this evaluator's symbol order. */
  forceDeep(value: Lazy): void {
    forceDeep(value, this.context.symbols);
  }

  trace(message: string): void {
    this.options.trace?.(message);
  }

  /** Parses `text` as a file named `name` whose relative paths resolve against `baseDir`. */
  parseText(text: string, name: string, baseDir: string): ParsedFile {
    return parse(new Source(name, text, baseDir), {
      homeDirectory: this.options.homeDirectory,
      symbols: this.context.symbols,
    });
  }

  /** Compiles and runs a parsed file in the global scope (or a scope given by scopedImport). */
  evalParsed(file: ParsedFile, scope: Scope = this.baseScope, env: Env = this.baseEnv): Value {
    if (scope !== this.baseScope) return new Compiler(this, file.source).compile(file.expr, scope)(env);
    let code = this.compiledFiles.get(file);
    if (code === undefined) {
      code = new Compiler(this, file.source).compile(file.expr, scope);
      this.compiledFiles.set(file, code);
    }
    return code(env);
  }

  /**
   * Prepares a long-lived state (the playground's, between keystrokes) for the next evaluation
   * over a new file system: files are read again, and values of imported files are forgotten —
   * except under `keepValuesUnder`, for files that are known not to change (Arbor's library),
   * whose values are pure functions of their arguments. Parsed and compiled code is kept for
   * files whose text is unchanged.
   */
  resetFiles(fs: FileSystem, keepValuesUnder: string | null = null): void {
    this.fs = new OverlayFileSystem(fs, COREPKGS as Map<string, Uint8Array>);
    if (this.options.readWrite) this.fs = this.store.withAdded(this.fs);
    this.parsedFiles.clear();
    for (const path of [...this.fileValues.keys()]) {
      if (keepValuesUnder === null || !path.startsWith(keepValuesUnder)) this.fileValues.delete(path);
    }
    this.store.forgetCopies();
  }

  evalText(text: string, name: string, baseDir: string): Value {
    return this.evalParsed(this.parseText(text, name, baseDir));
  }

  valueToJson(value: Lazy, context: Set<string>, strict = true): string {
    if (this.jsonPrinter === null) throw evalError('not-available', 'JSON output is not available');
    return this.jsonPrinter(value, strict, context);
  }

  valueToXml(value: Lazy, context: Set<string>, options: { strict: boolean; location: boolean }): string {
    if (this.xmlPrinter === null) throw evalError('not-available', 'XML output is not available');
    return this.xmlPrinter(value, options, context);
  }

  /** Resolves a parsed file's variables without running it (`--parse` reports undefined ones). */
  compileOnly(file: ParsedFile): void {
    new Compiler(this, file.source).compile(file.expr, this.baseScope);
  }

  /** Nix's resolveExprPath: follows symlinks and turns a directory into its default.nix. */
  resolveImportPath(path: string): string {
    let resolved = resolveSymlinks(this.fs, path);
    const stat = this.fs.stat(resolved);
    if (stat?.type === 'directory') resolved = resolved === '/' ? '/default.nix' : resolved + '/default.nix';
    return resolved;
  }

  parseFile(path: string): ParsedFile {
    let parsed = this.parsedFiles.get(path);
    if (parsed === undefined) {
      const stat = this.fs.stat(path);
      if (stat === null) throw evalError('path', `path '${path}' does not exist`, null);
      const text = bytesToByteString(this.fs.readFile(path));
      const shared = this.options.parseCache?.get(path);
      if (shared !== undefined && shared.text === text) parsed = shared.file;
      else {
        parsed = this.parseText(text, path, parentDirectory(path));
        this.options.parseCache?.set(path, { text, file: parsed });
      }
      this.parsedFiles.set(path, parsed);
    }
    return parsed;
  }

  /** `import path`: evaluated once per file. */
  evalFile(path: string): Value {
    const resolved = this.resolveImportPath(path);
    const cached = this.fileValues.get(resolved);
    if (cached !== undefined) return cached;
    const value = this.evalParsed(this.parseFile(resolved));
    this.fileValues.set(resolved, value);
    return value;
  }
}

export { NixError };
