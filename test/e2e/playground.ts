/**
 * What the e2e tests share: the built site served locally, a browser, and the few steps a person
 * takes again and again — open the playground and wait for it, edit the file in the editor, read
 * the problems. Pages are found through accessible names (regions, buttons), as a person or a
 * screen reader finds them; `window.arbor` (the workspace) is read only to compare projects
 * byte for byte.
 */

import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { ProjectFiles } from '../../src/lib/arbor/types';
import { launchChromium, waitForHosts } from './browser';
export { wordCentre } from './browser';
import { serveStatic, type StaticSite } from './static-server';

export interface Session {
  site: StaticSite;
  browser: Browser;
}

/** Serves build/ (or $E2E_BUILD_DIR under $E2E_BASE) and launches Chromium for one test file. */
export function useSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.site = await serveStatic(process.env.E2E_BUILD_DIR ?? 'build', {
      base: process.env.E2E_BASE ?? '',
    });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

export async function newContext(session: Session): Promise<BrowserContext> {
  const context = await session.browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(session.site.url).origin,
  });
  return context;
}

/** Opens `path` (relative to the site) and waits until the graph has drawn its hosts. */
export async function openPlayground(context: BrowserContext, session: Session, path = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(new URL(path, session.site.url).href);
  await waitForHosts(page);
  return page;
}

export const graph = (page: Page): Locator => page.getByRole('region', { name: 'Module graph' });
export const problems = (page: Page): Locator => page.getByRole('region', { name: 'Problems' });
export const editorRegion = (page: Page): Locator => page.getByRole('region', { name: 'Editor' });

/** Waits until Monaco has replaced the plain editor. */
export async function waitForMonaco(page: Page): Promise<void> {
  await editorRegion(page).locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
}

/**
 * Replaces the whole text of the open file by pasting it (typing it would let the editor
 * auto-close brackets and re-indent lines, as it does for a person).
 */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  await waitForMonaco(page);
  await editorRegion(page).locator('.monaco-editor .view-lines').click();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(
    (value) => {
      const workspace = (
        window as unknown as { arbor: { files: Record<string, string>; activeFile: string } }
      ).arbor;
      return workspace.files[workspace.activeFile] === value;
    },
    text,
    { timeout: 5_000 },
  );
}

/** The project files as the playground holds them. */
export function projectFiles(page: Page): Promise<ProjectFiles> {
  return page.evaluate(() => ({ ...(window as unknown as { arbor: { files: ProjectFiles } }).arbor.files }));
}

/** Waits until the problems belong to the newest edit. */
export async function waitForEvaluation(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const workspace = (window as unknown as { arbor?: { revision: number; resultRevision: number } }).arbor;
    return workspace !== undefined && workspace.resultRevision === workspace.revision;
  });
}
