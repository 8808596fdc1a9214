// The Files panel's tree: folders first, sorted; `_` paths ignored; collapsed folders hidden.
import { describe, expect, test } from 'vitest';
import { buildFileTree, normalizePath, visibleRows } from '../../src/lib/ui/file-tree';

describe('file tree', () => {
  const tree = buildFileTree(
    ['inventory/hosts.nix', 'hosts/_shared/disk.nix', 'hosts/nas/hardware.nix', 'flake.nix'],
    ['empty'],
  );

  test('folders first, then files, by name', () => {
    expect(tree.map((n) => n.name)).toEqual(['empty', 'hosts', 'inventory', 'flake.nix']);
    expect(tree[1].children.map((n) => n.name)).toEqual(['_shared', 'nas']);
  });

  test('paths under an _-prefixed component are ignored', () => {
    const rows = visibleRows(tree, new Set());
    expect(rows.filter((r) => r.ignored).map((r) => r.path)).toEqual([
      'hosts/_shared',
      'hosts/_shared/disk.nix',
    ]);
  });

  test('collapsed folders hide their insides', () => {
    expect(visibleRows(tree, new Set(['hosts'])).map((r) => r.path)).not.toContain('hosts/nas');
  });

  test('typed paths are normalised, and escaping ones refused', () => {
    expect(normalizePath(' ./dendrites//web/default.nix ')).toBe('dendrites/web/default.nix');
    expect(normalizePath('../x.nix')).toBeNull();
    expect(normalizePath('   ')).toBeNull();
  });
});
