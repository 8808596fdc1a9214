/**
 * Nix strings are byte strings, and so are ours.
 *
 * Nix works on raw bytes everywhere: `stringLength "é"` is 2, `substring` and `replaceStrings`
 * count bytes, regular expressions match bytes (`.` is one byte), columns in error positions are
 * byte offsets, and sorting compares bytes. To get every one of those right at once, the evaluator
 * keeps all text — source files, string values, attribute names, paths — as "byte strings": JS
 * strings whose code units are the bytes of the UTF-8 encoding (0–255 each). Conversion happens
 * only at the edges: reading files, command-line arguments and environment variables on the way
 * in; writing output, and showing text in the playground, on the way out.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** A byte string from bytes. */
export function bytesToByteString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return out;
}

/** The bytes of a byte string. */
export function byteStringToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Encodes ordinary (Unicode) text as a byte string of its UTF-8 encoding. */
export function toByteString(text: string): string {
  // ASCII is its own UTF-8 encoding.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return bytesToByteString(encoder.encode(text));
}

/** Decodes a byte string as UTF-8 into ordinary text (invalid sequences become U+FFFD). */
export function fromByteString(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return decoder.decode(byteStringToBytes(text));
}

/** The UTF-8 encoding of one code point, as a byte string (for `\u` escapes in JSON and TOML). */
export function codePointToByteString(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000)
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  );
}
