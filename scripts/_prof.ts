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
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 40; i++) { await page.keyboard.type('x'); await page.waitForTimeout(120); }
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n: any = byId.get(samples[i]);
  const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
// inclusive
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (let i = 0; i < samples.length; i++) {
  const seen = new Set<string>();
  let id: number | undefined = samples[i];
  while (id !== undefined) {
    const n: any = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000); }
    id = parent.get(id);
  }
}
console.log('--- inclusive');
for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(8), k);
console.log('--- self');
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); await site.close();
