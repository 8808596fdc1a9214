/**
 * What a docs code block opens in the playground: the page's example (homelab unless the page
 * says `<!-- playground-example: NAME -->`) with the block as the file it stands for — the path
 * in its first line (`# inventory/hosts.nix`), else the first path in the heading above it
 * (`## \`inventory/hosts.nix\``), else `snippet.nix` beside the example's files.
 *
 * Every block is expected to open into a project without problems; a block that is there to
 * show a problem says which, in a comment just before it: `<!-- playground-expects: unknown-role -->`.
 * test/ui/doc-snippets.test.ts evaluates every block of every page and holds them to that.
 *
 * Pure (no Vite imports), so the test and the docs view share it.
 */

import { Marked } from 'marked';
import type { ProjectFiles } from '$lib/arbor/types';

export interface DocSnippet {
  /** The file the block becomes. */
  path: string;
  code: string;
  /** The example it opens in. */
  example: string;
  /** Diagnostic codes the block is there to show (none: it must open without problems). */
  expects: string[];
}

const NIX_PATH = /^([\w-]+\/)*[\w.-]+\.nix$/;
const EXAMPLE = /<!--\s*playground-example:\s*([\w/-]+)\s*-->/;
const EXPECTS = /<!--\s*playground-expects:\s*([\w\s-]+?)\s*-->$/;

export function pageExample(source: string): string {
  return EXAMPLE.exec(source)?.[1] ?? 'homelab';
}

/** The file a code block stands for (see the module comment). */
export function snippetPath(code: string, heading: string | null): string {
  const comment = /^#\s*(\S+\.nix)\b/.exec(code.split('\n')[0] ?? '')?.[1];
  const fromHeading = heading
    ?.replace(/`/g, ' ')
    .split(/\s+/)
    .find((word) => NIX_PATH.test(word));
  for (const candidate of [comment, fromHeading]) if (candidate && NIX_PATH.test(candidate)) return candidate;
  return 'snippet.nix';
}

/** The Nix code blocks of a docs page, in order, with what each opens. */
export function docSnippets(source: string): DocSnippet[] {
  const example = pageExample(source);
  const snippets: DocSnippet[] = [];
  let heading: string | null = null;
  let cursor = 0;
  const marked = new Marked({ gfm: true });
  marked.walkTokens(marked.lexer(source), (token) => {
    if (token.type === 'heading') heading = token.text;
    if (token.type !== 'code' || token.lang !== 'nix') return;
    const at = source.indexOf(token.raw, cursor);
    cursor = at < 0 ? cursor : at + token.raw.length;
    const before = at < 0 ? '' : source.slice(0, at).trimEnd();
    const expects = EXPECTS.exec(before)?.[1].split(/\s+/) ?? [];
    snippets.push({ path: snippetPath(token.text, heading), code: token.text, example, expects });
  });
  return snippets;
}

/** The project a snippet opens: its example's files with the snippet in place. */
export function snippetProject(snippet: DocSnippet, examples: Record<string, ProjectFiles>): ProjectFiles {
  const base = examples[snippet.example] ?? examples.homelab;
  const code = snippet.code.endsWith('\n') ? snippet.code : `${snippet.code}\n`;
  return { ...base, [snippet.path]: code };
}
