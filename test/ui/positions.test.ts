// Byte columns (Nix) to UTF-16 columns (Monaco) and back.
import { describe, expect, test } from 'vitest';
import { byteColumnToUtf16, utf16ColumnToByte } from '../../src/lib/ui/positions';

describe('columns', () => {
  test('ASCII columns are the same', () => {
    expect(byteColumnToUtf16('  roles = [ "x" ];', 5)).toBe(5);
  });
  test('multi-byte characters before the column shift it', () => {
    const line = '  description = "Zürich 🌳"; roles = [ ];';
    const utf16 = line.indexOf('roles') + 1;
    const bytes = new TextEncoder().encode(line.slice(0, utf16 - 1)).length + 1;
    expect(byteColumnToUtf16(line, bytes)).toBe(utf16);
    expect(utf16ColumnToByte(line, utf16)).toBe(bytes);
  });
  test('a column past the end stays past the end', () => {
    expect(byteColumnToUtf16('ab', 5)).toBe(5);
  });
});
