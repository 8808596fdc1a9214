/**
 * Server hooks, run when the site is prerendered (`vite build`): the page's HTML shell.
 *
 * SvelteKit links the CSS of every chunk a page may import later, Monaco's too (160 KB, 23 KB
 * gzip, six times the page's own), and a linked stylesheet holds back the first paint. Monaco is
 * imported only after the first result is on screen, and Vite's import of it loads its CSS and
 * waits for it before the editor is made, so the shell leaves that link out.
 */

import type { Handle } from '@sveltejs/kit';

const MONACO_CSS = /<link href="[^"]*\/load-monaco\.[^"/]*\.css" rel="stylesheet">\s*/g;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { transformPageChunk: ({ html }) => html.replace(MONACO_CSS, '') });
