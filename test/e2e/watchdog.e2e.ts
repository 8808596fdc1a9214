// The watchdog: an evaluation that never finishes is stopped after its budget, the page says so,
// and the page stays responsive meanwhile; the next edit evaluates normally again.
import { describe, expect, test } from 'vitest';
import { newContext, openPlayground, problems, replaceEditorText, useSession } from './playground';

const session = useSession();

/** Exponential work at shallow depth: it never hits max-call-depth, it just does not finish. */
const ENDLESS = `let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
in builtins.seq (fib 60) { nas = { roles = [ "server" ]; }; }
`;

describe('the watchdog', () => {
  test('stops an endless evaluation after 5 s while the page stays responsive', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    await replaceEditorText(page, ENDLESS);
    const started = Date.now();

    // While the worker spins, the page answers at once and its controls work.
    for (let i = 0; i < 5; i++) {
      const before = Date.now();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      expect(Date.now() - before).toBeLessThan(500);
      await page.waitForTimeout(400);
    }
    await page
      .getByRole('region', { name: 'Files' })
      .getByRole('treeitem', { name: 'roles.nix', exact: true })
      .click();
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toContain('roles.nix');

    // 5 s, or 10 s when the run landed on a worker that had not finished its own first run (the
    // paste's edits each replace the running worker; a fresh one gets twice the budget).
    const stopped = problems(page)
      .getByText(/evaluation stopped after (5|10) s/)
      .first();
    await stopped.waitFor({ timeout: 25_000 });
    const elapsed = Date.now() - started;
    const budget = (await stopped.textContent())?.includes('10 s') ? 10_000 : 5_000;
    expect(elapsed).toBeGreaterThan(budget - 1_000);
    expect(elapsed).toBeLessThan(budget + 7_000);

    // A fix evaluates again in the fresh worker (the homelab's other host is gone, so its
    // override is now an orphan: proof that the library ran).
    await page
      .getByRole('region', { name: 'Files' })
      .getByRole('treeitem', { name: 'hosts.nix', exact: true })
      .click();
    await replaceEditorText(page, '{\n  nas = {\n    roles = [ "server" ];\n  };\n}\n');
    await problems(page)
      .getByRole('button', { name: /orphan-override/ })
      .waitFor({ timeout: 15_000 });
    await expect(
      problems(page)
        .getByText(/evaluation stopped after/)
        .count(),
    ).resolves.toBe(0);
    await context.close();
  });
});
