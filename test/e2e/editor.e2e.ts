// The editor knows the inventory (#12): completion of the model's names and the contract's
// fields, a hover over a name, F12 and Shift+F12 on it, quick fixes for "Did you mean" and a
// missing meta.nix, and the keys Ctrl+S, F1 and Ctrl+P.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  editorRegion,
  newContext,
  openPlayground,
  projectFiles,
  useSession,
  waitForMonaco,
  wordCentre,
} from './playground';

const session = useSession();

interface Arbor {
  files: Record<string, string>;
  activeFile: string | null;
  model: object | null;
  reveal: { file: string; line: number } | null;
}

/** Puts the caret in `word` on the line holding `lineText` (by a click, as a person would). */
async function clickWord(page: Page, lineText: string, word: string): Promise<void> {
  const point = await wordCentre(page, lineText, word);
  await page.mouse.click(point.x, point.y);
}

/** A new line after the one holding `lineText`, the caret on it. */
async function newLineAfter(page: Page, lineText: string, word: string): Promise<void> {
  await clickWord(page, lineText, word);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

/**
 * Inserts text at the caret by pasting it: typed fast, Monaco's auto-closing of brackets and
 * quotes races the keystrokes, so `[ "` may or may not come out as `[ ""]`.
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

const suggestions = (page: Page): Locator => page.locator('.suggest-widget .monaco-list-row');

/** The labels of the suggestions shown (asked for with Ctrl+Space if typing did not open them). */
async function labels(page: Page): Promise<string[]> {
  const shown = await suggestions(page)
    .first()
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) await page.keyboard.press('Control+Space');
  await suggestions(page).first().waitFor({ timeout: 10_000 });
  return (await suggestions(page).locator('.label-name').allTextContents()).map((t) => t.trim());
}

/** Hovers `word` until Monaco's hover holding `text` shows (the layout may still be settling). */
async function hoverWord(page: Page, lineText: string, word: string, text: string): Promise<Locator> {
  const hover = page.locator('.monaco-hover').filter({ hasText: text });
  for (let attempt = 0; attempt < 6 && !(await hover.isVisible()); attempt++) {
    await page.mouse.move(5, 5);
    const point = await wordCentre(page, lineText, word);
    await page.mouse.move(point.x, point.y);
    await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await hover.waitFor({ timeout: 1_000 });
  return hover;
}

describe('the editor knows the inventory', () => {
  test('completion: names in lists, networks after `networks.`, the contract fields', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    await newLineAfter(page, 'roles = [ "server" ]', 'server');
    // In the quotes of a list of users: the model's users, with their descriptions.
    await paste(page, 'users = [ "" ];');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect(await labels(page)).toEqual(['alice', 'bob']);
    await expect(suggestions(page).nth(1).textContent()).resolves.toContain('Bob');
    await page.keyboard.type('b');
    await expect.poll(() => labels(page), { timeout: 10_000 }).toEqual(['bob']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { arbor: Arbor }).arbor.files['inventory/hosts.nix'].includes(
        'users = [ "bob" ];',
      ),
    );

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await paste(page, 'networks.');
    expect(await labels(page)).toEqual(['lan', 'ygg']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Delete');

    // The fields of a host, from the contract.
    await page.keyboard.type('boot');
    expect(await labels(page)).toContain('bootstrap');
    await page.keyboard.press('Escape');
    await context.close();
  });

  test('a name: its hover, F12 to its declaration, Shift+F12 to every use', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    await page.waitForFunction(() => (window as unknown as { arbor: Arbor }).arbor.model !== null);

    const hover = await hoverWord(page, 'roles = [ "server" ]', 'server', 'Headless');
    const text = (await hover.textContent()) ?? '';
    expect(text).toContain('role server');
    expect(text).toContain('inventory/roles.nix:3');
    expect(text).toContain('nas');
    await page.mouse.move(5, 5);

    await clickWord(page, 'roles = [ "server" ]', 'server');
    await page.keyboard.press('F12');
    await page.waitForFunction(
      () => (window as unknown as { arbor: Arbor }).arbor.activeFile === 'inventory/roles.nix',
    );
    const reveal = await page.evaluate(() => (window as unknown as { arbor: Arbor }).arbor.reveal);
    expect({ file: reveal?.file, line: reveal?.line }).toEqual({
      file: 'inventory/roles.nix',
      line: 3,
    });

    // Every use of the dendrite base: both roles and three meta.nix files, and its own meta.nix.
    await clickWord(page, '"base"', 'base');
    await page.keyboard.press('Shift+F12');
    const peek = editorRegion(page).locator('.peekview-widget');
    await peek.waitFor({ timeout: 10_000 });
    const tree = peek.locator('.ref-tree');
    await expect
      .poll(async () => (await tree.textContent()) ?? '', { timeout: 10_000 })
      .toContain('meta.nix');
    const body = (await tree.textContent()) ?? '';
    expect(body).toContain('roles.nix');
    expect(body).toMatch(/dendrites\/(ssh|desktop|storage)/);
    // The dendrite's own meta.nix, its declaration, leads the list.
    expect(body).toContain('dendrites/base');
    await page.keyboard.press('Escape');
    await context.close();
  });

  test('quick fixes: Did you mean, Create meta.nix, and Add facts.… to the host', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/broken/unknown-role');
    await waitForMonaco(page);
    await editorRegion(page).locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await clickWord(page, 'roles = [ "sever" ]', 'sever');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget').getByText('Change "sever" to "server"');
    await fix.waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { arbor: Arbor }).arbor.files['inventory/hosts.nix'].includes(
        'roles = [ "server" ]',
      ),
    );

    await page.goto(new URL('examples/broken/missing-meta', session.site.url).href);
    await waitForMonaco(page);
    // Ctrl+P opens the dendrite's default.nix by name.
    await page.keyboard.press('Control+P');
    const dialog = page.getByRole('dialog', { name: 'Open a file' });
    await dialog.waitFor();
    await page.keyboard.type('monitoring/def');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { arbor: Arbor }).arbor.activeFile === 'dendrites/monitoring/default.nix',
    );
    await editorRegion(page).locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget').getByText('Create meta.nix').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { arbor: Arbor }).arbor.activeFile === 'dendrites/monitoring/meta.nix',
    );
    expect((await projectFiles(page))['dendrites/monitoring/meta.nix']).toBe(
      '{\n  description = "";\n  class = "nixos";\n}\n',
    );

    // A missing fact: the fix adds it to the host, ready for its value.
    await page.goto(new URL('examples/broken/missing-fact', session.site.url).href);
    await waitForMonaco(page);
    await editorRegion(page).locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await clickWord(page, 'facts.storage.pools', 'storage');
    await page.keyboard.press('Control+.');
    await page
      .locator('.action-widget')
      .getByText('Add `facts.storage.zfs.hostId = "";` to host box')
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { arbor: Arbor }).arbor.files['inventory/hosts.nix'].includes(
        '    facts.storage.zfs.hostId = "";\n  };',
      ),
    );
    await context.close();
  });

  test('keys: Ctrl+S saves quietly, F1 opens the command palette, Ctrl+P quick-opens, Escape closes', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    // Whether the page kept the browser from acting on Ctrl+S (its save dialog) and Ctrl+P (print).
    await page.evaluate(() =>
      window.addEventListener('keydown', (event) => {
        const key = event.key.toLowerCase();
        if (event.ctrlKey && (key === 's' || key === 'p'))
          (window as unknown as { prevented: Record<string, boolean> }).prevented[key] =
            event.defaultPrevented;
      }),
    );
    await page.evaluate(() => ((window as unknown as { prevented: object }).prevented = {}));
    await clickWord(page, 'roles = [ "server" ]', 'roles');
    await page.keyboard.press('Control+S');
    await editorRegion(page).getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 5_000 });

    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget');
    await palette.waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+P');
    const dialog = page.getByRole('dialog', { name: 'Open a file' });
    await dialog.waitFor();
    await page.keyboard.type('rolesnix');
    await expect(dialog.getByRole('option').first().textContent()).resolves.toBe('inventory/roles.nix');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null),
      'the focus is back in the editor',
    ).toBe(true);
    await page.keyboard.press('Control+P');
    await page.keyboard.type('usersnix');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { arbor: Arbor }).arbor.activeFile === 'inventory/users.nix',
    );
    expect(await page.evaluate(() => (window as unknown as { prevented: object }).prevented)).toEqual({
      s: true,
      p: true,
    });
    await context.close();
  });

  test('Ctrl+Shift+F finds text in every file and opens the line', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    await page.keyboard.press('Control+Shift+F');
    const dialog = page.getByRole('dialog', { name: 'Search in files' });
    await dialog.waitFor();
    await page.keyboard.type('PermitRootLogin');
    const first = dialog.getByRole('option').first();
    await expect(first.textContent()).resolves.toMatch(/^dendrites\/ssh\/default\.nix:\d+\s*PermitRootLogin/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => (window as unknown as { arbor: Arbor }).arbor.activeFile === 'dendrites/ssh/default.nix',
    );
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('no such text anywhere');
    await dialog.getByText('Not found in any file').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });
});
