/**
 * nix-instantiate's command line: its own flags (`--eval`, `-A`, `--arg`, …), the legacy build
 * flags every Nix command takes (`--cores`, `--timeout`, `-j`, …) and Nix's settings (settings.ts)
 * as `--option NAME VALUE`, `--NAME VALUE`, `--NAME` / `--no-NAME` and `--extra-NAME VALUE`.
 *
 * Nix's behaviour is kept: a bad flag is a usage error; a bad `--option` value, an unknown setting
 * and a setting of a disabled experimental feature are warnings, printed before evaluation (unknown
 * settings last, by name); a flag of a disabled experimental feature is an error.
 */

import {
  findAppendable,
  findSetting,
  parseSettingValue,
  parseUnitInt,
  SettingError,
  type Setting,
} from './settings';

export class UsageError extends Error {}

/** An error Nix reports without the "Try 'nix-instantiate --help'" line, after its warnings. */
export class SettingsFatalError extends Error {
  warnings: string[] = [];
}

export interface Options {
  eval: boolean;
  parse: boolean;
  strict: boolean;
  output: 'nix' | 'json' | 'xml' | 'raw';
  location: boolean;
  expr: boolean;
  findFile: boolean;
  attrPaths: string[];
  autoArgs: Array<{ name: string; expr?: string; value?: string }>;
  includes: string[];
  files: string[];
  readWrite: boolean;
  /** Settings by canonical name, after every flag and `--option`; list settings space-joined. */
  settings: Map<string, string>;
  /** Warnings to print before evaluating, in Nix's order. */
  warnings: string[];
}

/** The experimental features Nix 2.26 knows. */
const FEATURES = new Set([
  'auto-allocate-uids',
  'ca-derivations',
  'cgroups',
  'configurable-impure-env',
  'daemon-trust-override',
  'dynamic-derivations',
  'fetch-closure',
  'fetch-tree',
  'flakes',
  'git-hashing',
  'impure-derivations',
  'local-overlay-store',
  'mounted-ssh-store',
  'nix-command',
  'no-url-literals',
  'parse-toml-timestamps',
  'pipe-operators',
  'read-only-local-store',
  'recursive-nix',
  'verified-fetches',
]);

const LOG_FORMATS = new Set([
  'raw',
  'raw-with-logs',
  'internal-json',
  'bar',
  'bar-with-logs',
  'multiline',
  'multiline-with-logs',
]);

/** One setting as given: by a flag (already checked) or by `--option` (checked when applied). */
interface Assignment {
  setting: Setting;
  value: string;
  append: boolean;
  byFlag: boolean;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = {
    eval: false,
    parse: false,
    strict: false,
    output: 'nix',
    location: true,
    expr: false,
    findFile: false,
    attrPaths: [],
    autoArgs: [],
    includes: [],
    files: [],
    readWrite: false,
    settings: new Map(),
    warnings: [],
  };
  const assignments: Assignment[] = [];
  const unknown = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (what: string) => {
      if (i + 1 >= argv.length) throw new UsageError(`flag '${arg}' requires ${what}`);
      return argv[++i];
    };
    const flagSetting = (setting: Setting, value: string, append = false) => {
      let checked: string;
      try {
        checked = parseSettingValue(setting, value);
      } catch (error) {
        if (!(error instanceof SettingError)) throw error;
        if (setting.name === 'diff-hook') throw new SettingsFatalError(error.message);
        throw new UsageError(error.message);
      }
      assignments.push({ setting, value: checked, append, byFlag: true });
    };
    switch (arg) {
      case '--eval':
      case '--eval-only':
        options.eval = true;
        continue;
      case '--parse':
      case '--parse-only':
        options.parse = true;
        options.eval = true;
        continue;
      case '--strict':
        options.strict = true;
        continue;
      case '--json':
        options.output = 'json';
        continue;
      case '--xml':
        options.output = 'xml';
        continue;
      case '--raw':
        options.output = 'raw';
        continue;
      case '--no-location':
        options.location = false;
        continue;
      case '-E':
      case '--expr':
        options.expr = true;
        continue;
      case '--find-file':
        options.findFile = true;
        continue;
      case '-A':
      case '--attr':
        options.attrPaths.push(next('1 arg'));
        continue;
      case '--arg': {
        const name = next('2 args');
        options.autoArgs.push({ name, expr: next('2 args') });
        continue;
      }
      case '--argstr': {
        const name = next('2 args');
        options.autoArgs.push({ name, value: next('2 args') });
        continue;
      }
      case '-I':
      case '--include':
        options.includes.push(next('1 arg'));
        continue;
      case '--read-write-mode':
        options.readWrite = true;
        continue;
      case '--impure':
        assignments.push({ setting: findSetting('pure-eval')!, value: 'false', append: false, byFlag: true });
        continue;
      // Flags every Nix command takes that change nothing for an evaluator.
      case '--readonly-mode':
      case '--no-gc-warning':
      case '--no-build-output':
      case '-Q':
      case '--quiet':
      case '--verbose':
      case '-v':
      case '--debug':
      case '--indirect':
      case '--repair':
      case '--dry-run':
      case '--keep-failed':
      case '-K':
      case '--keep-going':
      case '-k':
      case '--fallback':
        continue;
      case '--store':
        flagSetting(findSetting('store')!, next('1 arg'));
        continue;
      case '--add-root':
      case '-o':
        next('1 arg');
        continue;
      case '--log-format': {
        const format = next('1 arg');
        if (!LOG_FORMATS.has(format))
          throw new SettingsFatalError(`option 'log-format' has an invalid value '${format}'`);
        continue;
      }
      // Legacy build flags: numbers with a unit, checked as Nix checks them.
      case '--cores':
      case '--max-silent-time':
      case '--timeout': {
        const value = next('1 arg');
        try {
          parseUnitInt(value);
        } catch (error) {
          if (error instanceof SettingError) throw new UsageError(error.message);
          throw error;
        }
        assignments.push({ setting: findSetting(arg.slice(2))!, value, append: false, byFlag: true });
        continue;
      }
      case '-j':
      case '--max-jobs':
        flagSetting(findSetting('max-jobs')!, next('1 arg'));
        continue;
      case '--option': {
        const name = next('2 args');
        const value = next('2 args');
        const setting = findSetting(name);
        const appendable = name.startsWith('extra-') ? findAppendable(name.slice(6)) : undefined;
        if (setting !== undefined) assignments.push({ setting, value, append: false, byFlag: false });
        else if (appendable !== undefined)
          assignments.push({ setting: appendable, value, append: true, byFlag: false });
        else unknown.add(name);
        continue;
      }
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const setting = findSetting(name);
      const negated = name.startsWith('no-') ? findSetting(name.slice(3)) : undefined;
      const appendable = name.startsWith('extra-') ? findAppendable(name.slice(6)) : undefined;
      if (setting?.kind === 'bool') assignments.push({ setting, value: 'true', append: false, byFlag: true });
      else if (setting !== undefined) flagSetting(setting, next('1 arg'));
      else if (negated?.kind === 'bool')
        assignments.push({ setting: negated, value: 'false', append: false, byFlag: true });
      else if (appendable !== undefined) flagSetting(appendable, next('1 arg'), true);
      else throw new UsageError(`unrecognised flag '${arg}'`);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unrecognised flag '${arg}'`);
    options.files.push(arg);
  }
  applySettings(options, assignments, unknown);
  return options;
}

/** Applies the settings in order; collects Nix's warnings; throws for a gated flag. */
function applySettings(options: Options, assignments: Assignment[], unknown: Set<string>): void {
  const features = new Set<string>();
  for (const { setting, value, append } of assignments) {
    if (setting.name !== 'experimental-features') continue;
    if (!append) features.clear();
    for (const feature of value.split(/\s+/).filter(Boolean)) {
      if (FEATURES.has(feature)) features.add(feature);
      else options.warnings.push(`unknown experimental feature '${feature}'`);
    }
  }
  let disabled: string | null = null;
  for (const { setting, value, append, byFlag } of assignments) {
    if (setting.feature !== null && !features.has(setting.feature)) {
      if (!(byFlag && setting.kind === 'bool'))
        options.warnings.push(
          `Ignoring setting '${setting.name}' because experimental feature '${setting.feature}' is not enabled`,
        );
      if (byFlag) disabled ??= setting.feature;
      continue;
    }
    let checked = value;
    if (!byFlag) {
      try {
        checked = parseSettingValue(setting, value);
      } catch (error) {
        if (!(error instanceof SettingError)) throw error;
        if (setting.name === 'diff-hook') throw new SettingsFatalError(error.message);
        options.warnings.push(`error: ${error.message}`);
        continue;
      }
    }
    // Appending to a setting never set keeps its default (NIX_PATH for nix-path) under `extra-`.
    const key = append && !options.settings.has(setting.name) ? `extra-${setting.name}` : setting.name;
    const previous = options.settings.get(key);
    options.settings.set(key, append && previous ? `${previous} ${checked}` : checked);
    if (!append) options.settings.delete(`extra-${setting.name}`);
  }
  for (const name of [...unknown].sort()) options.warnings.push(`unknown setting '${name}'`);
  if (disabled !== null) {
    const error = new SettingsFatalError(
      `experimental Nix feature '${disabled}' is disabled; add '--extra-experimental-features ${disabled}' to enable it`,
    );
    error.warnings = options.warnings;
    throw error;
  }
}
