/**
 * Nix store path and derivation computation (Nix 2.26 semantics), pure and
 * browser-safe: encodings, hashes, store paths, NAR, ATerm, derivations.
 */
export * from './errors';
export * from './base32';
export * from './hash';
export * from './store-path';
export * from './nar';
export * from './aterm';
export * from './derivation-hash';
export * from './derivation-attrs';
export * from './derivation';
export * from './context';
