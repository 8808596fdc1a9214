/**
 * The docs view's content: `docs/*.md`, imported as text at build time, rendered with marked.
 * Links between the documents become links between docs pages; every Nix code block gets an
 * "Open in playground" link that opens the page's example with the block in it (doc-snippets.ts
 * says which example and which file).
 */

import { Marked, type Tokens } from 'marked';
import { isDiagnosticCode } from '$lib/arbor/codes';
import { EXAMPLES } from '$lib/arbor/generated/examples';
import { pageExample, snippetPath, snippetProject } from './doc-snippets';
import { encodeShare } from './share';

const SOURCES = import.meta.glob('/docs/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface DocPage {
  slug: string;
  title: string;
  source: string;
}

function titleOf(source: string, slug: string): string {
  return /^#\s+(.+)$/m.exec(source)?.[1].replace(/`/g, '').trim() ?? slug;
}

const ORDER = ['playground', 'architecture', 'inventory', 'library', 'model', 'diagnostics'];

export const DOCS: DocPage[] = Object.entries(SOURCES)
  .map(([path, source]) => {
    const slug = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
    return { slug, title: titleOf(source, slug), source };
  })
  .sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));

function rank(slug: string): number {
  const index = ORDER.indexOf(slug);
  return index < 0 ? ORDER.length : index;
}

export function findDoc(slug: string | undefined): DocPage | null {
  return DOCS.find((doc) => doc.slug === (slug ?? DOCS[0]?.slug)) ?? null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** The project a code block opens, as a share link's hash. */
function projectFor(code: string, path: string, doc: DocPage): string {
  const snippet = { path, code, example: pageExample(doc.source), expects: [] };
  return encodeShare({ name: `docs ${doc.slug}`, files: snippetProject(snippet, EXAMPLES) });
}

export function renderDoc(doc: DocPage, root: URL): string {
  const marked = new Marked({ gfm: true });
  const paths = new WeakMap<object, string>();
  let heading: string | null = null;
  marked.use({
    walkTokens(token) {
      if (token.type === 'heading') heading = token.text;
      if (token.type === 'code') paths.set(token, snippetPath(token.text, heading));
    },
    renderer: {
      code(token: Tokens.Code): string {
        const { text, lang } = token;
        // Focusable, so a block wider than the page can be scrolled from the keyboard.
        const block = `<pre tabindex="0"><code class="language-${escapeHtml(lang ?? '')}">${escapeHtml(text)}</code></pre>`;
        if (lang !== 'nix') return block;
        const path = paths.get(token) ?? 'snippet.nix';
        const href = new URL(`#${projectFor(text, path, doc)}`, root).href;
        // The accessible name starts with the visible text (WCAG 2.5.3), then says which file.
        const label = `Open in playground: ${path}`;
        return `<div class="code-block">${block}<a class="open-in-playground" href="${escapeHtml(href)}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">Open in playground</a></div>`;
      },
      // On the Diagnostics page each code's row is a target (the Problems panel links to it) and
      // links to the broken example that shows the code.
      tablerow({ text }: Tokens.TableRow): string {
        const code = /^<td[^>]*><code>([a-z-]+)<\/code>/.exec(text)?.[1];
        if (doc.slug !== 'diagnostics' || !code || !isDiagnosticCode(code)) return `<tr>\n${text}</tr>\n`;
        const example = EXAMPLES[`broken/${code}`]
          ? ` <a class="example-link" href="${escapeHtml(new URL(`examples/broken/${code}`, root).href)}" aria-label="Open the ${code} example">example</a>`
          : '';
        return `<tr id="${code}">\n${text.replace('</code>', `</code>${example}`)}</tr>\n`;
      },
      heading({ tokens, depth }: Tokens.Heading): string {
        const html = this.parser.parseInline(tokens);
        return `<h${depth} id="${slugify(html)}">${html}</h${depth}>`;
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const text = this.parser.parseInline(tokens);
        const local = /^([\w-]+)\.md(#.*)?$/.exec(href);
        const target = local ? new URL(`docs/${local[1]}${local[2] ?? ''}`, root).href : href;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(target)}"${titleAttribute}>${text}</a>`;
      },
    },
  });
  return marked.parse(doc.source, { async: false });
}
