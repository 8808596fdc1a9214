import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // The playground's worker lives in workers/ (beside src/): the dev server must serve it.
  server: { fs: { allow: ['workers'] } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.oracle.test.ts', 'test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Deep Nix recursion (up to max-call-depth, 10000 calls) needs more than V8's default stack;
    // the test scripts raise the OS stack limit (`ulimit -s unlimited`) so this is safe.
    execArgv: ['--stack-size=200000'],
  },
});
