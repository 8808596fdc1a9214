// Host configurations in the playground: a mistake inside a dendrite is a `module-error` at its
// line; two dendrites that disagree are an `option-conflict` naming both; the Config tab shows
// an option's value and definitions and opens them; the editor's hover and the REPL see the
// selected host's configuration.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  newContext,
  openPlayground,
  problems,
  replaceEditorText,
  useSession,
  waitForEvaluation,
  waitForMonaco,
  wordCentre,
} from './playground';

const session = useSession();

/** Opens a project file from the Files panel (its row's title is its path). */
async function openFile(page: Page, path: string): Promise<void> {
  await page.getByRole('region', { name: 'Files' }).getByTitle(path, { exact: true }).click();
  await expect.poll(() => page.getByRole('tab', { selected: true }).getAttribute('title')).toBe(path);
}

/** The text of a project file as the playground holds it. */
function fileText(page: Page, path: string): Promise<string> {
  return page.evaluate(
    (p) => (window as unknown as { arbor: { files: Record<string, string> } }).arbor.files[p],
    path,
  );
}

const config = (page: Page) => page.getByRole('region', { name: 'Config' });

describe('host configurations', () => {
  test('typing "yes" + 1 into a dendrite shows module-error at that line; undoing it clears it', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await openFile(page, 'dendrites/ssh/default.nix');
    await waitForMonaco(page);
    const original = await fileText(page, 'dendrites/ssh/default.nix');
    const word = await wordCentre(page, 'enable = true;', 'true');
    await page.mouse.dblclick(word.x, word.y);
    // Typed key by key over an empty spot (over a selection, `"` would surround it).
    await page.keyboard.press('Backspace');
    await page.keyboard.type('"yes" + 1');
    await expect.poll(() => fileText(page, 'dendrites/ssh/default.nix')).toContain('enable = "yes" + 1;');
    await waitForEvaluation(page);
    const problem = problems(page)
      .getByRole('button', { name: /module-error/ })
      .first();
    await problem.waitFor({ timeout: 30_000 });
    await expect(problem.textContent()).resolves.toContain('dendrites/ssh/default.nix:5:');
    await expect(problem.textContent()).resolves.toContain('cannot coerce an integer to a string');

    await replaceEditorText(page, original);
    await problems(page).getByText('No problems').waitFor({ timeout: 30_000 });
    await context.close();
  });

  test('a mistake on a host that is not selected is found when the page is idle', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    // The desktop dendrite is workstation's only; each edit evaluates nas (the first host).
    await openFile(page, 'dendrites/desktop/default.nix');
    const desktop = await fileText(page, 'dendrites/desktop/default.nix');
    await replaceEditorText(page, desktop.replace('printing.enable = true;', 'printing.enable = "yes" + 1;'));
    await waitForEvaluation(page);
    const problem = problems(page)
      .getByRole('button', { name: /module-error/ })
      .first();
    await problem.waitFor({ timeout: 30_000 });
    await expect(problem.textContent()).resolves.toContain('dendrites/desktop/default.nix:6:');
    await expect(problem.textContent()).resolves.toContain('workstation');
    const evaluatedOn = await page.evaluate(() => {
      const workspace = (
        window as unknown as { arbor: { result: { configurations: object }; otherConfigurations: object } }
      ).arbor;
      return {
        own: Object.keys(workspace.result.configurations),
        others: Object.keys(workspace.otherConfigurations),
      };
    });
    expect(evaluatedOn.own).toEqual(['nas', 'alice@nas']);
    expect(evaluatedOn.others).toContain('workstation');
    await context.close();
  });

  test('two dendrites setting time.timeZone differently show option-conflict naming both files', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await openFile(page, 'dendrites/base/default.nix');
    const base = await fileText(page, 'dendrites/base/default.nix');
    await replaceEditorText(page, base.replace('lib.mkDefault "Europe/Berlin"', '"UTC"'));
    await openFile(page, 'dendrites/ssh/default.nix');
    const ssh = await fileText(page, 'dendrites/ssh/default.nix');
    await replaceEditorText(
      page,
      ssh.replace('{\n  services', '{\n  time.timeZone = "Europe/Berlin";\n  services'),
    );
    await waitForEvaluation(page);
    const problem = problems(page)
      .getByRole('button', { name: /option-conflict/ })
      .first();
    await problem.waitFor({ timeout: 30_000 });
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain('time.timeZone');
    expect(text).toContain('dendrites/ssh/default.nix:4:3');
    expect(text).toContain('dendrites/base/default.nix:15:3');
    // The other definition is a link of its own.
    await problems(page)
      .getByRole('button', { name: /also defined here.*dendrites\/ssh\/default\.nix:4:3/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('title'))
      .toBe('dendrites/ssh/default.nix');
    await context.close();
  });

  test('the Config tab shows services.openssh.ports on nas with its definition, and opens it', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'Config', exact: true }).click();
    await expect(config(page).getByRole('combobox', { name: 'Host' }).inputValue()).resolves.toBe('nas');
    const tree = config(page).getByRole('tree', { name: 'Options of nas' });
    await tree.waitFor({ timeout: 30_000 });
    await config(page).getByRole('searchbox', { name: 'Filter options' }).fill('services.openssh.ports');
    const option = tree.getByRole('treeitem', { name: /^ports = \[ 22 \]/ });
    await option.waitFor();
    await expect(option.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(option.textContent()).resolves.toContain('list of 16 bit unsigned integer');
    const definition = tree.getByRole('treeitem', { name: /dendrites\/ssh\/default\.nix:6:5/ });
    await expect(definition.textContent()).resolves.toContain('plain 100');
    const declaration = tree.getByRole('treeitem', { name: /^declared/ });
    await expect(declaration.textContent()).resolves.toContain('The ports the server listens on.');

    // Keyboard: focus the definition and press Enter: the file opens at that line.
    await definition.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('title'))
      .toBe('dendrites/ssh/default.nix');
    // Freeform paths are marked as such.
    await config(page).getByRole('searchbox', { name: 'Filter options' }).fill('boot.zfs.extraPools');
    await expect(tree.getByRole('treeitem', { name: /extraPools/ }).textContent()).resolves.toContain(
      'freeform',
    );
    // Another host, picked in the tab, is the selected host everywhere.
    await config(page).getByRole('combobox', { name: 'Host' }).selectOption('workstation');
    await config(page).getByRole('tree', { name: 'Options of workstation' }).waitFor({ timeout: 30_000 });
    await context.close();
  });

  test('hovering an option path shows its value on the selected host; the REPL has config and options', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await openFile(page, 'dendrites/ssh/default.nix');
    await waitForMonaco(page);
    await page.waitForFunction(
      () => 'nas' in (window as unknown as { arbor: { configurations: object } }).arbor.configurations,
      undefined,
      { timeout: 30_000 },
    );
    const hover = page.locator('.monaco-hover').filter({ hasText: 'services.openssh.ports' });
    // Rest the mouse on the word as a person would; on a busy machine Monaco may still be laying
    // the file out, so move away and back until the hover comes.
    for (let attempt = 0; attempt < 6 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(5, 5);
      const word = await wordCentre(page, 'ports = [', 'ports');
      await page.mouse.move(word.x, word.y);
      await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await hover.waitFor({ timeout: 1_000 });
    const text = (await hover.textContent()) ?? '';
    expect(text).toContain('on nas');
    expect(text).toContain('[ 22 ]');
    expect(text).toContain('dendrites/ssh/default.nix:6:5');
    // The whole hover is drawn, over the graph pane if need be: its far corners are the hover's
    // own pixels, not the pane that would clip it (#12, item 6).
    const drawn = await hover.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const corners = [
        [box.right - 10, box.top + 10],
        [box.right - 10, box.bottom - 10],
        [box.left + 10, box.bottom - 10],
      ];
      return corners.map(([x, y]) => element.contains(document.elementFromPoint(x, y)));
    });
    expect(drawn).toEqual([true, true, true]);

    await page.getByRole('button', { name: 'REPL', exact: true }).click();
    const input = page.getByRole('textbox', { name: 'REPL expression' });
    await input.fill('config.services.openssh.ports');
    await input.press('Enter');
    const repl = page.getByRole('region', { name: 'REPL' });
    await repl.locator('.output').first().waitFor({ timeout: 30_000 });
    await expect(repl.locator('.output').first().textContent()).resolves.toBe('[ 22 ]');
    await input.fill('options.services.openssh.ports.description');
    await input.press('Enter');
    await repl.locator('.output').nth(1).waitFor({ timeout: 30_000 });
    await expect(repl.locator('.output').nth(1).textContent()).resolves.toContain(
      'The ports the server listens on.',
    );
    await context.close();
  });
});
