// Editing: a typo in a role shows `unknown-role` at its line and fixing it clears it; a parse
// error is a problem, not a blank page; clicking a problem opens the file at its position.
import { describe, expect, test } from 'vitest';
import {
  editorRegion,
  newContext,
  openPlayground,
  problems,
  replaceEditorText,
  useSession,
  waitForEvaluation,
  waitForMonaco,
} from './playground';

const session = useSession();

describe('editing', () => {
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
    // The editor marks the position too.
    await editorRegion(page).locator('.squiggly-error').first().waitFor();

    const typo = editorRegion(page).locator('.view-line', { hasText: 'roles = [ "sever" ];' });
    await typo.locator('span', { hasText: 'sever' }).last().dblclick();
    await page.keyboard.type('server');
    await problems(page).getByText('No problems').waitFor({ timeout: 15_000 });
    await expect(problem.count()).resolves.toBe(0);
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
      .getByRole('button', { name: 'roles.nix', exact: true })
      .click();
    await problem.first().click();
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toContain('hosts.nix');
    await page.waitForFunction(
      () => document.querySelector('.monaco-editor .cursor-line, .monaco-editor .current-line') !== null,
    );
    await context.close();
  });
});
