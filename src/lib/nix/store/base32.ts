/**
 * Byte-string encodings used by Nix hashes and store paths.
 *
 * Nix's "base-32" (called nix32 since 2.19) is not RFC 4648: it uses the
 * alphabet `0123456789abcdfghijklmnpqrsvwxyz` (no e, o, u, t) and emits the
 * 5-bit groups starting from the *end* of the byte string, reading bits
 * little-endian within each byte. An n-byte input yields ⌈8n/5⌉ characters;
 * the first character carries the surplus high bits, which must be zero when
 * decoding. Base16 is lowercase hex (decoding accepts either case) and base64
 * is the standard padded RFC 4648 alphabet (decoding stops at the first `=`
 * and skips newlines, as Nix's decoder does).
 */

export const NIX32_ALPHABET = '0123456789abcdfghijklmnpqrsvwxyz';

const NIX32_INDEX: Map<string, number> = new Map([...NIX32_ALPHABET].map((c, i) => [c, i]));

/** Length of the nix32 encoding of `size` bytes. */
export function nix32Length(size: number): number {
  return Math.floor((size * 8 - 1) / 5) + 1;
}

export function encodeNix32(bytes: Uint8Array): string {
  const len = nix32Length(bytes.length);
  let out = '';
  for (let n = len - 1; n >= 0; n--) {
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    const lo = bytes[i] >> j;
    const hi = i + 1 < bytes.length ? bytes[i + 1] << (8 - j) : 0;
    out += NIX32_ALPHABET[(lo | hi) & 0x1f];
  }
  return out;
}

/**
 * Decode nix32 text into exactly `size` bytes; returns null when a character is
 * outside the alphabet or the leading character carries bits beyond `size`.
 * (Callers check the length, like Nix, before decoding.)
 */
export function decodeNix32(text: string, size: number): Uint8Array | null {
  const out = new Uint8Array(size);
  const len = text.length;
  for (let n = 0; n < len; n++) {
    const digit = NIX32_INDEX.get(text[len - n - 1]);
    if (digit === undefined) return null;
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    if (i >= size) {
      if (digit !== 0) return null;
      continue;
    }
    out[i] |= (digit << j) & 0xff;
    const carry = digit >> (8 - j);
    if (i + 1 < size) out[i + 1] |= carry;
    else if (carry !== 0) return null;
  }
  return out;
}

const HEX = '0123456789abcdef';

export function encodeBase16(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15];
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Decode hex (either case); null on an odd length or a non-hex character. */
export function decodeBase16(text: string): Uint8Array | null {
  if (text.length % 2 !== 0) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(text.charCodeAt(2 * i));
    const lo = hexDigit(text.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return null;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX: Map<string, number> = new Map([...B64].map((c, i) => [c, i]));

/** Length of the padded base64 encoding of `size` bytes. */
export function base64Length(size: number): number {
  return Math.ceil(size / 3) * 4;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/**
 * Decode base64 the way Nix does: stop at the first `=`, skip `\n`, reject any
 * other character outside the alphabet (null), drop incomplete trailing bits.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of text) {
    if (c === '=') break;
    if (c === '\n') continue;
    const d = B64_INDEX.get(c);
    if (d === undefined) return null;
    acc = ((acc << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
