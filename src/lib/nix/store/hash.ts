/**
 * Hashing as Nix does it: the four algorithms Nix supports, the XOR-fold
 * ("compressHash") that shortens a SHA-256 to the 20 bytes of a store path
 * hash part, and parsing/printing of hash strings in every format Nix accepts
 * (`base16`, `nix32` a.k.a. `base32`, `base64`, SRI `algo-base64`, each
 * optionally prefixed with `algo:`), mirroring `Hash::parseAny` in Nix 2.26,
 * including its error messages.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import {
  base64Length,
  decodeBase16,
  decodeBase64,
  decodeNix32,
  encodeBase16,
  encodeBase64,
  encodeNix32,
  nix32Length,
} from './base32';
import { storeError } from './errors';

export type HashAlgo = 'md5' | 'sha1' | 'sha256' | 'sha512';
export type HashFormat = 'base16' | 'nix32' | 'base32' | 'base64' | 'sri';

export const HASH_SIZES: Readonly<Record<HashAlgo, number>> = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };

/** An incremental hasher (the common surface of @noble/hashes' instances). */
export interface Hasher {
  update(data: Uint8Array): Hasher;
  digest(): Uint8Array;
}

const encoder = new TextEncoder();

/** UTF-8 encode strings; pass bytes through. */
export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

export function createHasher(algo: HashAlgo): Hasher {
  switch (algo) {
    case 'md5':
      return md5.create();
    case 'sha1':
      return sha1.create();
    case 'sha256':
      return sha256.create();
    case 'sha512':
      return sha512.create();
  }
}

export function hashBytes(algo: HashAlgo, data: string | Uint8Array): Uint8Array {
  return createHasher(algo).update(toBytes(data)).digest();
}

/** Parse a hash algorithm name, or undefined (Nix's `parseHashAlgoOpt`). */
export function parseHashAlgoOpt(s: string): HashAlgo | undefined {
  return s === 'md5' || s === 'sha1' || s === 'sha256' || s === 'sha512' ? s : undefined;
}

/** Parse a hash algorithm name, throwing Nix's error for unknown ones. */
export function parseHashAlgo(s: string): HashAlgo {
  const algo = parseHashAlgoOpt(s);
  if (algo === undefined)
    throw storeError(`unknown hash algorithm '${s}', expect 'md5', 'sha1', 'sha256', or 'sha512'`);
  return algo;
}

/** Parse a `toHashFormat` name as `builtins.convertHash` does. */
export function parseHashFormat(s: string): HashFormat {
  if (s === 'base16' || s === 'nix32' || s === 'base32' || s === 'base64' || s === 'sri') return s;
  throw storeError(`unknown hash format '${s}', expect 'base16', 'base32', 'base64', or 'sri'`);
}

/** Nix's `compressHash`: XOR-fold `hash` into `size` bytes. */
export function compressHash(hash: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < hash.length; i++) out[i % size] ^= hash[i];
  return out;
}

/**
 * Print a hash. `sri` always includes the algorithm (`sha256-…`); the other
 * formats include an `algo:` prefix only when `includeAlgo` is set.
 */
export function formatHash(
  hash: Uint8Array,
  algo: HashAlgo,
  format: HashFormat,
  includeAlgo = false,
): string {
  if (format === 'sri') return `${algo}-${encodeBase64(hash)}`;
  const body =
    format === 'base16' ? encodeBase16(hash) : format === 'base64' ? encodeBase64(hash) : encodeNix32(hash);
  return includeAlgo ? `${algo}:${body}` : body;
}

export interface ParsedHash {
  algo: HashAlgo;
  hash: Uint8Array;
}

/**
 * Parse a hash string as Nix's `Hash::parseAny` does: an optional `algo:`
 * prefix or SRI `algo-` prefix; the body's encoding is chosen by its length
 * (base16, nix32, base64; SRI bodies are always base64). `algo`, when given,
 * supplies a missing type and must agree with a present one.
 */
export function parseHash(original: string, algo?: HashAlgo): ParsedHash {
  let rest = original;
  let isSRI = false;
  let parsedAlgo: HashAlgo | undefined;
  const colon = rest.indexOf(':');
  const dash = rest.indexOf('-');
  if (colon >= 0) {
    parsedAlgo = parseHashAlgo(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  } else if (dash >= 0) {
    parsedAlgo = parseHashAlgo(rest.slice(0, dash));
    rest = rest.slice(dash + 1);
    isSRI = true;
  }
  if (parsedAlgo === undefined && algo === undefined)
    throw storeError(`hash '${rest}' does not include a type, nor is the type otherwise known from context`);
  if (parsedAlgo !== undefined && algo !== undefined && parsedAlgo !== algo)
    throw storeError(`hash '${original}' should have type '${algo}'`);
  const a = (parsedAlgo ?? algo) as HashAlgo;
  return { algo: a, hash: parseHashBody(rest, a, isSRI) };
}

function parseHashBody(rest: string, algo: HashAlgo, isSRI: boolean): Uint8Array {
  const size = HASH_SIZES[algo];
  if (!isSRI && rest.length === size * 2) {
    const h = decodeBase16(rest);
    if (!h) throw storeError(`invalid base-16 hash '${rest}'`);
    return h;
  }
  if (!isSRI && rest.length === nix32Length(size)) {
    const h = decodeNix32(rest, size);
    if (!h) throw storeError(`invalid base-32 hash '${rest}'`);
    return h;
  }
  if (isSRI || rest.length === base64Length(size)) {
    const h = decodeBase64(rest);
    if (!h || h.length !== size) throw storeError(`invalid ${isSRI ? 'SRI' : 'base-64'} hash '${rest}'`);
    return h;
  }
  throw storeError(`hash '${rest}' has wrong length for hash algorithm '${algo}'`);
}

/**
 * Nix's `newHashAllowEmpty`, used for `outputHash`: an empty string means an
 * all-zero hash of `algo` (Nix warns `found empty hash, assuming '<sri>'`; the
 * warning text is returned for the caller to print).
 */
export function parseHashAllowEmpty(s: string, algo?: HashAlgo): ParsedHash & { warning?: string } {
  if (s !== '') return parseHash(s, algo);
  if (algo === undefined) throw storeError('empty hash requires explicit hash algorithm');
  const hash = new Uint8Array(HASH_SIZES[algo]);
  return { algo, hash, warning: `found empty hash, assuming '${formatHash(hash, algo, 'sri')}'` };
}
