// Secrets in the playground: the Outputs tab lists what each host of the homelab-secrets example
// needs (which file holds it, who can decrypt it), the graph has the secrets, and removing a host
// key shows missing-host-key.
import { describe, expect, test } from 'vitest';
import {
  graph,
  newContext,
  openPlayground,
  problems,
  projectFiles,
  replaceEditorText,
  useSession,
  waitForEvaluation,
} from './playground';

const session = useSession();

describe('secrets', () => {
  test('the Outputs tab lists the secrets of nas; removing its host key shows missing-host-key', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session, 'examples/homelab-secrets');
    await problems(page).getByText('No problems').waitFor({ timeout: 20_000 });
    const outputs = page.getByRole('region', { name: 'Outputs' });
    const table = outputs.getByRole('table', { name: 'Secrets' });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    const nas = rows.filter((r) => r.startsWith('nas'));
    expect(nas).toHaveLength(3);
    for (const secret of ['smtp/relay-password', 'yggdrasil/private-key', 'bacula/director-password'])
      expect(nas.some((r) => r.includes(secret) && r.includes('present'))).toBe(true);
    expect(nas.find((r) => r.includes('bacula'))).toContain('secrets/nas.yaml');
    expect(nas.find((r) => r.includes('bacula'))).toContain('host nas, user alice');
    await expect(outputs.textContent()).resolves.toContain('.sops.yaml current');
    await outputs.locator('details.rules summary').click();
    await expect(outputs.locator('details.rules pre').textContent()).resolves.toContain(
      'path_regex: ^secrets/nas\\.yaml$',
    );
    await expect(
      graph(page).getByRole('button', { name: 'secret yggdrasil/private-key', exact: true }).count(),
    ).resolves.toBe(1);

    await expect(page.getByRole('tab', { selected: true }).getAttribute('title')).resolves.toBe(
      'inventory/hosts.nix',
    );
    const hosts = (await projectFiles(page))['inventory/hosts.nix'];
    const withoutKey = hosts.replace(/\n\s*keys\.ssh = "[^"]*";/, '');
    expect(withoutKey).not.toBe(hosts);
    await replaceEditorText(page, withoutKey);
    await waitForEvaluation(page);
    const problem = problems(page).getByRole('button', { name: /missing-host-key/ });
    await problem.waitFor({ timeout: 15_000 });
    await expect(problem.textContent()).resolves.toContain('host nas needs secrets');
    await outputs.getByRole('list', { name: 'Secrets problems' }).getByText('missing-host-key').waitFor();
    await context.close();
  });
});
