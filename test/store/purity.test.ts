import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/lib/nix/store');

describe('store module', () => {
  // Its errors are `store` errors of the evaluator's one error union, hence ../errors/nix-error.
  it('is browser-safe: imports only itself, the error union and @noble/hashes', () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/from '([^']+)'/g))
        expect(m[1], `${f} imports ${m[1]}`).toMatch(
          /^(\.\/[a-z0-9-]+|\.\.\/errors\/nix-error|@noble\/hashes\/[a-z0-9]+\.js)$/,
        );
      expect(src, f).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });
});
