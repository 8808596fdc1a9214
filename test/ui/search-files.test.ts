// Ctrl+Shift+F: lines that hold the query, in path order, case insensitive, capped.
import { describe, expect, test } from 'vitest';
import { MAX_HITS, searchFiles } from '../../src/lib/ui/search-files';

describe('searchFiles', () => {
  const files = { 'b.nix': '{\n  roles = [ "Server" ];\n}\n', 'a.nix': 'server\r\nx\rserver server\n' };

  test('every line with the query, in path order, at the first hit', () => {
    expect(searchFiles(files, 'server').hits).toEqual([
      { path: 'a.nix', line: 1, column: 1, text: 'server' },
      { path: 'a.nix', line: 3, column: 1, text: 'server server' },
      { path: 'b.nix', line: 2, column: 14, text: 'roles = [ "Server" ];' },
    ]);
  });

  test('nothing for an empty query; a cap for a common one', () => {
    expect(searchFiles(files, '')).toEqual({ hits: [], truncated: false });
    const big = { 'x.nix': 'a\n'.repeat(MAX_HITS + 5) };
    const result = searchFiles(big, 'a');
    expect(result.hits).toHaveLength(MAX_HITS);
    expect(result.truncated).toBe(true);
  });
});
