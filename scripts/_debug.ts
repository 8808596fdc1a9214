import { launchChromium } from '../test/e2e/browser';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.text()));
await page.goto('http://127.0.0.1:4173/');
await page.getByRole('region', { name: 'Editor' }).locator('.monaco-editor .view-lines').waitFor();
const state = () => page.evaluate(() => { const a = (window as any).arbor; return { rev: a.revision, res: a.resultRevision, ev: a.evaluating, stopped: a.stopped, d: a.diagnostics.map((d: any) => d.code + ' ' + d.file + ':' + d.line + ' ' + d.message).join(','), text: JSON.stringify(a.files['inventory/hosts.nix']) }; });
async function replace(text: string) {
  await page.getByRole('region', { name: 'Editor' }).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A'); await page.keyboard.press('Delete'); await page.keyboard.insertText(text);
}
await replace(`let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);\nin builtins.seq (fib 60) { nas = { roles = [ "server" ]; }; }\n`);
for (let i = 0; i < 8; i++) { await page.waitForTimeout(1000); console.log(JSON.stringify(await state())); }
await replace('{\n  nas = {\n    roles = [ "server" ];\n  };\n}\n');
for (let i = 0; i < 4; i++) { await page.waitForTimeout(1000); console.log(JSON.stringify(await state())); }
await browser.close();
