/**
 * Nix's settings, as `nix-instantiate` accepts them on its command line: `--option NAME VALUE`,
 * and for each setting `--NAME VALUE` (`--NAME` / `--no-NAME` for a Boolean one), plus
 * `--extra-NAME VALUE` for the ones that hold lists. The table is Nix 2.26's (`nix config show`):
 * each setting's name, the kind of value it takes, its aliases and the experimental feature it
 * needs. Validation and the warnings and errors follow what Nix prints.
 *
 * Only some settings mean something to an evaluator (instantiate.ts applies max-call-depth,
 * show-trace, abort-on-warn, trace-verbose, system, eval-system, nix-path); the others are
 * accepted and ignored, as Nix itself ignores build settings while evaluating.
 */

export type SettingKind = 'bool' | 'int' | 'string' | 'list';

interface SettingInfo {
  aliases?: string[];
  feature?: string;
}

// prettier-ignore
const TABLE: Array<[string, SettingKind, SettingInfo?]> = [
  ['abort-on-warn', 'bool'],
  ['accept-flake-config', 'bool', { feature: 'flakes' }],
  ['access-tokens', 'list'],
  ['allow-dirty', 'bool'],
  ['allow-dirty-locks', 'bool', { feature: 'flakes' }],
  ['allow-import-from-derivation', 'bool'],
  ['allow-new-privileges', 'bool'],
  ['allow-symlinked-store', 'bool'],
  ['allow-unsafe-native-code-during-evaluation', 'bool'],
  ['allowed-impure-host-deps', 'list'],
  ['allowed-uris', 'list'],
  ['allowed-users', 'list'],
  ['always-allow-substitutes', 'bool'],
  ['auto-allocate-uids', 'bool', { feature: 'auto-allocate-uids' }],
  ['auto-optimise-store', 'bool'],
  ['bash-prompt', 'string'],
  ['bash-prompt-prefix', 'string'],
  ['bash-prompt-suffix', 'string'],
  ['build-dir', 'string'],
  ['build-hook', 'list'],
  ['build-poll-interval', 'int'],
  ['build-users-group', 'string'],
  ['builders', 'string'],
  ['builders-use-substitutes', 'bool'],
  ['commit-lock-file-summary', 'string', { aliases: ['commit-lockfile-summary'], feature: 'flakes' }],
  ['compress-build-log', 'bool', { aliases: ['build-compress-log'] }],
  ['connect-timeout', 'int'],
  ['cores', 'int', { aliases: ['build-cores'] }],
  ['debugger-on-trace', 'bool'],
  ['debugger-on-warn', 'bool'],
  ['diff-hook', 'string'],
  ['download-attempts', 'int'],
  ['download-buffer-size', 'int'],
  ['download-speed', 'int'],
  ['eval-cache', 'bool'],
  ['eval-system', 'string'],
  ['experimental-features', 'list'],
  ['extra-platforms', 'list'],
  ['fallback', 'bool', { aliases: ['build-fallback'] }],
  ['filter-syscalls', 'bool'],
  ['flake-registry', 'string', { feature: 'flakes' }],
  ['fsync-metadata', 'bool'],
  ['fsync-store-paths', 'bool'],
  ['gc-reserved-space', 'int'],
  ['hashed-mirrors', 'list'],
  ['http-connections', 'int', { aliases: ['binary-caches-parallel-connections'] }],
  ['http2', 'bool'],
  ['id-count', 'int'],
  ['ignore-try', 'bool'],
  ['ignored-acls', 'list'],
  ['impersonate-linux-26', 'bool', { aliases: ['build-impersonate-linux-26'] }],
  ['impure-env', 'list', { feature: 'configurable-impure-env' }],
  ['keep-build-log', 'bool', { aliases: ['build-keep-log'] }],
  ['keep-derivations', 'bool', { aliases: ['gc-keep-derivations'] }],
  ['keep-env-derivations', 'bool', { aliases: ['env-keep-derivations'] }],
  ['keep-failed', 'bool'],
  ['keep-going', 'bool'],
  ['keep-outputs', 'bool', { aliases: ['gc-keep-outputs'] }],
  ['log-lines', 'int'],
  ['max-build-log-size', 'int', { aliases: ['build-max-log-size'] }],
  ['max-call-depth', 'int'],
  ['max-free', 'int'],
  ['max-jobs', 'int', { aliases: ['build-max-jobs'] }],
  ['max-silent-time', 'int', { aliases: ['build-max-silent-time'] }],
  ['max-substitution-jobs', 'int', { aliases: ['substitution-max-jobs'] }],
  ['min-free', 'int'],
  ['min-free-check-interval', 'int'],
  ['nar-buffer-size', 'int'],
  ['narinfo-cache-negative-ttl', 'int'],
  ['narinfo-cache-positive-ttl', 'int'],
  ['netrc-file', 'string'],
  ['nix-path', 'list'],
  ['nix-shell-always-looks-for-shell-nix', 'bool'],
  ['nix-shell-shebang-arguments-relative-to-script', 'bool'],
  ['plugin-files', 'list'],
  ['post-build-hook', 'string'],
  ['pre-build-hook', 'string'],
  ['preallocate-contents', 'bool'],
  ['print-missing', 'bool'],
  ['pure-eval', 'bool'],
  ['require-drop-supplementary-groups', 'bool'],
  ['require-sigs', 'bool'],
  ['restrict-eval', 'bool'],
  ['run-diff-hook', 'bool'],
  ['sandbox', 'bool', { aliases: ['build-use-chroot', 'build-use-sandbox'] }],
  ['sandbox-build-dir', 'string'],
  ['sandbox-dev-shm-size', 'string'],
  ['sandbox-fallback', 'bool'],
  ['sandbox-paths', 'list', { aliases: ['build-chroot-dirs', 'build-sandbox-paths'] }],
  ['secret-key-files', 'list'],
  ['show-trace', 'bool'],
  ['ssl-cert-file', 'string'],
  ['stalled-download-timeout', 'int'],
  ['start-id', 'int'],
  ['store', 'string'],
  ['substitute', 'bool', { aliases: ['build-use-substitutes'] }],
  ['substituters', 'list', { aliases: ['binary-caches'] }],
  ['sync-before-registering', 'bool'],
  ['system', 'string'],
  ['system-features', 'list'],
  ['tarball-ttl', 'int'],
  ['timeout', 'int', { aliases: ['build-timeout'] }],
  ['trace-function-calls', 'bool'],
  ['trace-verbose', 'bool'],
  ['trust-tarballs-from-git-forges', 'bool'],
  ['trusted-public-keys', 'list', { aliases: ['binary-cache-public-keys'] }],
  ['trusted-substituters', 'list', { aliases: ['trusted-binary-caches'] }],
  ['trusted-users', 'list'],
  ['upgrade-nix-store-path-url', 'string'],
  ['use-case-hack', 'bool'],
  ['use-cgroups', 'bool'],
  ['use-registries', 'bool', { feature: 'flakes' }],
  ['use-sqlite-wal', 'bool'],
  ['use-xdg-base-directories', 'bool'],
  ['user-agent-suffix', 'string'],
  ['warn-dirty', 'bool'],
  ['warn-large-path-threshold', 'int'],
];

export interface Setting {
  name: string;
  kind: SettingKind;
  feature: string | null;
}

const SETTINGS = new Map<string, Setting>();
for (const [name, kind, info] of TABLE) {
  const setting = { name, kind, feature: info?.feature ?? null };
  SETTINGS.set(name, setting);
  for (const alias of info?.aliases ?? []) SETTINGS.set(alias, setting);
}

/** A setting by its name or an alias. */
export function findSetting(name: string): Setting | undefined {
  return SETTINGS.get(name);
}

/** The settings that take `--extra-NAME` / `extra-NAME`, by canonical name only (as in Nix). */
export function findAppendable(name: string): Setting | undefined {
  const setting = SETTINGS.get(name);
  return setting !== undefined && setting.name === name && setting.kind === 'list' ? setting : undefined;
}

/** Settings whose value is an unsigned 32-bit number in Nix (larger values are refused). */
const UNSIGNED_32 = new Set([
  'max-call-depth',
  'cores',
  'http-connections',
  'download-attempts',
  'log-lines',
]);

/** Nix's string2IntWithUnitPrefix: digits with an optional K, M, G or T; throws Nix's message. */
export function parseUnitInt(text: string): bigint {
  let digits = text;
  let shift = 0n;
  const last = text.at(-1)?.toUpperCase();
  if (last !== undefined && /[A-Z]/.test(last)) {
    const shifts: Record<string, bigint> = { K: 10n, M: 20n, G: 30n, T: 40n };
    if (!Object.hasOwn(shifts, last)) throw new SettingError(`invalid unit specifier '${last}'`);
    shift = shifts[last];
    digits = text.slice(0, -1);
  }
  if (!/^[0-9]+$/.test(digits)) throw new SettingError(`'${digits}' is not an integer`);
  return BigInt(digits) << shift;
}

export class SettingError extends Error {}

/** Checks a value the way Nix parses it; returns the normalised value or throws SettingError. */
export function parseSettingValue(setting: Setting, value: string): string {
  switch (setting.kind) {
    case 'bool':
      if (['true', 'yes', '1'].includes(value)) return 'true';
      if (['false', 'no', '0'].includes(value)) return 'false';
      throw new SettingError(`Boolean setting '${setting.name}' has invalid value '${value}'`);
    case 'int': {
      if (setting.name === 'max-jobs') {
        if (value === 'auto' || /^[0-9]+$/.test(value)) return value;
        throw new SettingError("configuration setting 'max-jobs' should be 'auto' or an integer");
      }
      let n: bigint;
      try {
        n = parseUnitInt(value);
      } catch {
        throw new SettingError(`setting '${setting.name}' has invalid value '${value}'`);
      }
      const max = UNSIGNED_32.has(setting.name) ? 2n ** 32n - 1n : 2n ** 64n - 1n;
      if (n > max) throw new SettingError(`setting '${setting.name}' has invalid value '${value}'`);
      return String(n);
    }
    case 'string':
      if (setting.name === 'diff-hook' && value !== '' && !value.startsWith('/'))
        throw new SettingError(`not an absolute path: '${value}'`);
      return value;
    case 'list':
      return value;
  }
}
