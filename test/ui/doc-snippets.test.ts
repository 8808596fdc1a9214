// Docs → "Open in playground": every Nix block of every docs page opens into a project that
// evaluates (model and every host's modules) without problems, or with exactly the problems the
// page says the block is there to show (`<!-- playground-expects: code … -->`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { docSnippets, snippetPath, snippetProject } from '../../src/lib/ui/doc-snippets';

const docsDir = join(import.meta.dirname, '../../docs');
const pages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, source: readFileSync(join(docsDir, name), 'utf8') }));
const cases = pages.flatMap(({ name, source }) =>
  docSnippets(source).map((snippet, i) => ({ label: `${name} block ${i + 1} (${snippet.path})`, snippet })),
);

describe('docs snippets open into clean projects', () => {
  test('the docs have Nix blocks to open', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases)('$label', ({ snippet }) => {
    expect(EXAMPLES[snippet.example], `example ${snippet.example}`).toBeDefined();
    const result = evaluateProject(snippetProject(snippet, EXAMPLES), { modules: 'all', detail: 'check' });
    const found = result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}: ${d.message.split('\n')[0]}`);
    if (snippet.expects.length === 0) expect(found).toEqual([]);
    else
      expect([...new Set(result.diagnostics.map((d) => d.code))].sort()).toEqual([...snippet.expects].sort());
  });
});

describe('which file a block stands for', () => {
  test('its first line, else the first path in the heading, else snippet.nix', () => {
    expect(snippetPath('# inventory/hosts.nix\n{ }', null)).toBe('inventory/hosts.nix');
    expect(snippetPath('# dendrites/a/meta.nix: a meta file\n{ }', null)).toBe('dendrites/a/meta.nix');
    expect(snippetPath('{ }', '`inventory/secrets.nix` (v2)')).toBe('inventory/secrets.nix');
    expect(snippetPath('{ }', 'Homes')).toBe('snippet.nix');
  });

  test('a page names its example, and a comment before a block what it shows', () => {
    const source =
      '<!-- playground-example: fleet -->\n# T\n\n```nix\n{ }\n```\n\n<!-- playground-expects: unknown-role -->\n```nix\n{ a = 1; }\n```\n';
    expect(docSnippets(source).map((s) => [s.example, s.expects])).toEqual([
      ['fleet', []],
      ['fleet', ['unknown-role']],
    ]);
  });
});
