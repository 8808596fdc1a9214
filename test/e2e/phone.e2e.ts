// The playground on a phone: one pane at a time, chosen from a tab bar; opening a file shows the
// editor; the problems tab counts the problems.
import { describe, expect, test } from 'vitest';
import { waitForHosts } from './browser';
import { useSession } from './playground';

const session = useSession();

describe('the playground on a phone', () => {
  test('the tab bar shows one pane at a time, and opening a file shows the editor', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(new URL('examples/many-errors', session.site.url).href);
    await waitForHosts(page, 60_000);
    const tabs = page.getByRole('navigation', { name: 'Panels' });
    const visible = async () => {
      const shown: string[] = [];
      for (const region of ['Files', 'Editor', 'Problems', 'Module graph', 'Outputs'])
        if (await page.getByRole('region', { name: region }).isVisible()) shown.push(region);
      return shown;
    };
    // The editor first, and it has most of the screen.
    expect(await visible()).toEqual(['Editor']);
    const editor = (await page.getByRole('region', { name: 'Editor' }).boundingBox())!;
    expect(editor.height).toBeGreaterThan(600);
    await expect
      .poll(() => tabs.getByRole('button', { name: /^Problems/ }).textContent())
      .toMatch(/Problems\s*\d+/);
    for (const [tab, region] of [
      ['Graph', 'Module graph'],
      ['Problems', 'Problems'],
      ['Outputs', 'Outputs'],
      ['Files', 'Files'],
    ]) {
      await tabs.getByRole('button', { name: new RegExp(`^${tab}`) }).tap();
      await expect.poll(visible).toEqual([region]);
      await expect(
        tabs.getByRole('button', { name: new RegExp(`^${tab}`) }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
    }
    // The graph drew its hosts while hidden, and fits when shown.
    await tabs.getByRole('button', { name: 'Graph' }).tap();
    await expect(
      page
        .getByRole('region', { name: 'Module graph' })
        .getByRole('button', { name: /^host box/ })
        .isVisible(),
    ).resolves.toBe(true);
    // A file opened from the tree shows the editor with it.
    await tabs.getByRole('button', { name: 'Files' }).tap();
    await page.getByRole('treeitem', { name: 'roles.nix' }).tap();
    await expect.poll(visible).toEqual(['Editor']);
    await page
      .getByRole('region', { name: 'Editor' })
      .getByRole('tab', { name: /roles\.nix/ })
      .waitFor();
    await context.close();
  });
});
