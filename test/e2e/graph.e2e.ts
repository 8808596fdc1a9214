// The module graph as people read it: hosts in name order, nodes found by name, kinds hidden from
// the legend, one host's assembly on its own, and problems marked on the nodes they belong to.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { graph, newContext, openPlayground, useSession } from './playground';

const session = useSession();

/** Waits for ELK's layout (it replaces the provisional one) and for the view to settle. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.graph svg g.node') !== null);
  await page.waitForTimeout(1500);
}

const nodeNames = (page: Page, kind: string) =>
  graph(page)
    .getByRole('button', { name: new RegExp(`^${kind} `) })
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ name: n.getAttribute('aria-label')!, box: n.getBoundingClientRect().toJSON() })),
    );

describe('the module graph', () => {
  test('hosts are drawn in name order, and ELK keeps the order the provisional layout drew', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    const order = async () =>
      (await nodeNames(page, 'host'))
        .sort((a, b) => a.box.x - b.box.x)
        .map((n) => n.name.replace(/^host /, ''));
    const first = await order();
    await settled(page);
    const drawn = await order();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn).toEqual([...drawn].sort());
    expect(drawn).toEqual(first);
    await context.close();
  });

  test('Find lights the nodes whose name matches; Enter centres the next one; Escape clears', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    await settled(page);
    const find = graph(page).getByRole('searchbox', { name: 'Find in graph' });
    await find.fill('web');
    await expect(graph(page).getByRole('status').first().textContent()).resolves.toMatch(/^\s*6 matches/);
    const lit = await graph(page)
      .locator('g.node.match')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(lit.sort()).toEqual([
      'dendrite web/nginx',
      'host web1',
      'host web2',
      'override hosts/web1/',
      'override hosts/web2/',
      'role web',
    ]);
    await expect(graph(page).locator('g.node.faded').count()).resolves.toBeGreaterThan(10);
    // Zoomed in, Enter brings a match to the middle of the canvas.
    for (let i = 0; i < 4; i++) await graph(page).getByRole('button', { name: 'Zoom in' }).click();
    await find.press('Enter');
    const canvas = (await graph(page).getByRole('application').boundingBox())!;
    const centred = await graph(page)
      .locator('g.node.match rect')
      .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON()));
    const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    expect(
      centred.some(
        (b) => Math.abs(b.x + b.width / 2 - middle.x) < 4 && Math.abs(b.y + b.height / 2 - middle.y) < 4,
      ),
    ).toBe(true);
    await find.press('Escape');
    await expect(find.inputValue()).resolves.toBe('');
    await expect(graph(page).locator('g.node.faded').count()).resolves.toBe(0);
    await context.close();
  });

  test('a kind is hidden and shown again from the legend', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    await settled(page);
    const roles = (await nodeNames(page, 'role')).length;
    expect(roles).toBeGreaterThan(2);
    const kinds = graph(page).getByRole('list', { name: 'Kinds of node drawn' });
    const role = kinds.getByRole('button', { name: 'role' });
    await expect(role.getAttribute('aria-pressed')).resolves.toBe('true');
    await role.click();
    await expect(role.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(async () => (await nodeNames(page, 'role')).length).toBe(0);
    await expect((await nodeNames(page, 'host')).length).toBeGreaterThan(5);
    await graph(page)
      .getByRole('button', { name: /^Show all kinds/ })
      .click();
    await expect.poll(async () => (await nodeNames(page, 'role')).length).toBe(roles);
    await context.close();
  });

  test('Only this host draws the selected host’s assembly alone', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    await settled(page);
    const all = await graph(page).locator('g.node').count();
    const only = graph(page).getByRole('checkbox', { name: 'Only this host' });
    await expect(only.isDisabled()).resolves.toBe(true);
    await graph(page).getByRole('combobox', { name: 'Select host' }).selectOption('db1');
    await only.check();
    await expect.poll(() => graph(page).locator('g.node').count()).toBeLessThan(all);
    const drawn = await graph(page)
      .locator('g.node')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(drawn).toContain('host db1');
    expect(drawn).toContain('dendrite db/postgres');
    expect(drawn.filter((n) => n!.startsWith('host '))).toEqual(['host db1']);
    await only.uncheck();
    // The whole graph is laid out again (ELK): on a loaded machine that takes longer than the
    // poll's default five seconds.
    await expect.poll(() => graph(page).locator('g.node').count(), { timeout: 30_000 }).toBe(all);
    await context.close();
  });

  test('selecting a host zooms to its assembly at a readable scale, the host in view', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await settled(page);
    await graph(page).getByRole('combobox', { name: 'Select host' }).selectOption('nas');
    await page.waitForTimeout(800);
    const canvas = (await graph(page).getByRole('application').boundingBox())!;
    const host = (await graph(page).getByRole('button', { name: 'host nas', exact: true }).boundingBox())!;
    expect(host.x).toBeGreaterThanOrEqual(canvas.x);
    expect(host.y).toBeGreaterThanOrEqual(canvas.y);
    expect(host.x + host.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(host.y + host.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    // Every node keeps a label of at least 10 px.
    const sizes = await graph(page)
      .locator('g.node > svg.label > text')
      .evaluateAll((texts) =>
        texts.map((t) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize)),
      );
    expect(sizes.length).toBe(await graph(page).locator('g.node').count());
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9.9);
    await context.close();
  });

  test('the assembly list folds away to its header, and the graph gets the room', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet');
    await settled(page);
    await graph(page).getByRole('combobox', { name: 'Select host' }).selectOption('db1');
    const assembly = page.getByRole('complementary', { name: 'Assembly of db1' });
    const fold = assembly.getByRole('button', { name: 'db1', exact: true });
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(assembly.getByRole('listitem').count()).resolves.toBeGreaterThan(2);
    const canvas = graph(page).getByRole('application');
    const before = (await canvas.boundingBox())!.height;
    await fold.click();
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(assembly.getByRole('listitem').count()).resolves.toBe(0);
    await expect.poll(async () => (await canvas.boundingBox())!.height).toBeGreaterThan(before + 100);
    // Another host keeps the list folded; unfolding shows it again.
    await graph(page).getByRole('combobox', { name: 'Select host' }).selectOption('web1');
    const other = page.getByRole('complementary', { name: 'Assembly of web1' });
    await expect(other.getByRole('listitem').count()).resolves.toBe(0);
    await other.getByRole('button', { name: 'web1', exact: true }).click();
    await expect(other.getByRole('listitem').count()).resolves.toBeGreaterThan(2);
    await context.close();
  });

  test('problems are marked on the nodes they belong to', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/many-errors');
    await settled(page);
    await graph(page).getByRole('button', { name: 'dendrite zfs, 1 error' }).waitFor();
    await graph(page).getByRole('button', { name: 'override hosts/old-box/, 1 error' }).waitFor();
    await graph(page)
      .getByRole('button', { name: /^host box, \d+ errors$/ })
      .waitFor();
    // Roles and networks without problems carry no mark.
    await graph(page).getByRole('button', { name: 'network lan', exact: true }).waitFor();
    await expect(graph(page).locator('g.node.has-errors').count()).resolves.toBeGreaterThan(3);
    await context.close();
  });
});
