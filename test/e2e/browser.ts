/**
 * Debian's Chromium driven by playwright-core (no browser download): the launch flags that make
 * it quiet, headless and reproducible here, shared by the e2e tests, the benchmark and the
 * screenshots. Each browser gets a fresh profile.
 */

import { chromium, type Browser, type Page } from 'playwright-core';

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
  await page
    .getByRole('region', { name: 'Module graph' })
    .getByRole('button', { name: /^host / })
    .first()
    .waitFor({ timeout });
}
