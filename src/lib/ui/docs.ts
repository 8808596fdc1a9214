/**
 * The docs view's content: `docs/*.md`, imported as text at build time, rendered with marked.
 * Links between the documents become links between docs pages; every Nix code block gets an
 * "Open in playground" link that opens the homelab example with the block in it — in place of
 * the file its first line names (`# inventory/hosts.nix`), or as `snippet.nix`. A page that
 * says `<!-- playground-example: homelab-secrets -->` opens that example instead.
 */

import { Marked, type Tokens } from 'marked';
import { EXAMPLES } from '$lib/arbor/generated/examples';
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

const NIX_PATH = /^([\w-]+\/)*[\w.-]+\.nix$/;

/**
 * The file a code block stands for: the path in its first line (`# inventory/hosts.nix`), or
 * the heading above it when that is a path (`## inventory/hosts.nix`), else `snippet.nix`.
 */
function pathFor(code: string, heading: string | null): string {
  const comment = /^#\s*(\S+\.nix)\b/.exec(code.split('\n')[0] ?? '')?.[1];
  for (const candidate of [comment, heading?.replace(/`/g, '').trim()]) {
    if (candidate && NIX_PATH.test(candidate)) return candidate;
  }
  return 'snippet.nix';
}

/** The project a code block opens: the page's example (homelab) with the block as the file it stands for. */
function projectFor(code: string, path: string, doc: DocPage): string {
  const example = /<!--\s*playground-example:\s*([\w/-]+)\s*-->/.exec(doc.source)?.[1];
  const base = (example && EXAMPLES[example]) || EXAMPLES.homelab;
  return encodeShare({
    name: `docs ${doc.slug}`,
    files: { ...base, [path]: code.endsWith('\n') ? code : `${code}\n` },
  });
}

export function renderDoc(doc: DocPage, root: URL): string {
  const marked = new Marked({ gfm: true });
  const paths = new WeakMap<object, string>();
  let heading: string | null = null;
  marked.use({
    walkTokens(token) {
      if (token.type === 'heading') heading = token.text;
      if (token.type === 'code') paths.set(token, pathFor(token.text, heading));
    },
    renderer: {
      code(token: Tokens.Code): string {
        const { text, lang } = token;
        const block = `<pre><code class="language-${escapeHtml(lang ?? '')}">${escapeHtml(text)}</code></pre>`;
        if (lang !== 'nix') return block;
        const path = paths.get(token) ?? 'snippet.nix';
        const href = new URL(`#${projectFor(text, path, doc)}`, root).href;
        const label = `Open ${path} in the playground`;
        return `<div class="code-block">${block}<a class="open-in-playground" href="${escapeHtml(href)}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">Open in playground</a></div>`;
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
