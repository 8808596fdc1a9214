/**
 * Diagnostics count columns in UTF-8 bytes, as Nix does; Monaco counts UTF-16 code units. The two
 * agree on ASCII lines; elsewhere the line's text is needed to convert, in both directions.
 */

const encoder = new TextEncoder();

/** The UTF-16 column (1-based) of a 1-based UTF-8 byte column on `lineText`. */
export function byteColumnToUtf16(lineText: string, byteColumn: number): number {
  let bytes = 0;
  let units = 0;
  for (const char of lineText) {
    if (bytes >= byteColumn - 1) break;
    bytes += encoder.encode(char).length;
    units += char.length;
  }
  return units + 1 + Math.max(0, byteColumn - 1 - bytes);
}

/** The 1-based UTF-8 byte column of a 1-based UTF-16 column on `lineText`. */
export function utf16ColumnToByte(lineText: string, column: number): number {
  return encoder.encode(lineText.slice(0, column - 1)).length + 1;
}
