import { describe, expect, it } from 'vitest';
import {
  compressHash,
  formatHash,
  hashBytes,
  parseHash,
  parseHashAllowEmpty,
  parseHashAlgo,
  parseHashFormat,
  type HashAlgo,
  type HashFormat,
} from '../../src/lib/nix/store';
import { BAD_HASHES, GOOD_HASHES } from './cases';
import { err, ok, storeErrorOf } from './expected';

const ALGOS: HashAlgo[] = ['md5', 'sha1', 'sha256', 'sha512'];
const hex = (b: Uint8Array): string => formatHash(b, 'sha256', 'base16');

describe('hashBytes', () => {
  it('matches builtins.hashString', () => {
    expect(ALGOS.map((a) => hex(hashBytes(a, 'abc')))).toEqual(ok('hashString-abc'));
    expect(ALGOS.map((a) => hex(hashBytes(a, '')))).toEqual(ok('hashString-empty'));
    expect(hex(hashBytes('sha256', 'é日本\n'))).toBe(ok('hashString-unicode'));
    expect(hashBytes('sha256', new Uint8Array([0x61, 0x62, 0x63]))).toEqual(hashBytes('sha256', 'abc'));
  });
});

describe('formatHash', () => {
  it('matches builtins.convertHash for every algo and format', () => {
    const formats: HashFormat[] = ['base16', 'nix32', 'base32', 'base64', 'sri'];
    const got = ALGOS.flatMap((a) => formats.map((f) => formatHash(hashBytes(a, 'abc'), a, f)));
    expect(got).toEqual(ok('convert-all'));
  });

  it('optionally prefixes the algorithm', () => {
    const h = hashBytes('sha1', 'abc');
    expect(formatHash(h, 'sha1', 'base16', true)).toBe('sha1:a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(formatHash(h, 'sha1', 'nix32', true)).toBe('sha1:kpcd173cq987hw957sx6m0868wv3x6d9');
    expect(formatHash(h, 'sha1', 'sri', true)).toBe('sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  });
});

describe('parseHash', () => {
  const convert = (s: string): string[] => {
    const { algo, hash } = parseHash(s);
    return (['base16', 'nix32', 'base64', 'sri'] as HashFormat[]).map((f) => formatHash(hash, algo, f));
  };

  it.each(GOOD_HASHES)('accepts %s like Nix', (s) => {
    expect(convert(s)).toEqual(ok(`hash:${s}`));
  });

  it.each(BAD_HASHES)('rejects %s with Nix’s message', (s) => {
    expect(storeErrorOf(() => convert(s))).toBe(err(`hash:${s}`));
  });

  it('uses the algorithm from context and checks it against the prefix', () => {
    const sri = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
    expect(parseHash('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', 'sha256').hash).toEqual(
      parseHash(sri).hash,
    );
    expect(() => parseHash(sri, 'sha1')).toThrow(err('err-fod-wrongtype'));
    expect(() => parseHash('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')).toThrow(err('err-fod-notype'));
  });

  it('treats the empty outputHash specially', () => {
    expect(() => parseHashAllowEmpty('')).toThrow(err('err-fod-empty-noalgo'));
    const r = parseHashAllowEmpty('', 'sha256');
    expect(r.hash).toEqual(new Uint8Array(32));
    expect(r.warning).toBe(
      "found empty hash, assuming 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='",
    );
  });

  it('parses algorithm and format names', () => {
    expect(parseHashAlgo('sha512')).toBe('sha512');
    expect(() => parseHashAlgo('foo')).toThrow(err('hash:foo:abc'));
    expect(parseHashFormat('base32')).toBe('base32');
    expect(() => parseHashFormat('foo')).toThrow(
      "unknown hash format 'foo', expect 'base16', 'base32', 'base64', or 'sri'",
    );
  });
});

describe('compressHash', () => {
  it('XOR-folds', () => {
    expect(compressHash(new Uint8Array([1, 2, 3, 4, 5]), 2)).toEqual(new Uint8Array([1 ^ 3 ^ 5, 2 ^ 4]));
    expect(compressHash(new Uint8Array([7]), 3)).toEqual(new Uint8Array([7, 0, 0]));
  });
});
