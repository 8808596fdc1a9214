/**
 * `arbor instantiate`: nix-instantiate's evaluation modes on our evaluator, with the same flags,
 * the same output byte for byte, errors on stderr and exit code 1.
 *
 * It runs in-process (the tests call `runInstantiate` directly) and from the `arbor` command
 * (`bin/arbor`, a shell script that starts the bundled CLI with a large stack). Text crossing the boundary is converted between Unicode and the
 * evaluator's byte strings here.
 */

import { fromByteString, toByteString } from '../bytes';
import { callFunction } from '../eval/call';
import { NixError, evalError } from '../errors/nix-error';
import { formatError } from '../errors/format';
import { printValue } from '../eval/show';
import { EvalState, type SearchPathEntry } from '../eval/state';
import { Attr, Attrs, force, Lambda, Thunk, type Lazy, type Value, Env, NixString } from '../eval/values';
import { showExpr } from '../syntax/show-expr';
import { SourcePos } from '../eval/values';
import type { FileSystem } from '../vfs/types';
import { absolutePath } from '../syntax/paths';
import { STDIN_SOURCE, STRING_SOURCE } from '../syntax/source';
import { filterAnsiEscapes } from './terminal';
import { parseArgs, SettingsFatalError, UsageError, type Options } from './args';
import { resourceExhaustion } from '../errors/resources';
import type { ParsedFile } from '../syntax/ast';

export interface InstantiateIO {
  argv: string[];
  cwd: string;
  stdin?: string;
  env?: Record<string, string | undefined>;
  fs: FileSystem;
  /** Extra search path entries (the playground's `<arbor>`), after -I and NIX_PATH. */
  searchPath?: SearchPathEntry[];
  /**
   * stderr is a terminal that may show colour: messages keep their colour codes. Otherwise (the
   * default, a pipe or a file) every escape sequence is filtered out of them, as Nix does.
   */
  stderrIsTTY?: boolean;
}

export interface InstantiateResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** `-I` and NIX_PATH entries: `prefix=path` or a plain directory. */
function searchPathEntries(specs: string[]): SearchPathEntry[] {
  return specs.map((spec) => {
    const eq = spec.indexOf('=');
    return eq < 0 ? { prefix: '', path: spec } : { prefix: spec.slice(0, eq), path: spec.slice(eq + 1) };
  });
}

/** Nix's parseAttrPath: dots separate, double quotes protect dots. */
function parseAttrPath(path: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '.' && !quoted) {
      out.push(current);
      current = '';
    } else if (c === '"') {
      quoted = !quoted;
    } else current += c;
  }
  if (quoted) throw evalError('attribute-path', `missing closing quote in selection path '${path}'`);
  if (current !== '' || out.length > 0) out.push(current);
  return out;
}

function autoCall(value: Value, args: Attrs | null): Value {
  if (args === null) return value;
  if (value instanceof Attrs) {
    const functor = value.get('__functor');
    if (functor !== undefined) return autoCall(force(callFunction(force(functor), [value], null)), args);
  }
  if (!(value instanceof Lambda) || value.node.formals === null) return value;
  const formals = value.node.formals;
  const map = new Map<string, Attr>();
  if (formals.ellipsis) for (const [name, attr] of args.map) map.set(name, attr);
  else {
    // Nix goes through the formals in symbol order, so that is the one reported as missing.
    const { symbols } = value.context;
    const entries = [...formals.entries].sort((a, b) => symbols.order(a.name) - symbols.order(b.name));
    for (const formal of entries) {
      const attr = args.map.get(formal.name);
      if (attr !== undefined) map.set(formal.name, attr);
      else if (formal.fallback === null) {
        throw evalError(
          'missing-argument',
          `cannot evaluate a function that has an argument without a value ('${formal.name}')\n` +
            'Nix attempted to evaluate a function as a top level expression; in\n' +
            'this case it must have its arguments supplied either by default\n' +
            "values, or passed explicitly with '--arg' or '--argstr'. See\n" +
            'https://nixos.org/manual/nix/stable/language/constructs.html#functions.',
          new SourcePos(value.source, formal.pos),
        );
      }
    }
  }
  return force(callFunction(value, [Attrs.fromMap(map)], null));
}

function findAlongAttrPath(root: Value, path: string, args: Attrs | null): Value {
  let current: Lazy = root;
  for (const part of parseAttrPath(path)) {
    // Each step auto-calls a function, even with no --arg (its defaults are used).
    const value = force(autoCall(force(current), args ?? Attrs.empty));
    const index = /^[0-9]+$/.test(part) ? Number(part) : null;
    if (index === null) {
      if (!(value instanceof Attrs)) {
        throw evalError(
          'type',
          `the expression selected by the selection path '${path}' should be a set but is ${typeName(value)}`,
        );
      }
      if (part === '') throw evalError('attribute-path', `empty attribute name in selection path '${path}'`);
      const attr = value.map.get(part);
      if (attr === undefined)
        throw evalError('missing-attribute', `attribute '${part}' in selection path '${path}' not found`);
      current = attr.value;
    } else {
      if (!Array.isArray(value)) {
        throw evalError(
          'type',
          `the expression selected by the selection path '${path}' should be a list but is ${typeName(value)}`,
        );
      }
      if (index >= value.length)
        throw evalError('attribute-path', `list index ${index} in selection path '${path}' is out of range`);
      current = value[index];
    }
  }
  return force(current);
}

function typeName(value: Value): string {
  if (value instanceof Attrs) return 'a set';
  if (Array.isArray(value)) return 'a list';
  return 'a value';
}

/** Runs nix-instantiate on byte-string arguments; returns byte-string output. */
export function instantiateBytes(io: InstantiateIO): InstantiateResult {
  let stdout = '';
  let stderr = '';
  /** Every message for stderr goes through here: Nix's logger filters escape sequences. */
  const log = (message: string) => {
    stderr += filterAnsiEscapes(message, io.stderrIsTTY === true) + '\n';
  };
  const logError = (report: string) => log(report.replace(/\n$/, ''));
  const env = io.env ?? {};
  let options: Options;
  try {
    options = parseArgs(io.argv);
  } catch (error) {
    if (error instanceof UsageError) {
      log(`error: ${error.message}\nTry 'nix-instantiate --help' for more information.`);
      return { stdout, stderr, exitCode: 1 };
    }
    if (error instanceof SettingsFatalError) {
      for (const warning of error.warnings) log(`warning: ${warning}`);
      log(`error: ${error.message}`);
      return { stdout, stderr, exitCode: 1 };
    }
    throw error;
  }
  for (const warning of options.warnings) log(`warning: ${warning}`);
  const settings = options.settings;
  // -I first, then the nix-path setting (NIX_PATH unless --nix-path or --option nix-path).
  const nixPath = settings.has('nix-path')
    ? settings.get('nix-path')!.split(/\s+/).filter(Boolean)
    : env.NIX_PATH
      ? env.NIX_PATH.split(':').filter(Boolean)
      : [];
  const extraNixPath = (settings.get('extra-nix-path') ?? '').split(/\s+/).filter(Boolean);
  const setting = (name: string) => settings.get(name);
  const state = new EvalState({
    fs: io.fs,
    searchPath: [
      ...searchPathEntries([...options.includes, ...nixPath, ...extraNixPath]),
      ...(io.searchPath ?? []),
    ],
    env,
    cwd: io.cwd,
    homeDirectory: env.HOME,
    // builtins.currentSystem is eval-system when set, else system.
    currentSystem: setting('eval-system') || setting('system') || undefined,
    maxCallDepth: settings.has('max-call-depth') ? Number(setting('max-call-depth')) : undefined,
    showTrace: setting('show-trace') === 'true',
    traceVerbose: setting('trace-verbose') === 'true',
    abortOnWarn: setting('abort-on-warn') === 'true' || env.NIX_ABORT_ON_WARN === '1',
    // Without --eval, nix-instantiate writes derivations to the store.
    readWrite: options.readWrite || !options.eval,
    dummyStore: /^dummy(:\/\/)?(\?.*)?$/.test(setting('store') ?? ''),
    trace: log,
  });
  const cwd = io.cwd;
  try {
    if (options.findFile) {
      for (const name of options.files) {
        const findFile = force(state.builtins.get('findFile')!);
        const result = force(callFunction(findFile, [force(state.builtins.get('nixPath')!), name], null));
        stdout += (result as { path: string }).path + '\n';
      }
      return { stdout, stderr, exitCode: 0 };
    }
    const autoArgs =
      options.autoArgs.length === 0
        ? null
        : Attrs.fromMap(
            new Map(
              options.autoArgs.map((a): [string, Attr] => {
                if (a.value !== undefined) return [a.name, new Attr(a.value, null)];
                const text = a.expr!;
                const thunk = new Thunk(() => state.evalText(text, STRING_SOURCE, cwd), new Env(null, []));
                return [a.name, new Attr(thunk, null)];
              }),
            ),
          );
    const inputs: ParsedFile[] = [];
    if (options.expr) {
      for (const text of options.files) inputs.push(state.parseText(text, STRING_SOURCE, cwd));
    } else {
      const files = options.files.length > 0 ? options.files : ['./default.nix'];
      for (const file of files) {
        if (file === '-') inputs.push(state.parseText(io.stdin ?? '', STDIN_SOURCE, cwd));
        else {
          const path = absolutePath(file, cwd);
          inputs.push(state.parseFile(state.resolveImportPath(path)));
        }
      }
    }
    for (const input of inputs) {
      if (options.parse) {
        // Nix resolves variables while parsing, so undefined ones are errors here too.
        state.compileOnly(input);
        stdout += showExpr(input.expr) + '\n';
        continue;
      }
      const root = force(state.evalParsed(input));
      for (const attrPath of options.attrPaths.length > 0 ? options.attrPaths : ['']) {
        const selected = findAlongAttrPath(root, attrPath, autoArgs);
        if (!options.eval) {
          stdout += instantiateDerivations(state, selected, autoArgs);
          continue;
        }
        const result = autoArgs === null ? selected : autoCall(selected, autoArgs);
        const context = new Set<string>();
        if (options.output === 'raw') {
          stdout += state.coercer.coerce(
            result,
            null,
            { coerceMore: false, copyToStore: true },
            context,
            'while generating the nix-instantiate output',
          );
        } else if (options.output === 'json') {
          stdout += state.valueToJson(result, context, options.strict) + '\n';
        } else if (options.output === 'xml') {
          stdout += state.valueToXml(result, context, { strict: options.strict, location: options.location });
        } else {
          if (options.strict) state.forceDeep(result);
          stdout += printValue(result) + '\n';
        }
      }
    }
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    if (error instanceof NixError) {
      logError(formatError(error, { showTrace: setting('show-trace') === 'true' }));
      return { stdout, stderr, exitCode: 1 };
    }
    const exhausted = resourceExhaustion(error);
    if (exhausted !== null) {
      log(`error: ${exhausted.message}`);
      return { stdout, stderr, exitCode: 1 };
    }
    throw error;
  }
}

/**
 * Without --eval, nix-instantiate writes each derivation's .drv file to the store. Our store is
 * virtual, like the oracle's `dummy://` one, so this fails the same way once a derivation is found.
 */
function instantiateDerivations(state: EvalState, value: Value, autoArgs: Attrs | null): string {
  const found = derivationPaths(value, autoArgs);
  if (found.length === 0) return '';
  throw evalError(
    'store',
    "operation 'addToStore' is not supported by store 'dummy'\n" +
      "Arbor's evaluator has no store to write .drv files to: use --eval, or the real nix-instantiate to instantiate.",
  ).addFrame(`while instantiating ${state.storeDir}`, null);
}

/** Nix's getDerivations: a derivation, or the derivations directly in a set or list. */
function derivationPaths(value: Value, autoArgs: Attrs | null): string[] {
  const result = autoArgs === null ? value : autoCall(value, autoArgs);
  const paths: string[] = [];
  const isDrv = (v: Value) =>
    v instanceof Attrs && v.get('type') !== undefined && force(v.get('type')!) === 'derivation';
  const take = (v: Value) => {
    const p = force((v as Attrs).get('drvPath') ?? null);
    paths.push(p instanceof NixString ? p.value : String(p));
  };
  const visit = (v: Value, top: boolean) => {
    if (isDrv(v)) take(v);
    else if (v instanceof Attrs) {
      for (const name of v.names()) {
        const item = force(v.map.get(name)!.value);
        if (isDrv(item)) take(item);
        else if (
          item instanceof Attrs &&
          item.get('recurseForDerivations') !== undefined &&
          force(item.get('recurseForDerivations')!) === true
        ) {
          visit(item, false);
        }
      }
    } else if (Array.isArray(v)) for (const item of v) visit(force(item), false);
    else if (top)
      throw evalError('type', 'expression does not evaluate to a derivation (or a set or list of those)');
  };
  visit(result, true);
  return paths;
}

/** Runs nix-instantiate; arguments and output are ordinary (Unicode) strings. */
export async function runInstantiate(io: InstantiateIO): Promise<InstantiateResult> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(io.env ?? {}))
    env[key] = value === undefined ? undefined : toByteString(value);
  const result = instantiateBytes({
    ...io,
    argv: io.argv.map(toByteString),
    cwd: toByteString(io.cwd),
    stdin: io.stdin === undefined ? undefined : toByteString(io.stdin),
    env,
  });
  return {
    stdout: fromByteString(result.stdout),
    stderr: fromByteString(result.stderr),
    exitCode: result.exitCode,
  };
}
