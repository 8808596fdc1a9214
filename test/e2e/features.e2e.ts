// The rest of the playground, as a person uses it: the graph's selection, tooltips and links;
// the files panel; the REPL; projects and "reset to example"; the docs and the examples gallery.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  editorRegion,
  graph,
  newContext,
  openPlayground,
  problems,
  projectFiles,
  useSession,
  waitForEvaluation,
} from './playground';

const session = useSession();

describe('the module graph', () => {
  test('selecting a host highlights and lists its assembly; hovering explains; clicking opens', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await graph(page).getByRole('button', { name: 'host nas', exact: true }).click();
    const assembly = page.getByRole('complementary', { name: 'Assembly of nas' });
    await assembly.waitFor();
    const text = (await assembly.textContent()) ?? '';
    expect(text).toContain('arbor:host');
    expect(text).toMatch(/role server \(inventory\/roles\.nix:\d+:\d+\) → dendrite base/);
    // Nodes outside the assembly are dimmed.
    expect(
      await graph(page).getByRole('button', { name: 'dendrite desktop', exact: true }).getAttribute('class'),
    ).toContain('faded');
    expect(
      await graph(page)
        .getByRole('button', { name: 'dendrite storage/zfs', exact: true })
        .getAttribute('class'),
    ).not.toContain('faded');

    await graph(page).getByRole('button', { name: 'Fit graph' }).click();
    await graph(page).getByRole('button', { name: 'dendrite storage/zfs', exact: true }).hover();
    const tooltip = graph(page).getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('defined at dendrites/storage/dendrites/zfs/meta.nix:1:1');
    expect(await tooltip.textContent()).toMatch(
      /in nas: host nas \(inventory\/hosts\.nix:\d+:\d+\) → dendrite storage\/zfs/,
    );

    await graph(page).getByRole('button', { name: 'dendrite storage/zfs', exact: true }).click();
    await expect(page.getByRole('tab', { selected: true }).getAttribute('title')).resolves.toBe(
      'dendrites/storage/dendrites/zfs/meta.nix',
    );
    await context.close();
  });

  test('the 50-host example lays out every host', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/fleet-50');
    await expect(
      graph(page)
        .getByRole('button', { name: /^host / })
        .count(),
    ).resolves.toBe(50);
    await problems(page).getByText('No problems').waitFor({ timeout: 20_000 });
    await context.close();
  });

  test('a graph opens whole when its labels stay readable, else at a readable scale that says how much lies outside', async () => {
    const context = await newContext(session);
    for (const [example, whole] of [
      ['examples/fleet', true],
      ['examples/fleet-50', false],
    ] as const) {
      const page = await openPlayground(context, session, example);
      // The final (ELK) layout, fitted.
      await page.waitForFunction(() => document.querySelector('.graph svg g.node') !== null);
      await page.waitForTimeout(1500);
      const canvas = (await graph(page).getByRole('application').boundingBox())!;
      // The legend covers the bottom of the canvas: nothing is drawn under it at first.
      const legend = (await graph(page).getByLabel('Legend').boundingBox())!;
      canvas.height = legend.y - canvas.y;
      const boxes = await graph(page)
        .locator('g.node')
        .evaluateAll((nodes) =>
          nodes.map((n) => {
            const r = n.querySelector('rect')!.getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          }),
        );
      expect(boxes.length).toBeGreaterThan(10);
      const outside = boxes.filter(
        (b) =>
          b.left < canvas.x - 1 ||
          b.top < canvas.y - 1 ||
          b.right > canvas.x + canvas.width + 1 ||
          b.bottom > canvas.y + canvas.height + 1,
      );
      // Labels are never drawn below 10 px on screen.
      expect(Math.min(...(await labelSizes(page)))).toBeGreaterThanOrEqual(9.9);
      if (whole) {
        expect(outside, `${example}: nodes outside the first view`).toEqual([]);
        await expect(graph(page).getByRole('status').count()).resolves.toBe(0);
        for (let i = 0; i < 4; i++) await graph(page).getByRole('button', { name: 'Zoom in' }).click();
      } else {
        expect(outside.length, `${example}: the first view is at a readable scale`).toBeGreaterThan(0);
      }
      await expect(graph(page).getByRole('status').textContent()).resolves.toMatch(
        /^\s*\d+ of \d+ nodes outside the view/,
      );
      await graph(page).getByRole('button', { name: 'Fit graph' }).click();
      await expect.poll(() => graph(page).getByRole('status').count()).toBe(0);
      // Zoomed out past readability, labels are shortened or left out, never shrunk.
      for (let i = 0; i < 6; i++) await graph(page).getByRole('button', { name: 'Zoom out' }).click();
      const sizes = await labelSizes(page);
      if (sizes.length > 0) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9.9);
      await page.close();
    }
    await context.close();
  });
});

/** The on-screen size (px) of every node label drawn. */
function labelSizes(page: Page): Promise<number[]> {
  return graph(page)
    .locator('g.node > svg.label > text')
    .evaluateAll((texts) =>
      texts.map((t) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize)),
    );
}

describe('the module graph, exported and full screen', () => {
  test('Export gives the drawing as SVG and PNG, the graph as DOT and Mermaid; Full screen fills the screen', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const exported = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        graph(page).getByRole('combobox', { name: 'Export graph' }).selectOption(format),
      ]);
      const path = join(mkdtempSync(join(tmpdir(), 'arbor-graph-')), file.suggestedFilename());
      await file.saveAs(path);
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    const svg = await exported('svg');
    expect(svg.name).toBe('homelab-graph.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('>workstation</text>');
    expect(text).toMatch(/style="fill:rgb/);
    const png = await exported('png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await exported('dot')).bytes.toString('utf8')).toMatch(/^digraph arbor \{/);
    expect((await exported('mermaid')).bytes.toString('utf8')).toMatch(/^flowchart LR/);

    await graph(page).getByRole('button', { name: 'Full screen' }).click();
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label') ?? null))
      .toBe('Module graph');
    await graph(page).getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await context.close();
  });
});

describe('files, projects, REPL', () => {
  test('files can be added, renamed and deleted; _-prefixed paths are shown as ignored', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const files = page.getByRole('region', { name: 'Files' });
    await files.getByRole('button', { name: 'New folder' }).click();
    await page.getByRole('textbox', { name: 'New folder path' }).fill('hosts/_drafts');
    await page.keyboard.press('Enter');
    // The mouse's icon on the folder row starts a new file there.
    await files.getByTitle('New file in hosts/_drafts').click();
    await page.keyboard.type('idea.nix');
    await page.keyboard.press('Enter');
    const row = files.getByRole('treeitem', { name: /^idea\.nix/ });
    await expect(row.textContent()).resolves.toContain('ignored');
    // Rows are renamed with F2 and deleted with Delete (the icons do the same for the mouse).
    await row.focus();
    await page.keyboard.press('F2');
    await page.getByRole('textbox', { name: 'Rename hosts/_drafts/idea.nix' }).fill('hosts/_drafts/plan.nix');
    await page.keyboard.press('Enter');
    expect(Object.keys(await projectFiles(page))).toContain('hosts/_drafts/plan.nix');
    await files.getByRole('treeitem', { name: /^_drafts/ }).focus();
    await page.keyboard.press('Delete');
    expect(Object.keys(await projectFiles(page)).some((path) => path.startsWith('hosts/_drafts'))).toBe(
      false,
    );
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    expect(Object.keys(await projectFiles(page))).toContain('hosts/_drafts/plan.nix');
    await context.close();
  });

  test('the REPL evaluates in the project scope and keeps a history', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'REPL', exact: true }).click();
    const input = page.getByRole('textbox', { name: 'REPL expression' });
    await input.fill('builtins.attrNames model.hosts');
    await input.press('Enter');
    const repl = page.getByRole('region', { name: 'REPL' });
    await repl.getByText('[ "nas" "workstation" ]').waitFor();
    await input.fill('1 +');
    await input.press('Enter');
    await repl.locator('.output.error').first().waitFor();
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    await expect(input.inputValue()).resolves.toBe('builtins.attrNames model.hosts');
    await context.close();
  });

  test('projects are kept apart, and reset to example is undoable', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('textbox', { name: 'New project name' }).press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('untitled');
    await page.getByRole('combobox', { name: 'Project' }).selectOption('homelab');
    await graph(page).getByRole('button', { name: 'host nas', exact: true }).waitFor();
    const original = await projectFiles(page);
    await page
      .getByRole('region', { name: 'Files' })
      .getByTitle('Delete inventory/roles.nix (Delete)')
      .click();
    await waitForEvaluation(page);
    await page.getByRole('button', { name: 'Reset to example' }).click();
    expect(await projectFiles(page)).toEqual(original);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    expect(Object.keys(await projectFiles(page))).not.toContain('inventory/roles.nix');
    await context.close();
  });

  test('deleting a project is undoable', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const picker = page.getByRole('combobox', { name: 'Project' });
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('textbox', { name: 'New project name' }).press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('untitled');
    const files = await projectFiles(page);
    await page.getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => picker.inputValue()).not.toBe('untitled');
    expect(await picker.locator('option').allTextContents()).not.toContain('untitled');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => picker.inputValue()).toBe('untitled');
    expect(await projectFiles(page)).toEqual(files);
    // It is saved again: a reload comes back to it.
    await page.reload();
    await expect.poll(() => picker.inputValue()).toBe('untitled');
    await context.close();
  });
});

describe('docs and examples', () => {
  test('docs fit a phone: prose wraps, code blocks and tables scroll inside themselves', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const doc of ['inventory', 'diagnostics', 'secrets', 'cli']) {
      await page.goto(new URL(`docs/${doc}`, session.site.url).href);
      await page.getByRole('main', { name: 'Docs' }).getByRole('heading', { level: 1 }).waitFor();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        // The widest paragraph or list item's right edge.
        prose: Math.max(
          ...[...document.querySelectorAll('article p, article li')].map(
            (e) => e.getBoundingClientRect().right,
          ),
        ),
      }));
      expect(widths.page, `docs/${doc} is wider than the screen`).toBeLessThanOrEqual(widths.viewport);
      expect(widths.prose, `prose of docs/${doc} runs off the screen`).toBeLessThanOrEqual(widths.viewport);
    }
    await context.close();
  });

  test('docs render, and a code block opens in the playground', async () => {
    const context = await newContext(session);
    const page = await context.newPage();
    await page.goto(new URL('docs/inventory', session.site.url).href);
    const docs = page.getByRole('main', { name: 'Docs' });
    await docs.getByRole('heading', { level: 1 }).waitFor();
    const link = docs.getByRole('link', { name: 'Open in playground: inventory/hosts.nix' }).first();
    await link.click();
    await graph(page)
      .getByRole('button', { name: /^host / })
      .first()
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Project' }).inputValue())
      .toBe('docs inventory');
    // The inventory page opens the reference example, where its snippets evaluate cleanly.
    await problems(page).getByText('No problems: every host assembles.').waitFor({ timeout: 30_000 });
    await context.close();
  });

  test('the gallery lists every example, and a broken one shows its diagnostic', async () => {
    const context = await newContext(session);
    const page = await context.newPage();
    await page.goto(new URL('examples', session.site.url).href);
    const gallery = page.getByRole('main', { name: 'Examples' });
    // Each broken card says in one line what is wrong, in plain text.
    const card = gallery.getByRole('link', { name: /unknown-role/ });
    await expect(card.textContent()).resolves.toContain(
      'A host lists a role that inventory/roles.nix does not define.',
    );
    await expect(gallery.textContent()).resolves.not.toContain('`');
    await card.click();
    await problems(page)
      .getByRole('button', { name: /unknown-role/ })
      .waitFor({ timeout: 30_000 });
    await expect(editorRegion(page).count()).resolves.toBe(1);
    // The code links to its row of the Diagnostics page, which links back to this example.
    await problems(page).getByRole('link', { name: 'About unknown-role' }).click();
    await page.waitForURL(/docs\/diagnostics#unknown-role$/);
    const row = page.locator('tr#unknown-role');
    await row.waitFor();
    await expect(row.getByRole('link', { name: 'Open the unknown-role example' }).count()).resolves.toBe(1);
    await context.close();
  });

  test('an unknown example opens the usual project and says so; an unknown page links back', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/no-such-example');
    // Monaco has alert regions of its own (its screen-reader announcements): find ours by its words.
    const alert = page.getByRole('alert').filter({ hasText: 'There is no example named' });
    await expect(alert.textContent()).resolves.toContain('There is no example named "no-such-example"');
    await expect(page.getByRole('combobox', { name: 'Project' }).inputValue()).resolves.toBe('homelab');
    await alert.getByRole('button', { name: 'All examples' }).click();
    await page.getByRole('main', { name: 'Examples' }).waitFor();

    const response = await page.goto(new URL('no/such/page', session.site.url).href);
    expect(response?.status()).toBe(404);
    const main = page.getByRole('main', { name: 'Page not found' });
    await main.getByRole('heading', { level: 1, name: 'There is no page here' }).waitFor();
    await main.getByRole('link', { name: 'Browse the examples' }).click();
    await page.getByRole('main', { name: 'Examples' }).waitFor();
    await context.close();
  });
});
