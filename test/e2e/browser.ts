/**
 * Debian's Chromium driven by playwright-core (no browser download): the launch flags that make
 * it quiet, headless and reproducible here, shared by the e2e tests, the benchmark and the
 * screenshots. Each browser gets a fresh profile.
 */

import { chromium, type Browser } from 'playwright-core';

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
