/**
 * Store path computation (Nix's `makeStorePath` family).
 *
 * A store path is `<storeDir>/<hash>-<name>` where `<hash>` is the nix32 of a
 * SHA-256 XOR-folded to 20 bytes, taken over the fingerprint
 * `<type>:sha256:<inner hash hex>:<storeDir>:<name>`. The `type` says how the
 * path was made: `text` (+ `:<ref>` per reference) for `builtins.toFile` and
 * `.drv` files, `source` (+ refs) for NAR/SHA-256 content-addressed paths such
 * as copied sources, `output:<id>` for derivation outputs and other fixed
 * outputs. Store path names are validated as in Nix 2.26 (`checkName`).
 */
import { encodeBase16, encodeNix32 } from './base32';
import { storeError } from './errors';
import { compressHash, formatHash, hashBytes, type HashAlgo } from './hash';

export const DEFAULT_STORE_DIR = '/nix/store';
export const MAX_NAME_LENGTH = 211;
/** Length of the nix32 hash part of a store path's base name. */
export const HASH_PART_LENGTH = 32;

export type FileIngestionMethod = 'flat' | 'recursive';
export type ContentAddressMethod = FileIngestionMethod | 'text';

const encoder = new TextEncoder();

function isNameChar(c: string): boolean {
  return /^[0-9A-Za-z+\-._?=]$/.test(c);
}

/**
 * Why `name` is not a valid store path name (Nix's wording), or null if it is.
 * Non-ASCII characters are reported whole (Nix prints only their first byte).
 */
export function storeNameError(name: string): string | null {
  if (name.length === 0) return 'name must not be empty';
  if (encoder.encode(name).length > MAX_NAME_LENGTH)
    return `name '${name}' must be no longer than ${MAX_NAME_LENGTH} characters`;
  if (name === '.' || name === '..') return `name '${name}' is not valid`;
  if (name.startsWith('.-') || name.startsWith('..-')) {
    const first = name.startsWith('.-') ? '.' : '..';
    return `name '${name}' is not valid: first dash-separated component must not be '${first}'`;
  }
  for (const c of name) if (!isNameChar(c)) return `name '${name}' contains illegal character '${c}'`;
  return null;
}

/** Throw Nix's "not a valid store path" error for a bad name in `baseName`. */
export function checkStorePathName(baseName: string, name: string): void {
  const err = storeNameError(name);
  if (err !== null) throw storeError(`path '${baseName}' is not a valid store path: ${err}`);
}

/** `type` followed by `:<path>` for each reference (sorted), then `:self`. */
export function makeType(type: string, references: Iterable<string> = [], hasSelfReference = false): string {
  let s = type;
  for (const ref of [...references].sort(compareStrings)) s += ':' + ref;
  if (hasSelfReference) s += ':self';
  return s;
}

/**
 * Compare strings by their UTF-8 bytes (= code point order), as C++'s
 * std::string ordering does. Plain `<` compares UTF-16 code units, which
 * differs when astral characters meet U+E000..U+FFFF.
 */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
      y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Nix's `makeStorePath`: `innerHash` is the SHA-256 inner hash (bytes or hex). */
export function makeStorePath(
  type: string,
  innerHash: Uint8Array | string,
  name: string,
  storeDir = DEFAULT_STORE_DIR,
): string {
  const hex = typeof innerHash === 'string' ? innerHash : encodeBase16(innerHash);
  const fingerprint = `${type}:sha256:${hex}:${storeDir}:${name}`;
  const hashPart = encodeNix32(compressHash(hashBytes('sha256', fingerprint), 20));
  checkStorePathName(`${hashPart}-${name}`, name);
  return `${storeDir}/${hashPart}-${name}`;
}

/** The path of a text file with these contents (`builtins.toFile`, `.drv` files). */
export function makeTextPath(
  name: string,
  text: string | Uint8Array,
  references: Iterable<string> = [],
  storeDir = DEFAULT_STORE_DIR,
): string {
  return makeStorePath(makeType('text', references), hashBytes('sha256', text), name, storeDir);
}

/**
 * Nix's `makeFixedOutputPath` (via `makeFixedOutputPathFromCA`). `hash` is the
 * content hash: of the NAR for `recursive`, of the file for `flat`, of the
 * text for `text` (which must be SHA-256). Only recursive SHA-256 and text may
 * have references.
 */
export function makeFixedOutputPath(
  name: string,
  method: ContentAddressMethod,
  algo: HashAlgo,
  hash: Uint8Array,
  references: Iterable<string> = [],
  storeDir = DEFAULT_STORE_DIR,
  hasSelfReference = false,
): string {
  const refs = [...references];
  if (method === 'text') {
    if (algo !== 'sha256') throw storeError('text-hashed paths must use sha256');
    if (hasSelfReference) throw storeError('text-hashed paths cannot refer to themselves');
    return makeStorePath(makeType('text', refs), hash, name, storeDir);
  }
  if (method === 'recursive' && algo === 'sha256')
    return makeStorePath(makeType('source', refs, hasSelfReference), hash, name, storeDir);
  if (refs.length > 0 || hasSelfReference)
    throw storeError('fixed-output paths other than recursive sha256 cannot have references');
  const prefix = method === 'recursive' ? 'r:' : '';
  const inner = hashBytes('sha256', `fixed:out:${prefix}${formatHash(hash, algo, 'base16', true)}:`);
  return makeStorePath('output:out', inner, name, storeDir);
}

/** A path copied into the store (`"${./foo}"`, `builtins.path`): NAR SHA-256, no refs. */
export function makeSourcePath(name: string, narHash: Uint8Array, storeDir = DEFAULT_STORE_DIR): string {
  return makeFixedOutputPath(name, 'recursive', 'sha256', narHash, [], storeDir);
}

/** Name of output `output` of a derivation called `drvName` (`-<output>` unless `out`). */
export function outputPathName(drvName: string, output: string): string {
  return output === 'out' ? drvName : `${drvName}-${output}`;
}

/** Nix's `makeOutputPath`: input-addressed output path from a derivation's modulo hash. */
export function makeOutputPath(
  output: string,
  hashModulo: Uint8Array,
  drvName: string,
  storeDir = DEFAULT_STORE_DIR,
): string {
  return makeStorePath('output:' + output, hashModulo, outputPathName(drvName, output), storeDir);
}

/** `/nix/store/<hash>-<name>` → `<hash>-<name>`, or null if not directly in storeDir. */
export function storePathBaseName(path: string, storeDir = DEFAULT_STORE_DIR): string | null {
  if (!path.startsWith(storeDir + '/')) return null;
  const base = path.slice(storeDir.length + 1);
  if (base.includes('/') || base.length < HASH_PART_LENGTH + 1 || base[HASH_PART_LENGTH] !== '-') return null;
  return base;
}

/** The `<name>` part of a store path (throws if `path` is not a store path). */
export function storePathName(path: string, storeDir = DEFAULT_STORE_DIR): string {
  const base = storePathBaseName(path, storeDir);
  if (base === null) throw storeError(`path '${path}' is not in the Nix store`);
  return base.slice(HASH_PART_LENGTH + 1);
}

/** True for `*.drv` store paths. */
export function isDerivationPath(path: string): boolean {
  return path.endsWith('.drv');
}
