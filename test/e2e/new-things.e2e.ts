// New things start clean (issue #12): a new file is valid Nix for where it is, "Add…" makes a
// host, role, dendrite, fruit or home that evaluates without problems and shows in the graph,
// and projects are named when made, and can be renamed and duplicated (kept across a reload).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  graph,
  newContext,
  openPlayground,
  problems,
  projectFiles,
  useSession,
  waitForEvaluation,
} from './playground';

const session = useSession();

const files = (page: Page) => page.getByRole('region', { name: 'Files' });

/** Waits for the newest edit's problems, and for the list to say there are none. */
async function noProblems(page: Page): Promise<void> {
  await waitForEvaluation(page);
  await problems(page).getByText('No problems').waitFor({ timeout: 20_000 });
}

async function addNew(page: Page, thing: string, name: string): Promise<void> {
  const toggle = files(page).getByRole('button', { name: 'Add a host, role, dendrite, fruit or home' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await files(page)
    .getByRole('button', { name: `New ${thing}`, exact: true })
    .click();
  const input = page.getByRole('textbox', { name: `New ${thing} name` });
  await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

describe('new things start clean', () => {
  test('a new file under dendrites/x/ is a module, not a parse error (and brings its meta.nix)', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await noProblems(page);
    await files(page).getByRole('button', { name: 'New file', exact: true }).click();
    await page.getByRole('textbox', { name: 'New file path' }).fill('dendrites/x/default.nix');
    await page.keyboard.press('Enter');
    await noProblems(page);
    const project = await projectFiles(page);
    expect(project['dendrites/x/default.nix']).toContain('{ config, lib, pkgs, host, ... }:');
    expect(project['dendrites/x/meta.nix']).toContain('class = "nixos";');
    await expect(page.getByRole('tab', { selected: true }).getAttribute('title')).resolves.toBe(
      'dendrites/x/default.nix',
    );
    await context.close();
  });

  test('New dendrite "monitoring": its folder with meta.nix and default.nix, in the graph, 0 problems', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await addNew(page, 'dendrite', 'monitoring');
    await noProblems(page);
    await graph(page).getByRole('button', { name: 'dendrite monitoring', exact: true }).waitFor();
    const project = await projectFiles(page);
    expect(Object.keys(project).filter((path) => path.startsWith('dendrites/monitoring/'))).toEqual([
      'dendrites/monitoring/meta.nix',
      'dendrites/monitoring/default.nix',
    ]);
    // A second one of the same name is refused, and says why.
    await addNew(page, 'dendrite', 'monitoring');
    await page.getByRole('alert').getByText('There is already a dendrite named monitoring').waitFor();
    await context.close();
  });

  test('New host "box": in the inventory and the graph, 0 problems; Undo takes it back', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const before = await projectFiles(page);
    await addNew(page, 'host', 'box');
    await noProblems(page);
    await graph(page).getByRole('button', { name: 'host box', exact: true }).waitFor();
    const project = await projectFiles(page);
    expect(project['inventory/hosts.nix']).toContain('  box = {\n    roles = [ ];\n  };\n}\n');
    expect(
      project['inventory/hosts.nix'].startsWith(
        before['inventory/hosts.nix'].trimEnd().slice(0, -1).trimEnd(),
      ),
    ).toBe(true);
    // Idle evaluation of the other hosts adds no problem either.
    await page.waitForTimeout(1500);
    await noProblems(page);

    await addNew(page, 'host', 'nas');
    await page.getByRole('alert').getByText('There is already a host named nas').waitFor();
    await page.keyboard.press('Escape');

    await addNew(page, 'role', 'web');
    await noProblems(page);
    await graph(page).getByRole('button', { name: 'role web', exact: true }).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await projectFiles(page))['inventory/roles.nix'])
      .toBe(before['inventory/roles.nix']);
    await context.close();
  });

  test('New project asks for a name; Rename and Duplicate project work and survive a reload', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const picker = page.getByRole('combobox', { name: 'Project' });
    const original = await projectFiles(page);

    await page.getByRole('button', { name: 'Rename project' }).click();
    const rename = page.getByRole('textbox', { name: 'Rename the project to' });
    await expect(rename.inputValue()).resolves.toBe('homelab');
    await rename.fill('my homelab');
    await rename.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('my homelab');
    expect(await picker.locator('option').allTextContents()).toEqual(['my homelab']);
    expect(await projectFiles(page)).toEqual(original);

    await page.getByRole('button', { name: 'Duplicate project' }).click();
    const copy = page.getByRole('textbox', { name: 'Name of the copy' });
    await expect(copy.inputValue()).resolves.toBe('my homelab copy');
    await copy.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('my homelab copy');
    expect(await picker.locator('option').allTextContents()).toEqual(['my homelab', 'my homelab copy']);
    expect(await projectFiles(page)).toEqual(original);

    // Names stay unique.
    await page.getByRole('button', { name: 'Rename project' }).click();
    await page.getByRole('textbox', { name: 'Rename the project to' }).fill('my homelab');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('There is already a project named "my homelab"').waitFor();
    await page.keyboard.press('Escape');

    // The copy is a project of its own: an edit there leaves the original alone.
    await addNew(page, 'home', 'editor');
    await noProblems(page);

    await page.getByRole('button', { name: 'New project' }).click();
    const name = page.getByRole('textbox', { name: 'New project name' });
    await expect(name.inputValue()).resolves.toBe('untitled');
    await name.fill('scratch');
    await name.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('scratch');
    await graph(page).getByRole('button', { name: 'host my-host', exact: true }).waitFor();
    await noProblems(page);

    await page.reload();
    await expect.poll(() => picker.inputValue()).toBe('scratch');
    expect(await picker.locator('option').allTextContents()).toEqual([
      'my homelab',
      'my homelab copy',
      'scratch',
    ]);
    await picker.selectOption('my homelab copy');
    await graph(page).getByRole('button', { name: 'home editor', exact: true }).waitFor();
    expect(Object.keys(await projectFiles(page))).toContain('homes/editor/default.nix');
    await picker.selectOption('my homelab');
    await expect.poll(() => projectFiles(page)).toEqual(original);
    await context.close();
  });
});
