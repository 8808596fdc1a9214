/**
 * What Nix does to every message it logs on stderr (errors, `trace:`, warnings) before writing it:
 * escape sequences are removed — all of them when stderr is not a terminal, all but colour (SGR,
 * `ESC [ … m`) when it is — tabs are expanded to the next multiple of 8 columns, and carriage
 * returns and bells are dropped. nixpkgs' lib puts colour codes in some of its own messages, so
 * without this a pipe would receive them.
 *
 * Messages here are byte strings (one char per byte); columns are counted per UTF-8 character with
 * its display width, from the start of the message (as Nix counts them, newlines included).
 */

const ESC = 0x1b;

/** Filters one logged message; `keepColour` when stderr is a terminal that may show colour. */
export function filterAnsiEscapes(message: string, keepColour: boolean): string {
  let out = '';
  let column = 0;
  let i = 0;
  const n = message.length;
  while (i < n) {
    const c = message.charCodeAt(i);
    if (c === ESC) {
      const start = i++;
      let final = 0;
      if (i < n && message[i] === '[') {
        // CSI: parameter and intermediate bytes, then one final byte.
        i++;
        while (i < n && message.charCodeAt(i) >= 0x30 && message.charCodeAt(i) <= 0x3f) i++;
        while (i < n && message.charCodeAt(i) >= 0x20 && message.charCodeAt(i) <= 0x2f) i++;
        if (i < n && message.charCodeAt(i) >= 0x40 && message.charCodeAt(i) <= 0x7e)
          final = message.charCodeAt(i++);
      } else if (i < n && message[i] === ']') {
        // OSC (hyperlinks, titles): everything up to the next ESC, which starts a sequence of
        // its own (ESC backslash, the string terminator, is then a two-byte escape). Nix 2.26 does not
        // end an OSC at BEL.
        i++;
        while (i < n && message.charCodeAt(i) !== ESC) i++;
      } else if (i < n && message.charCodeAt(i) >= 0x40 && message.charCodeAt(i) <= 0x5f) {
        i++;
      }
      if (keepColour && final === 0x6d) out += message.slice(start, i);
    } else if (c === 0x09) {
      do {
        out += ' ';
        column++;
      } while (column % 8 !== 0);
      i++;
    } else if (c === 0x0d || c === 0x07) {
      i++;
    } else {
      const [width, bytes] = utf8CharWidth(message, i);
      column += width;
      out += message.slice(i, i + bytes);
      i += bytes;
    }
  }
  return out;
}

/** Display width and byte length of the UTF-8 character at `i` (invalid bytes: one column each). */
function utf8CharWidth(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  let bytes: number;
  let cp: number;
  let min: number;
  if (b0 < 0x80) return [b0 < 0x20 || b0 === 0x7f ? 0 : 1, 1];
  if ((b0 & 0xe0) === 0xc0) [bytes, cp, min] = [2, b0 & 0x1f, 0x80];
  else if ((b0 & 0xf0) === 0xe0) [bytes, cp, min] = [3, b0 & 0x0f, 0x800];
  else if ((b0 & 0xf8) === 0xf0) [bytes, cp, min] = [4, b0 & 0x07, 0x10000];
  else return [1, 1];
  for (let k = 1; k < bytes; k++) {
    const b = i + k < s.length ? s.charCodeAt(i + k) : -1;
    if ((b & 0xc0) !== 0x80 || b < 0) return [k, k];
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp >= 0x110000) return [bytes, bytes];
  return [codePointWidth(cp), bytes];
}

/** Zero-width (combining, format) ranges and double-width (East Asian wide, emoji) ranges. */
const ZERO_WIDTH: Array<[number, number]> = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0e31, 0x0e31],
  [0x0e34, 0x0e3a],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff],
  [0xe0100, 0xe01ef],
];
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26f2, 0x26f5],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2753, 0x2755],
  [0x2795, 0x2797],
  [0x2b1b, 0x2b1c],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function inRanges(cp: number, ranges: Array<[number, number]>): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

function codePointWidth(cp: number): number {
  if (cp < 0xa0) return cp >= 0x80 ? 0 : 1;
  if (inRanges(cp, ZERO_WIDTH)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}
