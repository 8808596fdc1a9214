// The module-system differential corpus: cases that run a `lib` (nixpkgs' real one under the
// oracle, or any lib under our evaluator) and goldens recorded from the real Nix. Shared by the
// golden writer (scripts/goldens-modules.ts), the differential test (modules.test.ts) and the live
// re-check (goldens.oracle.test.ts). The code is generic over the corpus directory, so another
// corpus with the same layout (test/stdlib) can reuse it.
//
// Layout of a corpus directory:
//   cases/<area>/<name>.nix          one case: a function `lib: <expression>`
//   cases/<area>/<name>/...          files the case imports (`./<name>/a.nix`); never cases
//   expected/<area>/<name>.exp       stdout of `nix-instantiate --eval --strict`, when Nix succeeded
//   expected/<area>/<name>.log       its stderr (traces, warnings), when Nix succeeded and said any
//   expected/<area>/<name>.err       JSON, when Nix failed: the final error message (portable), its
//                                    category and the case files the message mentions
//
// A case is evaluated as `import <case> (import <lib>)`, printed like `--eval --strict`. Messages
// are made portable: the lib's directory becomes `@LIB@`, the repository root `@ROOT@` (and a corpus
// outside the repository `@CORPUS@`). Failures are compared on category and mentioned files only,
// because Arbor's own lib is free to word its messages differently.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  REPO_ROOT,
  ROOT_TOKEN,
  classifyError,
  lineDiff,
  parseNixError,
  runOracle,
  toPortable,
  type NixCase,
  type RunResult,
} from '../evaluator/harness';
// Types only: the evaluator itself is loaded lazily by runOursCase.
import type { EvalState } from '../../src/lib/nix/eval/state';
import type { ParsedFile } from '../../src/lib/nix/syntax/ast';

export { REPO_ROOT, mapConcurrent, oracleUnavailable, type RunResult } from '../evaluator/harness';

export const LIB_TOKEN = '@LIB@';
export const CORPUS_TOKEN = '@CORPUS@';
/** The corpus of this directory. */
export const MODULES_CORPUS = join(REPO_ROOT, 'test/modules');
/** Arbor's own nixpkgs-compatible lib, what `npm test` runs the corpus on. */
export const ARBOR_LIB = join(REPO_ROOT, 'nix/lib/stdlib');
/** Where the helper's read-only copy of nixpkgs' lib lives on the development machine. */
export const DEFAULT_NIXPKGS_LIB = '/work/nixpkgs-lib/lib';

export interface ModuleCase {
  /** `area/name`, without `.nix`. */
  id: string;
  /** Absolute path of the case file. */
  file: string;
  /** Absolute path of the corpus directory it belongs to. */
  corpus: string;
}

export type ModuleErrorCategory =
  | 'option-conflict'
  | 'option-type'
  | 'option-unknown'
  | 'option-undefined'
  | 'infinite-recursion'
  | 'read-only'
  | 'already-declared'
  | 'class-mismatch'
  | 'removed-option'
  | 'assertion'
  | 'throw'
  | 'other';

export interface ErrorGolden {
  /** The final error message, ANSI escapes stripped, paths portable. */
  message: string;
  category: ModuleErrorCategory;
  /** Case files the message mentions, relative to the corpus' `cases/`, sorted. */
  files: string[];
}

export type ModuleGolden = { status: 'ok'; stdout: string; log: string } | ({ status: 'fail' } & ErrorGolden);

// ---------------------------------------------------------------------------------------------
// Cases

const casesDir = (corpus: string) => join(corpus, 'cases');
const expectedDir = (corpus: string) => join(corpus, 'expected');

/** Every case of a corpus (files directly inside `cases/<area>/`), sorted by id. `filters` (ids,
 * areas, or paths absolute or relative to the cwd, the repository or `cases/`) keep only the
 * cases at or under one of them. */
export function listModuleCases(corpus: string = MODULES_CORPUS, filters: string[] = []): ModuleCase[] {
  const root = casesDir(corpus);
  const found: ModuleCase[] = [];
  if (existsSync(root)) {
    for (const area of readdirSync(root, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      for (const entry of readdirSync(join(root, area.name), { withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.nix')) continue;
        const id = `${area.name}/${entry.name.slice(0, -4)}`;
        found.push({ id, file: join(root, area.name, entry.name), corpus });
      }
    }
  }
  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (filters.length === 0) return found;
  const wanted = filters.map((f) => normaliseFilter(root, f));
  return found.filter((c) => wanted.some((w) => c.file === w || c.file.startsWith(w + sep)));
}

function normaliseFilter(root: string, filter: string): string {
  const candidates = [resolve(root, filter), resolve(filter), resolve(REPO_ROOT, filter)];
  for (const c of candidates) {
    if (existsSync(c + '.nix')) return c + '.nix';
    if (existsSync(c)) return c;
  }
  return candidates[0];
}

/** The expression a case is evaluated as. */
export function caseExpression(c: ModuleCase, libDir: string): string {
  return `import ${nixString(c.file)} (import ${nixString(resolve(libDir))})`;
}

function nixString(text: string): string {
  return '"' + text.replace(/[\\"]/g, (m) => '\\' + m).replace(/\$\{/g, '\\${') + '"';
}

// ---------------------------------------------------------------------------------------------
// Error messages

// Matched against the head of the final message (before any `Definition values:` list, whose
// values are arbitrary text); the first match wins. Arbor's lib must keep these phrasings.
const CATEGORY_TABLE: [RegExp, ModuleErrorCategory][] = [
  [/can no longer be used since it's been removed|no longer has any effect/, 'removed-option'],
  [
    /has conflicting definition values|conflicting option types|conflicting definitions|is defined multiple times while it's expected to be unique|is defined both null and not null/,
    'option-conflict',
  ],
  [/is not of type/, 'option-type'],
  [/The option `[^']*' does not exist/, 'option-unknown'],
  [/is used but not defined|has no value defined/, 'option-undefined'],
  [/^infinite recursion encountered/, 'infinite-recursion'],
  [/is read-only/, 'read-only'],
  [/is already declared in/, 'already-declared'],
  [/cannot be imported into a module evaluation that expects class/, 'class-mismatch'],
  [/^\s*Failed assertions?:/, 'assertion'],
];

/** The category of a module-system error message (the final `error:` of Nix's report). */
export function categorizeModuleError(message: string): ModuleErrorCategory {
  const head = message.split('Definition values:')[0];
  for (const [re, category] of CATEGORY_TABLE) if (re.test(head)) return category;
  const kind = classifyError(message);
  if (kind === 'throw') return 'throw';
  if (kind === 'assertion') return 'assertion';
  if (kind === 'infinite-recursion' || kind === 'stack-overflow') return 'infinite-recursion';
  return 'other';
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** A message with ANSI escapes removed and the lib, repository and corpus paths as tokens. */
export function portableMessage(message: string, corpus: string, libDir: string): string {
  let text = message.replace(ANSI, '').split(resolve(libDir)).join(LIB_TOKEN);
  const inRepo = !relative(REPO_ROOT, corpus).startsWith('..');
  if (!inRepo) text = text.split(resolve(corpus)).join(CORPUS_TOKEN);
  return toPortable(text);
}

/** The case files (relative to `cases/`) a portable message mentions, sorted, without repeats. */
export function mentionedCaseFiles(portable: string, corpus: string): string[] {
  const inRepo = !relative(REPO_ROOT, corpus).startsWith('..');
  const prefix =
    (inRepo ? `${ROOT_TOKEN}/${relative(REPO_ROOT, corpus).split(sep).join('/')}` : CORPUS_TOKEN) + '/cases/';
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const files = new Set<string>();
  for (const m of portable.matchAll(new RegExp(escaped + '([^\\s\'"`:,;()]+)', 'g')))
    files.add(m[1].replace(/[.]$/, ''));
  return [...files].sort();
}

/** What a run of a case is recorded as. The message is the final error of the report. */
export function goldenFromRun(c: ModuleCase, run: RunResult, libDir: string): ModuleGolden {
  if (run.exitCode === 0)
    return { status: 'ok', stdout: run.stdout, log: portableMessage(run.stderr, c.corpus, libDir) };
  const parsed = parseNixError(run.stderr.replace(ANSI, ''));
  const raw = parsed?.message ?? run.stderr.trim();
  const message = portableMessage(raw, c.corpus, libDir);
  return {
    status: 'fail',
    message,
    category: categorizeModuleError(message),
    files: mentionedCaseFiles(message, c.corpus),
  };
}

// ---------------------------------------------------------------------------------------------
// Goldens

function goldenPaths(c: ModuleCase): { exp: string; log: string; err: string } {
  const base = join(expectedDir(c.corpus), c.id);
  return { exp: base + '.exp', log: base + '.log', err: base + '.err' };
}

export function readModuleGolden(c: ModuleCase): ModuleGolden | undefined {
  const p = goldenPaths(c);
  if (existsSync(p.exp)) {
    const log = existsSync(p.log) ? readFileSync(p.log, 'utf8') : '';
    return { status: 'ok', stdout: readFileSync(p.exp, 'utf8'), log };
  }
  if (existsSync(p.err)) {
    const e = JSON.parse(readFileSync(p.err, 'utf8')) as ErrorGolden;
    return { status: 'fail', message: e.message, category: e.category, files: e.files };
  }
  return undefined;
}

export function writeModuleGolden(c: ModuleCase, g: ModuleGolden): void {
  const p = goldenPaths(c);
  for (const f of [p.exp, p.log, p.err]) rmSync(f, { force: true });
  mkdirSync(dirname(p.exp), { recursive: true });
  if (g.status === 'ok') {
    writeFileSync(p.exp, g.stdout);
    if (g.log !== '') writeFileSync(p.log, g.log);
  } else {
    const body: ErrorGolden = { message: g.message, category: g.category, files: g.files };
    writeFileSync(p.err, JSON.stringify(body, null, 2) + '\n');
  }
}

/** Golden files (relative to `expected/`) whose case no longer exists. */
export function orphanModuleGoldens(corpus: string = MODULES_CORPUS): string[] {
  const root = expectedDir(corpus);
  if (!existsSync(root)) return [];
  const ids = new Set(listModuleCases(corpus).map((c) => c.id));
  const orphans: string[] = [];
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const entry of readdirSync(join(root, area.name))) {
      const m = /^(.*)\.(exp|log|err)$/.exec(entry);
      if (!m || !ids.has(`${area.name}/${m[1]}`)) orphans.push(`${area.name}/${entry}`);
    }
  }
  return orphans.sort();
}

export function sameModuleGolden(a: ModuleGolden, b: ModuleGolden): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function describeGolden(g: ModuleGolden | undefined): string {
  if (!g) return '(no golden)';
  if (g.status === 'ok') return g.stdout + (g.log ? `[stderr]\n${g.log}` : '');
  return `error (${g.category}; files: ${g.files.join(', ') || 'none'}):\n${g.message}\n`;
}

/**
 * Why `actual` does not match the golden, or `undefined` when it does. Values (and stderr on
 * success) must match byte for byte; a failure must fail too, with the same category and the same
 * mentioned case files; with `exactMessages` the message text must match as well.
 */
export function explainModuleMismatch(
  expected: ModuleGolden,
  actual: ModuleGolden,
  options: { exactMessages?: boolean } = {},
): string | undefined {
  if (expected.status === 'ok' && actual.status === 'ok') {
    const out: string[] = [];
    if (expected.stdout !== actual.stdout)
      out.push('stdout differs:', lineDiff(expected.stdout, actual.stdout));
    if (expected.log !== actual.log) out.push('stderr differs:', lineDiff(expected.log, actual.log));
    return out.length > 0 ? out.join('\n') : undefined;
  }
  if (expected.status === 'ok')
    return `expected success with:\n${expected.stdout}but failed:\n${describeGolden(actual)}`;
  if (actual.status === 'ok')
    return `expected failure:\n${describeGolden(expected)}but succeeded with:\n${actual.stdout}`;
  const same =
    expected.category === actual.category &&
    JSON.stringify(expected.files) === JSON.stringify(actual.files) &&
    (!options.exactMessages || expected.message === actual.message);
  if (same) return undefined;
  return `expected ${describeGolden(expected)}but got ${describeGolden(actual)}`;
}

// ---------------------------------------------------------------------------------------------
// Running a case

const ORACLE_FLAGS = ['--eval', '--strict', '--expr'];

/** Runs a case under the oracle (the real nix-instantiate) on the lib at `libDir`. */
export function runOracleCase(c: ModuleCase, libDir: string): Promise<RunResult> {
  const mounts = [process.env.ARBOR_ORACLE_MOUNTS, resolve(libDir)];
  if (relative(REPO_ROOT, c.corpus).startsWith('..')) mounts.push(resolve(c.corpus));
  const nixCase: NixCase = {
    id: c.id,
    file: c.file,
    relPath: relative(REPO_ROOT, c.file),
    flags: ORACLE_FLAGS,
    env: { ARBOR_ORACLE_MOUNTS: mounts.filter(Boolean).join(':') },
    argv: [...ORACLE_FLAGS, caseExpression(c, libDir)],
  };
  return runOracle(nixCase);
}

/** Evaluators kept between cases (per lib): the lib's files are parsed, compiled and evaluated
 * once, like a playground session does; a failed case drops its evaluator, so no half-evaluated
 * value can leak into the next case. */
const ourStates = new Map<string, EvalState>();
const parseCache = new Map<string, { text: string; file: ParsedFile }>();

/**
 * Runs a case under our evaluator, in-process, as `nix-instantiate --eval --strict --expr` would:
 * the value forced deeply and printed, or the error report on stderr with exit code 1.
 */
export async function runOursCase(c: ModuleCase, libDir: string): Promise<RunResult> {
  // Loaded lazily so the golden writer can use this module without loading the evaluator.
  const { toByteString, fromByteString } = await import('../../src/lib/nix/bytes');
  const { NixError } = await import('../../src/lib/nix/errors/nix-error');
  const { formatError } = await import('../../src/lib/nix/errors/format');
  const { printValue } = await import('../../src/lib/nix/eval/show');
  const { EvalState: State } = await import('../../src/lib/nix/eval/state');
  const { STRING_SOURCE } = await import('../../src/lib/nix/syntax/source');
  const { NodeFileSystem } = await import('../../src/lib/nix/vfs/node');

  const lib = resolve(libDir);
  const fs = new NodeFileSystem();
  let stderr = '';
  const trace = (message: string) => {
    stderr += message + '\n';
  };
  let state = ourStates.get(lib);
  if (state === undefined) {
    state = new State({ fs, cwd: toByteString(REPO_ROOT), trace: (m) => traceSink(m), parseCache });
    ourStates.set(lib, state);
  } else state.resetFiles(fs, toByteString(lib + '/'));
  traceSink = trace;
  try {
    const value = state.evalText(
      toByteString(caseExpression(c, lib)),
      STRING_SOURCE,
      toByteString(REPO_ROOT),
    );
    state.forceDeep(value);
    return { stdout: fromByteString(printValue(value) + '\n'), stderr: fromByteString(stderr), exitCode: 0 };
  } catch (error) {
    ourStates.delete(lib);
    if (error instanceof NixError) stderr += formatError(error);
    else if (error instanceof RangeError && /call stack/i.test(error.message))
      stderr += 'error: stack overflow (possible infinite recursion)\n';
    else throw error;
    return { stdout: '', stderr: fromByteString(stderr), exitCode: 1 };
  }
}

/** Where the current case's traces and warnings go (the shared evaluator outlives a case). */
let traceSink: (message: string) => void = () => {};
