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
await page.evaluate(`window.muts = {}; new MutationObserver((list) => { for (const m of list) { let el = m.target.nodeType === 1 ? m.target : m.target.parentElement; const region = el.closest('[aria-label]'); const key = (region?.getAttribute('aria-label') ?? 'none').slice(0,30) + ' ' + m.type + (m.attributeName ? ':' + m.attributeName : ''); window.muts[key] = (window.muts[key] ?? 0) + 1; } }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });`);
for (let i = 0; i < 10; i++) { await page.keyboard.type('x'); await page.waitForTimeout(150); }
console.log(await page.evaluate(`JSON.stringify(Object.entries(window.muts).sort((a,b)=>b[1]-a[1]).slice(0,40), null, 0)`));
await browser.close(); await site.close();
