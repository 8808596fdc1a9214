// The playground by keyboard alone: skip links to each panel, the file tree as one tab stop with
// arrow keys, F2 and Delete, and a way out of the editor (Ctrl+M).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  editorRegion,
  graph,
  newContext,
  openPlayground,
  projectFiles,
  useSession,
  waitForMonaco,
} from './playground';

const session = useSession();

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return {
      role: e?.getAttribute('role') ?? e?.tagName.toLowerCase() ?? '',
      name: e?.getAttribute('aria-label') ?? e?.textContent?.trim() ?? '',
      path: e?.getAttribute('data-path') ?? null,
      inEditor: e?.closest('.monaco-editor') !== null && e?.closest('.monaco-editor') !== undefined,
    };
  });

describe('keyboard', () => {
  test('skip links reach every panel, and Tab reaches the editor in a few presses', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip to the editor');
    await page.keyboard.press('Enter');
    expect((await focused(page)).inEditor).toBe(true);

    await page.keyboard.press('Control+M');
    await editorRegion(page).getByText('Tab moves the focus').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).inEditor, 'Tab leaves the editor after Ctrl+M').toBe(false);

    // Without the skip links: the file tree is one tab stop, so the editor is near.
    await page.reload();
    await waitForMonaco(page);
    let presses = 0;
    while (!(await focused(page)).inEditor && presses < 60) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(30);
    await context.close();
  });

  test('the file tree: arrows move, Left and Right fold, Enter opens, F2 renames, Delete deletes', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'Skip to the files' }).focus();
    await page.keyboard.press('Enter');
    const start = await focused(page);
    expect(start.role).toBe('treeitem');
    await page.keyboard.press('Home');
    const first = await focused(page);
    expect(first.path).toBe('dendrites');
    await page.keyboard.press('ArrowLeft'); // close the folder
    expect(await page.getByRole('treeitem', { name: 'dendrites' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    await page.keyboard.press('ArrowRight'); // open it again
    await page.keyboard.press('ArrowRight'); // into it
    expect((await focused(page)).path?.startsWith('dendrites/')).toBe(true);
    // Left closes an open folder, then goes up to its parent.
    const inside = await focused(page);
    await page.keyboard.press('ArrowLeft');
    const row = page.locator(`[role="treeitem"][data-path="${inside.path}"]`);
    if ((await row.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).path).toBe('dendrites');

    // To inventory/roles.nix, by arrows only.
    for (let i = 0; i < 80 && (await focused(page)).path !== 'inventory/roles.nix'; i++)
      await page.keyboard.press('ArrowDown');
    expect((await focused(page)).path).toBe('inventory/roles.nix');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('title'))
      .toBe('inventory/roles.nix');

    // Enter opened the file in the editor, with the focus; the tree still remembers its row.
    expect((await focused(page)).inEditor).toBe(true);
    await page.getByRole('button', { name: 'Skip to the files' }).focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).path).toBe('inventory/roles.nix');
    await page.keyboard.press('F2');
    const rename = page.getByRole('textbox', { name: 'Rename inventory/roles.nix' });
    await rename.waitFor();
    await page.keyboard.press('Escape');
    expect((await focused(page)).path).toBe('inventory/roles.nix');

    await page.keyboard.press('Delete');
    expect(Object.keys(await projectFiles(page))).not.toContain('inventory/roles.nix');
    expect((await focused(page)).role, 'the focus stays in the tree').toBe('treeitem');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    expect(Object.keys(await projectFiles(page))).toContain('inventory/roles.nix');
    await context.close();
  });

  test('the graph: Enter selects a host and zooms to it, focus stays; Escape clears; F12 opens', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    const host = graph(page).getByRole('button', { name: 'host web1' });
    await host.waitFor({ timeout: 30_000 });
    await host.focus();
    await page.keyboard.press('Enter');
    const menu = graph(page).getByRole('combobox', { name: 'Select host' });
    await expect.poll(() => menu.inputValue()).toBe('web1');
    expect((await focused(page)).name).toBe('host web1');
    // The view is fitted to web1's assembly: the host is inside the canvas, and so is every
    // highlighted node, unless showing them all would make labels unreadable — then the panel
    // says how many nodes lie outside.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = document.querySelector('section.graph .surface')!.getBoundingClientRect();
          const inside = (b: DOMRect) =>
            b.left >= canvas.left - 1 &&
            b.right <= canvas.right + 1 &&
            b.top >= canvas.top - 1 &&
            b.bottom <= canvas.bottom + 1;
          const host = document.querySelector('section.graph .node[aria-label="host web1"]')!;
          const lit = [...document.querySelectorAll('section.graph .node:not(.faded)')].map((n) =>
            n.getBoundingClientRect(),
          );
          const told = /nodes outside the view/.test(
            document.querySelector('section.graph .offscreen')?.textContent ?? '',
          );
          return lit.length > 1 && inside(host.getBoundingClientRect()) && (lit.every(inside) || told);
        }),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.inputValue()).toBe('');
    await graph(page)
      .getByRole('button', { name: /^dendrite / })
      .first()
      .focus();
    await page.keyboard.press('F12');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('title'))
      .toMatch(/^dendrites\/.*meta\.nix$|^dendrites\/.*default\.nix$/);
    await context.close();
  });
});
