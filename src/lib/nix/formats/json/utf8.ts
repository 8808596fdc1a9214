/**
 * nlohmann's UTF-8 check on output, and the hexadecimal byte notation its messages use.
 *
 * nlohmann refuses to serialise a string that is not valid UTF-8 (type_error.316), and names the
 * offending byte as `0xC3`; its parser names control characters as `U+001F`. Nix strings are
 * byte strings (see ../../bytes.ts), so both work on char codes below 256.
 */

/** A byte as two upper-case hexadecimal digits. */
export const hex2 = (b: number) => (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

/**
 * Where nlohmann's UTF-8 check (a Hoehrmann decoder) rejects a byte string: null if it is valid,
 * otherwise the message of its type_error.316.
 */
export function utf8Error(s: string): string | null {
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    let count: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) count = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      count = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      count = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return `invalid UTF-8 byte at index ${i}: 0x${hex2(c)}`;
    for (let k = 1; k <= count; k++) {
      if (i + k >= n) return `incomplete UTF-8 string; last byte: 0x${hex2(s.charCodeAt(n - 1))}`;
      const d = s.charCodeAt(i + k);
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d < min || d > max) return `invalid UTF-8 byte at index ${i + k}: 0x${hex2(d)}`;
    }
    i += count + 1;
  }
  return null;
}
