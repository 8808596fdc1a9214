import { describe, expect, it } from 'vitest';
import {
  base64Length,
  decodeBase16,
  decodeBase64,
  decodeNix32,
  encodeBase16,
  encodeBase64,
  encodeNix32,
  nix32Length,
} from '../../src/lib/nix/store';
import { ok } from './expected';

describe('nix32', () => {
  it('has Nix lengths', () => {
    expect([16, 20, 32, 64].map(nix32Length)).toEqual([26, 32, 52, 103]);
  });

  it('encodes the oracle vectors (convert-all: hashString "abc" per algo)', () => {
    const all = ok<string[]>('convert-all');
    for (let i = 0; i < all.length; i += 5) {
      const bytes = decodeBase16(all[i]) as Uint8Array;
      expect(encodeNix32(bytes)).toBe(all[i + 1]);
      expect(all[i + 2]).toBe(all[i + 1]); // "base32" is an alias of nix32
      expect(decodeNix32(all[i + 1], bytes.length)).toEqual(bytes);
    }
  });

  it('encodes single bytes and the empty string', () => {
    expect(encodeNix32(new Uint8Array([0]))).toBe('00');
    expect(encodeNix32(new Uint8Array([0xff]))).toBe('7z');
    expect(encodeNix32(new Uint8Array([1]))).toBe('01');
    expect(encodeNix32(new Uint8Array(0))).toBe('');
  });

  it('round-trips arbitrary lengths', () => {
    for (let n = 1; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n * 11) & 0xff);
      expect(decodeNix32(encodeNix32(bytes), n)).toEqual(bytes);
    }
  });

  it('rejects bad characters and overflowing leading digits', () => {
    expect(decodeNix32('e'.repeat(52), 32)).toBeNull();
    expect(decodeNix32('u'.repeat(52), 32)).toBeNull();
    expect(decodeNix32('2' + 'z'.repeat(51), 32)).toBeNull();
    expect(decodeNix32('1' + 'z'.repeat(51), 32)).toEqual(new Uint8Array(32).fill(0xff));
    expect(decodeNix32('8' + 'z'.repeat(25), 16)).toBeNull();
    expect(decodeNix32('7' + 'z'.repeat(25), 16)).toEqual(new Uint8Array(16).fill(0xff));
  });
});

describe('base16 and base64', () => {
  it('hex round-trips and accepts upper case', () => {
    expect(encodeBase16(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff');
    expect(decodeBase16('0001ABff')).toEqual(new Uint8Array([0, 1, 0xab, 0xff]));
    expect(decodeBase16('0g')).toBeNull();
    expect(decodeBase16('abc')).toBeNull();
  });

  it('base64 matches the oracle and pads', () => {
    const all = ok<string[]>('convert-all');
    for (let i = 0; i < all.length; i += 5) {
      const bytes = decodeBase16(all[i]) as Uint8Array;
      expect(encodeBase64(bytes)).toBe(all[i + 3]);
      expect(base64Length(bytes.length)).toBe(all[i + 3].length);
      expect(decodeBase64(all[i + 3])).toEqual(bytes);
    }
    expect(encodeBase64(new TextEncoder().encode('f'))).toBe('Zg==');
    expect(encodeBase64(new TextEncoder().encode('fo'))).toBe('Zm8=');
    expect(encodeBase64(new TextEncoder().encode('foo'))).toBe('Zm9v');
  });

  it('base64 decoding stops at "=", skips newlines, rejects junk', () => {
    expect(decodeBase64('Zm9v=garbage!')).toEqual(new TextEncoder().encode('foo'));
    expect(decodeBase64('Zm\n9v')).toEqual(new TextEncoder().encode('foo'));
    expect(decodeBase64('Zm9v!')).toBeNull();
    expect(decodeBase64('Zg')).toEqual(new TextEncoder().encode('f'));
  });
});
