import { launchChromium } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
const site = await serveStatic('build');
const browser = await launchChromium();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(site.url);
await page.getByRole('region', { name: 'Editor' }).locator('.monaco-editor .view-lines').waitFor();
await page.waitForTimeout(1500);
const line = page.getByRole('region', { name: 'Editor' }).locator('.view-line', { hasText: 'description = "File server' }).first();
await line.click(); await page.keyboard.press('End'); await page.keyboard.press('ArrowLeft'); await page.keyboard.press('ArrowLeft');
const cdp = await context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 0; i < 20; i++) { await page.keyboard.type('x'); await page.waitForTimeout(150); }
await cdp.send('Tracing.end'); await done;
const sums = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 20).toFixed(2).padStart(8), 'ms/key', k);
// Layout roots
const layouts = events.filter((e) => e.name === 'Layout' && e.args?.endData?.rootNode);
console.log('layouts', layouts.length);
await browser.close(); await site.close();
