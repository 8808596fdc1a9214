// Editing: a typo in a role shows `unknown-role` at its line and fixing it clears it; a parse
// error is a problem, not a blank page; clicking a problem opens the file at its position.
import { describe, expect, test } from 'vitest';
import {
  editorRegion,
  newContext,
  openPlayground,
  problems,
  projectFiles,
  replaceEditorText,
  useSession,
  waitForEvaluation,
  waitForMonaco,
} from './playground';

const session = useSession();

describe('editing', () => {
  test('text typed before Monaco loads is kept, and typing goes on in Monaco', async () => {
    const context = await newContext(session);
    // Monaco's large chunks arrive 3 s late, so the swap happens while the user is typing.
    await context.route('**/_app/immutable/**/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length > 1_000_000) await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(session.site.url);
    const plain = editorRegion(page).getByRole('textbox', { name: 'Nix source' });
    await plain.waitFor();
    await plain.click();
    await page.keyboard.press('Control+End');
    let typed = '';
    let beforeSwap = 0;
    const monaco = editorRegion(page).locator('.monaco-editor .view-lines');
    // Type until Monaco is there, then ten characters more.
    for (let after = 0; after < 10 && typed.length < 400;) {
      const visible = await monaco.isVisible();
      const char = String.fromCharCode(97 + (typed.length % 26));
      await page.keyboard.type(char);
      typed += char;
      if (visible) after++;
      else beforeSwap++;
      await page.waitForTimeout(40);
    }
    expect(beforeSwap, 'characters typed into the plain editor').toBeGreaterThan(0);
    const files = await projectFiles(page);
    expect(files['inventory/hosts.nix']).toContain(typed);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null),
      'the focus is in Monaco',
    ).toBe(true);
    await context.close();
  });

  test('Monaco arriving late does not take the focus from where the person has gone', async () => {
    const context = await newContext(session);
    await context.route('**/_app/immutable/**/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length > 1_000_000) await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(session.site.url);
    await editorRegion(page).getByRole('textbox', { name: 'Nix source' }).waitFor();
    // Opening a file (which reveals it in the plain editor), then renaming a file with F2.
    const files = page.getByRole('region', { name: 'Files' });
    await files.getByRole('treeitem', { name: /^hosts\.nix/ }).click();
    await files.getByRole('treeitem', { name: /^hosts\.nix/ }).press('F2');
    const rename = page.getByRole('textbox', { name: 'Rename inventory/hosts.nix' });
    await expect(rename.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    expect(await editorRegion(page).locator('.monaco-editor').count(), 'Monaco is still loading').toBe(0);
    await waitForMonaco(page);
    await page.waitForTimeout(500);
    await expect(rename.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  test('an unknown role shows unknown-role at the right line, and fixing it clears it', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await waitForMonaco(page);
    const line = editorRegion(page).locator('.view-line', { hasText: 'roles = [ "server" ];' });
    await line.locator('span', { hasText: 'server' }).last().dblclick();
    await page.keyboard.type('sever');
    await waitForEvaluation(page);
    const problem = problems(page).getByRole('button', { name: /unknown-role/ });
    await problem.waitFor({ timeout: 15_000 });
    await expect(problem.textContent()).resolves.toContain('inventory/hosts.nix:6:');
    await expect(problem.textContent()).resolves.toContain('Did you mean "server"?');
    // The editor marks the offending name itself, not the `roles` attribute.
    const squiggle = editorRegion(page).locator('.squiggly-error').first();
    await squiggle.waitFor();
    const typo = editorRegion(page).locator('.view-line', { hasText: 'roles = [ "sever" ];' });
    const word = (await typo.locator('span', { hasText: 'sever' }).last().boundingBox())!;
    const mark = (await squiggle.boundingBox())!;
    expect(mark.x).toBeGreaterThanOrEqual(word.x - 2);
    expect(mark.x + mark.width).toBeLessThanOrEqual(word.x + word.width + 2);

    await typo.locator('span', { hasText: 'sever' }).last().dblclick();
    await page.keyboard.type('server');
    await problems(page).getByText('No problems').waitFor({ timeout: 15_000 });
    await expect(problem.count()).resolves.toBe(0);
    await context.close();
  });

  test('a why chain has a line of its own, and the positions a message names open', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/broken/class-mismatch');
    const problem = problems(page).getByRole('button', { name: /class-mismatch/ });
    await problem.waitFor({ timeout: 30_000 });
    await expect(problem.textContent()).resolves.not.toContain('→');
    const why = problems(page).locator('.why').first();
    await expect(why.textContent()).resolves.toMatch(
      /why:\s*host laptop \(inventory\/hosts\.nix:4:5\) → dendrite base/,
    );

    await page.goto(new URL('examples/broken/dendrite-conflict', session.site.url).href);
    await problems(page)
      .getByRole('button', { name: /dendrite-conflict/ })
      .waitFor({ timeout: 30_000 });
    await problems(page)
      .getByRole('button', { name: 'inventory/roles.nix:2:3', exact: true })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('title'))
      .toBe('inventory/roles.nix');
    await context.close();
  });

  test('problems filter by severity, file and host', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/many-errors');
    const panel = problems(page);
    const list = panel.locator('.list > li');
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const all = await list.count();
    // many-errors has errors only.
    await panel.getByRole('combobox', { name: 'Severity' }).selectOption('warning');
    await expect.poll(() => list.count()).toBe(0);
    await expect(panel.getByText(`0 of ${all} shown`).count()).resolves.toBe(1);
    await panel.getByRole('combobox', { name: 'Severity' }).selectOption('error');
    await expect.poll(() => list.count()).toBe(all);
    await panel.getByRole('combobox', { name: 'Host' }).selectOption('mac');
    const hosts = await panel.locator('.list .host').allTextContents();
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.length).toBeLessThan(all);
    expect(new Set(hosts)).toEqual(new Set(['mac']));
    await panel.getByRole('combobox', { name: 'Host' }).selectOption('');
    await panel.getByRole('combobox', { name: 'File' }).selectOption('inventory/users.nix');
    const places = await panel.locator('.list .location').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const where of places) expect(where).toMatch(/^inventory\/users\.nix:/);
    await context.close();
  });

  test('a parse error is a problem, and clicking it opens the file at its position', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await replaceEditorText(page, '{\n  nas = {\n    roles = [ "server" ;\n  };\n}\n');
    await waitForEvaluation(page);
    const problem = problems(page).getByRole('button', { name: /parse-error/ });
    await problem.first().waitFor({ timeout: 15_000 });
    await expect(problem.first().textContent()).resolves.toMatch(/inventory\/hosts\.nix:3:\d+/);
    // Open another file, then come back through the problem.
    await page
      .getByRole('region', { name: 'Files' })
      .getByRole('treeitem', { name: 'roles.nix', exact: true })
      .click();
    await problem.first().click();
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toContain('hosts.nix');
    await page.waitForFunction(
      () => document.querySelector('.monaco-editor .cursor-line, .monaco-editor .current-line') !== null,
    );
    await context.close();
  });
});
