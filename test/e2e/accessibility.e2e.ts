// Accessibility, audited by axe-core (the engine browser audits use) on every kind of page, in the
// light and the dark theme and on a phone: no serious or critical violation (WCAG 2.1 A and AA:
// names that contain their visible labels, required ARIA children, contrast, keyboard-scrollable
// regions). The playground is audited once evaluated and once Monaco is in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession, waitForMonaco } from './playground';
import { waitForHosts } from './browser';

const session = useSession();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (
      await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    ).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const pages: Array<[name: string, path: string, ready: (page: Page) => Promise<void>]> = [
  [
    'the playground',
    '',
    async (page) => {
      await waitForHosts(page, 60_000);
      await waitForMonaco(page);
    },
  ],
  [
    'the examples gallery',
    'examples',
    async (page) => void (await page.getByRole('main', { name: 'Examples' }).waitFor()),
  ],
  [
    'a docs page',
    'docs/inventory',
    async (page) =>
      void (await page.getByRole('main', { name: 'Docs' }).getByRole('heading', { level: 1 }).waitFor()),
  ],
  [
    'the page for an unknown address',
    'no/such/page',
    async (page) => void (await page.getByRole('main', { name: 'Page not found' }).waitFor()),
  ],
];

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path, ready] of pages) {
      test(`${name}, ${scheme}`, async () => {
        const context = await session.browser.newContext({
          viewport: { width: 1440, height: 900 },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        await page.goto(new URL(path, session.site.url).href);
        await ready(page);
        expect(await audit(page)).toEqual([]);
        await context.close();
      });
    }
  }

  test('the playground on a phone', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(session.site.url);
    await waitForHosts(page, 60_000);
    expect(await audit(page)).toEqual([]);
    await context.close();
  });
});
