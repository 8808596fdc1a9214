// The registry of diagnostic codes (nix/lib/validation/codes.json) against everything that names a code: the
// Nix library's diagnostics, the TypeScript sources, docs/diagnostics.md, the broken examples and
// the severities they really report.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../../src/lib/arbor/codes';
import { createProjectFileSystem, LIBRARY_ROOT } from '../../src/lib/arbor/evaluate';
import { evaluateProject } from '../session';
import { EvalState, printValue, STRING_SOURCE } from '../../src/lib/nix';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';

const root = join(__dirname, '../..');
const codes = Object.keys(DIAGNOSTIC_CODES);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

function literals(paths: string[], pattern: RegExp): Set<string> {
  const found = new Set<string>();
  for (const path of paths)
    for (const match of readFileSync(path, 'utf8').matchAll(pattern)) found.add(match[1]);
  return found;
}

describe('the diagnostic code registry', () => {
  it('lists every code the Nix library reports', () => {
    const named = literals(files(join(root, 'nix/lib'), /\.nix$/), /\bcode = "([a-z-]+)"/g);
    expect(named.size).toBeGreaterThan(15);
    expect([...named].filter((code) => !isDiagnosticCode(code))).toEqual([]);
  });

  it('lists every code the TypeScript sources report', () => {
    const named = literals(files(join(root, 'src'), /\.(ts|svelte)$/), /\bcode: '([a-z-]+)'/g);
    expect(named.has('timeout')).toBe(true);
    expect([...named].filter((code) => !isDiagnosticCode(code))).toEqual([]);
  });

  it('is the table of docs/diagnostics.md, code for code', () => {
    const documented = [
      ...readFileSync(join(root, 'docs/diagnostics.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm),
    ].map((match) => match[1]);
    expect([...documented].sort()).toEqual([...codes].sort());
  });

  it('says in one plain line what each code means', () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(info.summary, code).toMatch(/^[A-Z].{10,100}\.$/);
      expect(info.summary, `${code}: plain text`).not.toMatch(/[`*_]/);
    }
  });

  it('has a broken example for every code a project can cause, reporting it with a listed severity', () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      if (info.stage === 'playground') continue;
      const example = EXAMPLES[`broken/${code}`];
      expect(example, `nix/examples/broken/${code}`).toBeDefined();
      const reported = evaluateProject(example, { modules: 'all', detail: 'check' }).diagnostics.filter(
        (d) => d.code === code,
      );
      expect(reported.length, `broken/${code} reports ${code}`).toBeGreaterThan(0);
      for (const d of reported) expect(info.severities, `${code} as ${d.severity}`).toContain(d.severity);
    }
  }, 120_000);

  it('is what the Nix library checks its diagnostics against', () => {
    const make = (code: string) =>
      `(import ${LIBRARY_ROOT}/validation/diagnostics.nix { rootString = "/p"; }).make { code = "${code}"; message = "m"; ` +
      `position = { file = "f"; line = 1; column = 1; }; }`;
    const state = new EvalState({ fs: createProjectFileSystem({}) });
    const run = (code: string) => {
      const value = state.evalText(make(code), STRING_SOURCE, '/');
      state.forceDeep(value);
      return printValue(value);
    };
    expect(run('unknown-role')).toContain('"unknown-role"');
    expect(() => run('no-such-code')).toThrow(
      /reported the diagnostic code `no-such-code', which lib\/validation\/codes.json does not list/,
    );
  });
});
