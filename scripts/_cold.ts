import { launchChromium } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
const site = await serveStatic('build');
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: `
    window.marks = {};
    const mo = new MutationObserver(() => {
      const a = window.arbor;
      if (a && a.resultRevision >= 0 && !marks.result) marks.result = performance.now();
      if (!marks.graph && document.querySelector('[aria-label="Module graph"] [role="button"][aria-label^="host "]')) marks.graph = performance.now();
      if (!marks.monaco && document.querySelector('.monaco-editor')) marks.monaco = performance.now();
      if (!marks.mounted && document.querySelector('[aria-label="Files"]')) marks.mounted = performance.now();
    });
    mo.observe(document, { childList: true, subtree: true, attributes: true });` });
  await page.goto(site.url);
  await page.waitForFunction(`window.marks.graph && window.marks.monaco`, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  console.log(JSON.stringify(await page.evaluate(`({ ...window.marks, evalMs: window.arbor.lastEvaluationMs, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })`)));
  await context.close();
}
await browser.close(); await site.close();
