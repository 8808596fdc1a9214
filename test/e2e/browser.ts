/**
 * Debian's Chromium driven by playwright-core (no browser download): the launch flags that make
 * it quiet, headless and reproducible here, shared by the e2e tests, the benchmark and the
 * screenshots, with the waits and measurements they share. Each browser gets a fresh profile.
 */

import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until the playground's module graph has drawn its hosts (the page is interactive). */
export async function waitForHosts(page: Page, timeout = 30_000): Promise<void> {
  // On a phone the graph is a tab of its own, drawn while hidden.
  await page
    .getByRole('region', { name: 'Module graph', includeHidden: true })
    .getByRole('button', { name: /^host /, includeHidden: true })
    .first()
    .waitFor({ timeout, state: 'attached' });
}

/**
 * The centre of `word` (its first occurrence) on the editor's line that contains `lineText`:
 * Monaco may draw a whole line as one span, so the word is found in its text and measured.
 */
export async function wordCentre(
  page: Page,
  lineText: string,
  word: string,
): Promise<{ x: number; y: number }> {
  const line = page
    .getByRole('region', { name: 'Editor' })
    .locator('.view-line', { hasText: lineText })
    .first();
  await line.waitFor();
  // While Monaco is still laying the line out its spans measure 0: measure again until they do not.
  let point: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 50 && !(point && point.x > 0); attempt++) {
    if (attempt > 0) await page.waitForTimeout(100);
    point = await measure(line, word);
  }
  if (!point) throw new Error(`"${word}" is not on the line "${lineText}"`);
  return point;
}

function measure(line: Locator, word: string): Promise<{ x: number; y: number } | null> {
  return line.evaluate((element: Element, w: string) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.search(new RegExp(`\\b${w}\\b`));
      if (at < 0) continue;
      // The editor's font is monospaced: the word's place in its span is its share of the width.
      const box = node.parentElement!.getBoundingClientRect();
      const width = box.width / text.length;
      return { x: box.x + (at + w.length / 2) * width, y: box.y + box.height / 2 };
    }
    return null;
  }, word);
}
