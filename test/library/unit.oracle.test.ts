// The Nix-level unit tests of Arbor's library (test/library/unit/*.nix, see unit.test.ts)
// through the real Nix: every `expr` equals its `expected` there too.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dir = join(__dirname, 'unit');
const oracle = join(root, 'scripts/oracle/nix-instantiate');

describe('nix/lib unit tests under the real Nix', () => {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.nix'))) {
    it(file, () => {
      const expr = `builtins.mapAttrs (_: t: t.expr == t.expected) (import ${join(dir, file)})`;
      const r = spawnSync(oracle, ['--eval', '--strict', '--json', '-E', expr], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      const results = JSON.parse(r.stdout) as Record<string, boolean>;
      expect(Object.keys(results).length).toBeGreaterThan(0);
      expect(Object.entries(results).filter(([, passed]) => !passed)).toEqual([]);
    });
  }
});
