// The playground's browser tests (test/e2e/*.e2e.ts): real Chromium against the built site.
// Run through `npm run test:e2e`, which builds the site first when needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
