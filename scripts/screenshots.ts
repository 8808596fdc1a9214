/**
 * `npm run screenshots`: PNGs of the playground for a person to look at — the whole page and each
 * panel, in the light and the dark theme, the graph with a host selected and a tooltip, the REPL,
 * the Config tab and the editor's option hover, broken examples (many errors; an option
 * conflict), problems and Find on the graph, the playground on a phone, the docs and the examples
 * gallery. Written to screenshots/ (or the folder given as the first argument), from the built
 * site served locally.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitForHosts, wordCentre } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';

const OUT = process.argv[2] ?? 'screenshots';
const PANELS = ['Files', 'Editor', 'Module graph', 'Problems', 'Outputs'];

async function open(browser: Browser, scheme: 'light' | 'dark', url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: scheme,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitForHosts(page, 60_000);
  await page
    .getByRole('region', { name: 'Editor' })
    .locator('.monaco-editor .view-lines')
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(400);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  ${name}.png`);
}

async function main() {
  if (!existsSync('build/index.html')) {
    if (spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0)
      process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const site = await serveStatic('build');
  const browser = await launchChromium();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      console.log(`${scheme}:`);
      const page = await open(browser, scheme, site.url);
      await shoot(page, `${scheme}-playground`);
      for (const panel of PANELS) {
        await page
          .getByRole('region', { name: panel })
          .screenshot({ path: join(OUT, `${scheme}-panel-${panel.toLowerCase().replace(/ /g, '-')}.png`) });
        console.log(`  ${scheme}-panel-${panel.toLowerCase().replace(/ /g, '-')}.png`);
      }
      // A host selected: its assembly highlighted and listed; a tooltip on a dendrite.
      const graph = page.getByRole('region', { name: 'Module graph' });
      await graph.getByRole('button', { name: 'host nas', exact: true }).click();
      await graph.getByRole('button', { name: 'Fit graph' }).click();
      await graph.getByRole('button', { name: 'dendrite storage/zfs', exact: true }).hover();
      await page.waitForTimeout(200);
      await shoot(page, `${scheme}-graph-host-selected`);
      await graph.screenshot({ path: join(OUT, `${scheme}-panel-graph-selected.png`) });
      // The REPL with an answer.
      await page.getByRole('button', { name: 'REPL' }).click();
      const input = page.getByRole('textbox', { name: 'REPL expression' });
      await input.fill('map (m: m.id) model.hosts.nas.modules');
      await input.press('Enter');
      await page.getByRole('region', { name: 'REPL' }).locator('.output').first().waitFor();
      await page
        .getByRole('region', { name: 'REPL' })
        .screenshot({ path: join(OUT, `${scheme}-panel-repl.png`) });
      console.log(`  ${scheme}-panel-repl.png`);
      // The Config tab (its pane made taller): nas's OpenSSH options, two opened.
      await page.getByRole('button', { name: 'Config', exact: true }).click();
      await page.getByRole('separator', { name: 'Resize outputs' }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowUp');
      const config = page.getByRole('region', { name: 'Config' });
      await config.getByRole('tree', { name: 'Options of nas' }).waitFor({ timeout: 60_000 });
      await config.getByRole('searchbox', { name: 'Filter options' }).fill('services.openssh');
      await config.getByRole('treeitem', { name: /^ports = / }).click();
      await config.getByRole('treeitem', { name: /^settings = / }).click();
      await page.waitForTimeout(200);
      await config.screenshot({ path: join(OUT, `${scheme}-panel-config.png`) });
      console.log(`  ${scheme}-panel-config.png`);
      await shoot(page, `${scheme}-config`);
      // The editor's hover over an option path.
      await page
        .getByRole('region', { name: 'Files' })
        .getByTitle('dendrites/ssh/default.nix', { exact: true })
        .click();
      const hover = page.locator('.monaco-hover').filter({ hasText: 'services.openssh.ports' });
      for (let attempt = 0; attempt < 6 && !(await hover.isVisible()); attempt++) {
        await page.mouse.move(5, 5);
        const word = await wordCentre(page, 'ports = [', 'ports');
        await page.mouse.move(word.x, word.y);
        await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      await page.waitForTimeout(200);
      await shoot(page, `${scheme}-editor-hover`);
      await page.context().close();

      const broken = await open(browser, scheme, new URL('examples/many-errors', site.url).href);
      await shoot(broken, `${scheme}-broken-many-errors`);
      // Problems marked on the graph's nodes.
      await broken.waitForTimeout(1500);
      await broken
        .getByRole('region', { name: 'Module graph' })
        .screenshot({ path: join(OUT, `${scheme}-graph-problems.png`) });
      console.log(`  ${scheme}-graph-problems.png`);
      await broken
        .getByRole('region', { name: 'Problems' })
        .screenshot({ path: join(OUT, `${scheme}-broken-problems.png`) });
      console.log(`  ${scheme}-broken-problems.png`);
      await broken.context().close();

      // A module mistake: two definitions that conflict, each position a link.
      const conflict = await open(browser, scheme, new URL('examples/broken/option-conflict', site.url).href);
      const conflictProblems = conflict.getByRole('region', { name: 'Problems' });
      await conflictProblems
        .getByRole('button', { name: /option-conflict/ })
        .first()
        .waitFor({ timeout: 60_000 });
      await conflictProblems.screenshot({ path: join(OUT, `${scheme}-broken-option-conflict.png`) });
      console.log(`  ${scheme}-broken-option-conflict.png`);
      await conflict.context().close();

      // A long message: its sentence, then its why chain with the position as a link.
      const why = await open(browser, scheme, new URL('examples/broken/class-mismatch', site.url).href);
      const whyProblems = why.getByRole('region', { name: 'Problems' });
      await whyProblems.locator('.why').first().waitFor({ timeout: 60_000 });
      await whyProblems.screenshot({ path: join(OUT, `${scheme}-broken-why-chain.png`) });
      console.log(`  ${scheme}-broken-why-chain.png`);
      // Add… in the Files panel: a new host, role, dendrite, fruit or home by name.
      await why.getByRole('button', { name: 'Add a host, role, dendrite, fruit or home' }).click();
      await why
        .getByRole('region', { name: 'Files' })
        .screenshot({ path: join(OUT, `${scheme}-files-add.png`) });
      console.log(`  ${scheme}-files-add.png`);
      await why.context().close();

      // The editor completes the project's names: a role in a host's roles (homelab's hosts.nix).
      const complete = await open(browser, scheme, site.url);
      const roles = complete
        .getByRole('region', { name: 'Editor' })
        .locator('.view-line', { hasText: 'roles = [' })
        .first();
      await roles.click();
      await complete.keyboard.press('End');
      for (let i = 0; i < 2; i++) await complete.keyboard.press('ArrowLeft');
      await complete.keyboard.type(' "');
      await complete.keyboard.press('Control+Space');
      await complete.locator('.suggest-widget.visible').waitFor({ timeout: 10_000 });
      await complete.waitForTimeout(300);
      await shoot(complete, `${scheme}-editor-completion`);
      await complete.context().close();

      // Find a node: the matches stay lit.
      const find = await open(browser, scheme, new URL('examples/fleet', site.url).href);
      await find.waitForTimeout(1500);
      await find.getByRole('searchbox', { name: 'Find in graph' }).fill('web');
      await find
        .getByRole('region', { name: 'Module graph' })
        .screenshot({ path: join(OUT, `${scheme}-graph-find.png`) });
      console.log(`  ${scheme}-graph-find.png`);
      await find.context().close();

      // A phone: one pane at a time, the tab bar at the bottom.
      const phoneContext = await browser.newContext({
        viewport: { width: 390, height: 844 },
        colorScheme: scheme,
        isMobile: true,
        hasTouch: true,
      });
      const phone = await phoneContext.newPage();
      await phone.goto(site.url);
      await waitForHosts(phone, 60_000);
      await phone.waitForTimeout(1500);
      await shoot(phone, `${scheme}-phone-editor`);
      await phone.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Graph' }).tap();
      await phone.waitForTimeout(800);
      await shoot(phone, `${scheme}-phone-graph`);
      await phoneContext.close();

      const fleet = await open(browser, scheme, new URL('examples/fleet-50', site.url).href);
      await fleet.getByRole('button', { name: 'Fit graph' }).click();
      await shoot(fleet, `${scheme}-fleet-50`);
      await fleet.context().close();

      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: scheme,
      });
      const docs = await context.newPage();
      await docs.goto(new URL('docs/inventory', site.url).href);
      await docs.getByRole('main', { name: 'Docs' }).locator('h1').waitFor();
      await shoot(docs, `${scheme}-docs`);
      await docs.goto(new URL('examples', site.url).href);
      await docs.getByRole('heading', { name: 'Examples' }).waitFor();
      await shoot(docs, `${scheme}-examples-gallery`);
      await docs.goto(new URL('no/such/page', site.url).href);
      await docs.getByRole('main', { name: 'Page not found' }).waitFor();
      await shoot(docs, `${scheme}-not-found`);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
