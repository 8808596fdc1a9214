// Ctrl+P's filter: letters in order, the file's own name first, tighter matches first.
import { describe, expect, test } from 'vitest';
import { quickOpenMatches } from '../../src/lib/ui/quick-open';

const PATHS = [
  'inventory/hosts.nix',
  'inventory/roles.nix',
  'inventory/users.nix',
  'dendrites/ssh/default.nix',
  'dendrites/ssh/meta.nix',
  'hosts/nas/disko.nix',
];

const paths = (query: string) => quickOpenMatches(PATHS, query).map((m) => m.path);

describe('quickOpenMatches', () => {
  test('letters in order, case and spaces ignored', () => {
    expect(paths('rolesnix')).toEqual(['inventory/roles.nix']);
    expect(paths('SSH meta')).toEqual(['dendrites/ssh/meta.nix']);
    expect(paths('zzz')).toEqual([]);
  });

  test('a match in the file name comes before one across folders', () => {
    expect(paths('hosts')[0]).toBe('inventory/hosts.nix');
    expect(paths('hosts')).toContain('hosts/nas/disko.nix');
  });

  test('an empty query lists every file, sorted; indices say what to highlight', () => {
    expect(paths('')).toEqual([...PATHS].sort());
    const [match] = quickOpenMatches(PATHS, 'users');
    expect(match.indices.map((i) => match.path[i]).join('')).toBe('users');
  });
});
