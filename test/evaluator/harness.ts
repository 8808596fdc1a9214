// The differential corpus: one `.nix` file per case under test/evaluator/cases/<area>/, each with a golden
// produced by the real Nix (scripts/goldens.ts). This module is shared by the golden writer, the
// differential test (our evaluator against the stored goldens) and the live oracle test.
//
// A case file may start with header comments:
//   # flags: --eval --json -A foo     nix-instantiate flags (default `--eval --strict`); quoting as in sh
//   # env: NAME=value                 an environment variable (repeatable)
// The case path, relative to the repository root, is appended as the last argument unless the flags
// contain `-E`/`--expr`. Every run has cwd = repository root. `@ROOT@` in flags stands for the root.
//
// Goldens sit next to the case: `<name>.exp` holds stdout when Nix exits 0 (and `<name>.log` its
// stderr, when not empty: trace and warning output); `<name>.err` holds `# exit: N` and then stderr
// when it exits non-zero. The absolute repository root is written as `@ROOT@` so goldens do not
// depend on where the checkout lives.
//
// Failures are compared structurally: `parseNixError` reduces a Nix error report to the kind of the
// final error and the position printed under it; message wording may differ.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CASES_DIR = join(REPO_ROOT, 'test/evaluator/cases');
export const ROOT_TOKEN = '@ROOT@';
export const DEFAULT_FLAGS = ['--eval', '--strict'];

export interface NixCase {
  /** `area/name`, without `.nix`. */
  id: string;
  /** Absolute path of the case file. */
  file: string;
  /** Path of the case file relative to the repository root (what is passed to nix-instantiate). */
  relPath: string;
  flags: string[];
  env: Record<string, string>;
  /** Full nix-instantiate argument vector. */
  argv: string[];
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type Golden =
  { status: 'ok'; stdout: string; log: string } | { status: 'fail'; exitCode: number; stderr: string };

// ---------------------------------------------------------------------------------------------
// Cases

/** Every case under `test/evaluator/cases`, sorted by id; `filters` (paths or ids, absolute or relative
 * to the root or to the cases directory) keep only the cases under one of them. */
export function listCases(filters: string[] = []): NixCase[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.nix')) files.push(full);
    }
  };
  if (existsSync(CASES_DIR)) walk(CASES_DIR);
  files.sort();
  const wanted = filters.map(normaliseFilter);
  return files
    .filter((file) => wanted.length === 0 || wanted.some((w) => file === w || file.startsWith(w + sep)))
    .map(loadCase);
}

function normaliseFilter(filter: string): string {
  const candidates = [resolve(filter), resolve(REPO_ROOT, filter), resolve(CASES_DIR, filter)];
  for (const c of candidates) {
    if (existsSync(c)) return c;
    if (existsSync(c + '.nix')) return c + '.nix';
  }
  return candidates[2];
}

export function loadCase(file: string): NixCase {
  const relPath = relative(REPO_ROOT, file).split(sep).join('/');
  const id = relative(CASES_DIR, file)
    .split(sep)
    .join('/')
    .replace(/\.nix$/, '');
  const { flags, env } = parseCaseHeader(readFileSync(file, 'utf8'));
  const usesExpr = flags.some((f) => f === '-E' || f === '--expr' || f === '--find-file');
  return { id, file, relPath, flags, env, argv: usesExpr ? flags : [...flags, relPath] };
}

/** Reads the `# flags:` and `# env:` header lines at the top of a case. */
export function parseCaseHeader(text: string): { flags: string[]; env: Record<string, string> } {
  let flags = DEFAULT_FLAGS;
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^#\s*(flags|env):\s?(.*)$/.exec(line);
    if (!m) break;
    if (m[1] === 'flags') {
      flags = splitShellWords(m[2]).map((w) => w.split(ROOT_TOKEN).join(REPO_ROOT));
    } else {
      const eq = m[2].indexOf('=');
      if (eq <= 0) throw new Error(`bad env line: ${line}`);
      env[m[2].slice(0, eq).trim()] = m[2]
        .slice(eq + 1)
        .split(ROOT_TOKEN)
        .join(REPO_ROOT);
    }
  }
  return { flags, env };
}

/** Splits a command line like sh does for words, single quotes, double quotes and backslashes
 * (no expansions). */
export function splitShellWords(input: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${input}`);
      word += input.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      i++;
      while (i < input.length && input[i] !== '"') {
        if (input[i] === '\\' && i + 1 < input.length && '"\\$`'.includes(input[i + 1])) i++;
        word += input[i++];
      }
      if (i >= input.length) throw new Error(`unterminated " in: ${input}`);
      inWord = true;
    } else if (c === '\\' && i + 1 < input.length) {
      word += input[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

// ---------------------------------------------------------------------------------------------
// Goldens

export function toPortable(text: string): string {
  return text.split(REPO_ROOT).join(ROOT_TOKEN);
}

export function fromPortable(text: string): string {
  return text.split(ROOT_TOKEN).join(REPO_ROOT);
}

function goldenPaths(c: NixCase): { exp: string; log: string; err: string } {
  const base = c.file.replace(/\.nix$/, '');
  return { exp: base + '.exp', log: base + '.log', err: base + '.err' };
}

/** The stored golden of a case, with `@ROOT@` turned back into this checkout's root; `undefined`
 * when there is none. */
export function readGolden(c: NixCase): Golden | undefined {
  const p = goldenPaths(c);
  if (existsSync(p.exp)) {
    const log = existsSync(p.log) ? readFileSync(p.log, 'utf8') : '';
    return { status: 'ok', stdout: fromPortable(readFileSync(p.exp, 'utf8')), log: fromPortable(log) };
  }
  if (existsSync(p.err)) {
    const text = readFileSync(p.err, 'utf8');
    const m = /^# exit: (\d+)\n/.exec(text);
    if (!m) throw new Error(`${p.err}: first line must be '# exit: N'`);
    return { status: 'fail', exitCode: Number(m[1]), stderr: fromPortable(text.slice(m[0].length)) };
  }
  return undefined;
}

export function goldenFromResult(r: RunResult): Golden {
  return r.exitCode === 0
    ? { status: 'ok', stdout: r.stdout, log: r.stderr }
    : { status: 'fail', exitCode: r.exitCode, stderr: r.stderr };
}

/** Writes the golden files of a case (removing stale ones). */
export function writeGolden(c: NixCase, r: RunResult): void {
  const p = goldenPaths(c);
  for (const f of [p.exp, p.log, p.err]) rmSync(f, { force: true });
  if (r.exitCode === 0) {
    writeFileSync(p.exp, toPortable(r.stdout));
    if (r.stderr !== '') writeFileSync(p.log, toPortable(r.stderr));
  } else {
    writeFileSync(p.err, `# exit: ${r.exitCode}\n` + toPortable(r.stderr));
  }
}

/** Whether two goldens are byte-identical. */
export function sameGolden(a: Golden, b: Golden): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// Error reports

export type NixErrorKind =
  | 'syntax'
  | 'undefined-variable'
  | 'missing-attribute'
  | 'duplicate-attribute'
  | 'infinite-recursion'
  | 'stack-overflow'
  | 'division-by-zero'
  | 'integer-overflow'
  | 'unexpected-argument'
  | 'missing-argument'
  | 'assertion'
  | 'index-out-of-bounds'
  | 'empty-list'
  | 'not-a-function'
  | 'abort'
  | 'path-not-found'
  | 'io'
  | 'search-path'
  | 'attr-path'
  | 'type'
  | 'bad-argument'
  | 'invalid-regex'
  | 'json'
  | 'toml'
  | 'hash'
  | 'context'
  | 'string-index'
  | 'derivation'
  | 'store'
  | 'experimental-feature'
  | 'cli'
  | 'throw';

export interface NixPosition {
  file: string;
  line: number;
  column: number;
}

export interface NixError {
  kind: NixErrorKind;
  /** The final error message (continuation lines joined with `\n`, indentation removed). */
  message: string;
  /** The `at file:line:col:` printed right under the final message, if any. */
  position?: NixPosition;
  /** The `… while …` frames, outermost first (first line of each). */
  frames: string[];
}

// Ordered: the first match wins. Matched against the final message. Nix has no stable error
// codes, so the kind is read off the wording; a message no rule recognises is taken to be a user
// `throw` (whose text is arbitrary), which is why every built-in message must have a rule here.
const KIND_TABLE: [RegExp, NixErrorKind][] = [
  // Parse-time errors.
  [/^syntax error, /, 'syntax'],
  [/^(invalid integer|invalid float) '/, 'syntax'],
  [/^path has a trailing slash/, 'syntax'],
  [/^duplicate formal function argument '/, 'syntax'],
  [/^undefined variable '/, 'undefined-variable'],
  [/^(dynamic )?attribute '.*' already defined at /s, 'duplicate-attribute'],
  // Command line.
  [/^(unrecognised flag|unexpected argument|argument '.*' required|missing argument to)/, 'cli'],
  [/ in selection path '|^the expression selected by the selection path /, 'attr-path'],
  [/^expression does not evaluate to a derivation/, 'cli'],
  // Evaluation.
  [/^infinite recursion encountered/, 'infinite-recursion'],
  [/^stack overflow/, 'stack-overflow'],
  [/^division by zero/, 'division-by-zero'],
  [/^integer overflow in /, 'integer-overflow'],
  [/ called with unexpected argument '/, 'unexpected-argument'],
  [/ called without required argument '/, 'missing-argument'],
  [/^assertion '.*' failed/s, 'assertion'],
  [/^evaluation aborted with the following error message: /, 'abort'],
  [/^aborting to reveal stack trace of warning/, 'abort'],
  [/^attempt to call something which is not a function/, 'not-a-function'],
  [/^attribute '.*' missing/s, 'missing-attribute'],
  [/^required attribute '.*' missing/s, 'derivation'],
  [/ called with index -?\d+ on a list of size \d+/, 'index-out-of-bounds'],
  [/ called on an empty list/, 'empty-list'],
  [/^negative (start position|length) in 'substring'/, 'string-index'],
  [/was not found in the Nix search path/, 'search-path'],
  [/^path '.*' does not exist/s, 'path-not-found'],
  [/: No such file or directory$/, 'path-not-found'],
  [/: (Is a directory|Not a directory)$/, 'io'],
  [/^getting status of '.*': File name too long$/s, 'io'],
  [
    /^(too many symbolic links encountered while traversing the path|infinite symlink recursion in path) '/,
    'io',
  ],
  [/^invalid regular expression '/s, 'invalid-regex'],
  [/^\[json\.exception|JSON|json number/, 'json'],
  [/^while parsing TOML: /, 'toml'],
  [/^experimental Nix feature '/, 'experimental-feature'],
  [/^(unknown hash (algorithm|format)|hash '.*' (has wrong length|does not include a type))/s, 'hash'],
  [/is not allowed to refer to a store path|^context of string '.*' must have|^context key '/s, 'context'],
  [/^files created by builtins\.toFile may not reference derivations/, 'context'],
  [/^a string that refers to a store path cannot be appended to a path/, 'context'],
  [
    /^(invalid derivation name|derivation names are allowed|duplicate derivation output|multiple outputs are not supported in fixed-output)/,
    'derivation',
  ],
  [
    /^operation '.*' is not supported by store|^path '.*' is not (valid|in the Nix store|a derivation)|is not a valid store path|is too short to be a valid store path|^store path mismatch/s,
    'store',
  ],
  [/^invalid store path name when fetching/, 'store'],
  [
    /^(expected an? .* but found|cannot coerce|cannot add|cannot compare|cannot convert|'functionArgs' requires a function)/s,
    'type',
  ],
  [
    /^(unsupported argument '|'url' argument required|missing required '|input attribute '.*' (is missing|not supported)|cannot create list of size|'from' and 'to' arguments|string '.*' doesn't represent an absolute path|input string '.*' cannot be represented as Nix string)/s,
    'bad-argument',
  ],
];

const FINAL_ERROR = /^(?: {7})?error:(?: (.*))?$/;
const POSITION = /^ +at (.+):(\d+):(\d+):$/;
const FRAME = /^ {7}… (.*)$/;

/** Reduces the stderr of nix-instantiate (real or ours) to the final error. Frames come before the
 * final `error:` line; the position is the `at file:line:col:` that directly follows its message. */
export function parseNixError(stderr: string): NixError | undefined {
  const lines = stderr.replace(/\n$/, '').split('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = FINAL_ERROR.exec(lines[i]);
    // Column-0 `error:` with nothing after it only opens a trace; the real message comes later.
    if (m && (m[1] !== undefined || !lines[i].startsWith('error:'))) last = i;
    else if (m && last < 0) last = i;
  }
  if (last < 0) return undefined;
  const frames = lines
    .slice(0, last)
    .map((l) => FRAME.exec(l)?.[1])
    .filter((f): f is string => f !== undefined);
  const messageLines = [FINAL_ERROR.exec(lines[last])?.[1] ?? ''];
  let position: NixPosition | undefined;
  for (let i = last + 1; i < lines.length; i++) {
    const at = POSITION.exec(lines[i]);
    if (at) {
      position = { file: at[1], line: Number(at[2]), column: Number(at[3]) };
      break;
    }
    // Message continuation lines are indented by 7 columns; a code excerpt starts with digits+`|`.
    if (/^ +\d*\| /.test(lines[i])) break;
    messageLines.push(lines[i].replace(/^ {7}/, ''));
  }
  const message = messageLines.join('\n').replace(/\n+$/, '');
  return { kind: classifyError(message, frames), message, position, frames };
}

export function classifyError(message: string, frames: string[] = []): NixErrorKind {
  // `assert a == b` reports the failed comparison itself, under this frame.
  if (
    frames.some((f) => f.startsWith('while evaluating the condition of the assertion ')) &&
    / is not equal to /.test(message)
  )
    return 'assertion';
  for (const [re, kind] of KIND_TABLE) if (re.test(message)) return kind;
  return 'throw';
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** What a run is judged on: exact output on success, exit code + error structure on failure
 * (`unparsable` when stderr holds no `error:` report at all, e.g. a crash). */
export type Observation =
  | { status: 'ok'; stdout: string; log: string }
  | { status: 'fail'; exitCode: number; kind: NixErrorKind | 'unparsable'; position?: NixPosition };

export function observeGolden(g: Golden): Observation {
  if (g.status === 'ok') return { status: 'ok', stdout: g.stdout, log: g.log };
  const e = parseNixError(g.stderr);
  return withPosition({ status: 'fail', exitCode: g.exitCode, kind: e?.kind ?? 'unparsable' }, e?.position);
}

export function observeRun(r: RunResult): Observation {
  return observeGolden(goldenFromResult(r));
}

function withPosition(o: Observation, position: NixPosition | undefined): Observation {
  return position && o.status === 'fail' ? { ...o, position } : o;
}

/** A readable explanation of why `actual` does not match `expected`, or `undefined` when it does. */
export function explainMismatch(c: NixCase, expected: Golden, actual: RunResult): string | undefined {
  const want = observeGolden(expected);
  const got = observeRun(actual);
  if (JSON.stringify(want) === JSON.stringify(got)) return undefined;
  const out: string[] = [`case ${c.id}: nix-instantiate ${c.argv.join(' ')}`];
  if (want.status === 'ok' && got.status === 'ok') {
    if (want.stdout !== got.stdout) out.push('stdout differs:', lineDiff(want.stdout, got.stdout));
    if (want.log !== got.log) out.push('stderr (trace/warnings) differs:', lineDiff(want.log, got.log));
  } else if (want.status === 'ok') {
    out.push(
      `expected success with stdout:\n${want.stdout}`,
      `but got exit ${actual.exitCode}:\n${actual.stderr}`,
    );
  } else if (got.status === 'ok') {
    out.push(`expected failure (exit ${want.exitCode}, ${want.kind}) but got success:\n${got.stdout}`);
    if (expected.status === 'fail') out.push(`Nix said:\n${expected.stderr}`);
  } else {
    out.push(`expected: ${JSON.stringify(want)}`, `actual:   ${JSON.stringify(got)}`);
    if (expected.status === 'fail') out.push(`--- Nix stderr:\n${expected.stderr}`);
    out.push(`--- our stderr:\n${actual.stderr}`);
  }
  return out.join('\n');
}

/** A minimal line diff: common prefix and suffix kept as context, the differing middle shown as
 * `-` (expected) and `+` (actual) lines. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const clip = (s: string) => (s.length > 400 ? s.slice(0, 400) + '…' : s);
  const lines = [
    ...a.slice(Math.max(0, start - 2), start).map((l) => `  ${clip(l)}`),
    ...a.slice(start, endA).map((l) => `- ${clip(l)}`),
    ...b.slice(start, endB).map((l) => `+ ${clip(l)}`),
  ];
  if (expected.endsWith('\n') !== actual.endsWith('\n')) lines.push('(trailing newline differs)');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Running Nix and our evaluator

export const ORACLE = join(REPO_ROOT, 'scripts/oracle/nix-instantiate');
const ORACLE_TIMEOUT_MS = 30_000;

/** Runs the oracle (the real nix-instantiate) on one case: cwd = repository root, the caller's
 * environment plus the case's, but no NIX_PATH unless the case sets one; nothing on stdin. */
export function runOracle(c: NixCase): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...c.env };
    if (!('NIX_PATH' in c.env)) delete env.NIX_PATH;
    const child = spawn(ORACLE, c.argv, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${c.id}: oracle timed out after ${ORACLE_TIMEOUT_MS / 1000}s`));
    }, ORACLE_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`${c.id}: oracle killed by ${signal}`));
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code ?? -1,
      });
    });
  });
}

/** Whether a run failed because the oracle itself is missing (not because of the case). */
export function oracleUnavailable(r: RunResult): boolean {
  return r.exitCode === 127 && /^oracle: /m.test(r.stderr);
}

/** `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapConcurrent<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Where our nix-instantiate lives (it may not exist yet while the evaluator is being written). */
export const OUR_INSTANTIATE = join(REPO_ROOT, 'src/lib/nix/instantiate/instantiate.ts');

/** Runs our nix-instantiate in-process, exactly as the golden was made (same argv, cwd, env). */
export async function runOurs(c: NixCase): Promise<RunResult> {
  // Loaded lazily so the golden writer can use this module without the evaluator.
  const { runInstantiate } = await import('../../src/lib/nix/instantiate/instantiate');
  const { NodeFileSystem } = await import('../../src/lib/nix/vfs/node');
  return runInstantiate({ argv: c.argv, cwd: REPO_ROOT, env: { ...c.env }, fs: new NodeFileSystem() });
}
