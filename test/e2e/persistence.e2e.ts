// Persistence and sharing: a share link round-trips the project exactly; a broken link is refused
// and the work is kept; a reload keeps the work; after one visit, a reload works offline.
import { describe, expect, test } from 'vitest';
import {
  graph,
  newContext,
  openPlayground,
  projectFiles,
  problems,
  useSession,
  waitForEvaluation,
} from './playground';

const session = useSession();

const UNICODE = '# ünïcödé, emoji 🌳, tabs\t and "quotes" ${x} \'\'\n{ }\n';

describe('sharing and persistence', () => {
  test('a share link opens exactly the same project', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'New file', exact: true }).click();
    await page.getByRole('textbox', { name: 'New file path' }).fill('hosts/_notes/ünï.nix');
    await page.keyboard.press('Enter');
    await page.evaluate(
      (text) =>
        (window as unknown as { arbor: { updateFile(p: string, t: string): void } }).arbor.updateFile(
          'hosts/_notes/ünï.nix',
          text,
        ),
      UNICODE,
    );
    const files = await projectFiles(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain('#project=1.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await newContext(session);
    const opened = await other.newPage();
    await opened.goto(link);
    await graph(opened).getByRole('button', { name: 'host nas' }).waitFor({ timeout: 30_000 });
    expect(await projectFiles(opened)).toEqual(files);
    await opened.getByRole('status').getByText('Opened the shared project').waitFor();
    // The hash is dropped once the project is saved, so a reload keeps edits made after opening.
    expect(new URL(opened.url()).hash).toBe('');
    await other.close();
    await context.close();
  });

  test('a broken or truncated link is refused and the current work is kept', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'New file', exact: true }).click();
    await page.getByRole('textbox', { name: 'New file path' }).fill('hosts/nas/extra.nix');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const files = await projectFiles(page);
    for (const broken of [
      link.slice(0, link.length - 40),
      link.replace('#project=1.', '#project=1.%%%'),
      link.replace('#project=1.', '#project=9.'),
    ]) {
      const next = await context.newPage();
      await next.goto(broken);
      const alert = next.getByRole('alert').filter({ hasText: 'share link' });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toMatch(
        /share link.*(truncated|damaged|version).*Your current work was kept/s,
      );
      await graph(next).getByRole('button', { name: 'host nas' }).waitFor({ timeout: 30_000 });
      expect(await projectFiles(next)).toEqual(files);
      await next.close();
    }
    await context.close();
  });

  test('a reload keeps the work', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.getByRole('button', { name: 'New file', exact: true }).click();
    await page.getByRole('textbox', { name: 'New file path' }).fill('hosts/nas/kept.nix');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('{ networking.firewall.enable = true; }\n');
    await waitForEvaluation(page);
    const files = await projectFiles(page);
    expect(files['hosts/nas/kept.nix']).toBeDefined();
    await page.reload();
    await graph(page).getByRole('button', { name: 'host nas' }).waitFor({ timeout: 30_000 });
    expect(await projectFiles(page)).toEqual(files);
    await context.close();
  });

  test('after one visit, a reload works with the network off', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await graph(page).getByRole('button', { name: 'host nas' }).waitFor({ timeout: 30_000 });
    await page.getByRole('region', { name: 'Editor' }).locator('.monaco-editor').waitFor({ timeout: 30_000 });
    await problems(page).getByText('No problems').waitFor({ timeout: 30_000 });
    // Another page of the site, never visited, is there too.
    await page.goto(new URL('examples/fleet', session.site.url).href);
    await graph(page).getByRole('button', { name: 'host web1' }).waitFor({ timeout: 30_000 });
    await context.close();
  });
});
