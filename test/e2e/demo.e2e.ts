// The first visit: the homelab demo loads, the graph shows its hosts, the regions are there.
import { describe, expect, test } from 'vitest';
import { graph, newContext, openPlayground, problems, useSession } from './playground';

const session = useSession();

describe('the demo', () => {
  test('loads the homelab example and the graph shows its hosts', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    for (const host of ['nas', 'workstation']) {
      await expect(
        graph(page)
          .getByRole('button', { name: `host ${host}` })
          .count(),
      ).resolves.toBe(1);
    }
    for (const region of ['Files', 'Editor', 'Module graph', 'Problems', 'Outputs']) {
      await expect(page.getByRole('region', { name: region }).count()).resolves.toBe(1);
    }
    for (const button of ['Share', 'Download flake', 'Open archive']) {
      await expect(page.getByRole('button', { name: button, exact: true }).count()).resolves.toBe(1);
    }
    await problems(page).getByText('No problems').waitFor();
    await context.close();
  });
});
