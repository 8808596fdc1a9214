import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * In the Arbor worker's bundle, evaluate.ts gets an empty `PLATFORM_CODE`: the library's
 * `platform/` (a sixth of the worker, gzip) is not needed for the first result (the model, for the
 * graph), so the worker loads it beside that evaluation and adds it (arbor.worker.ts).
 */
function platformOnDemand(): Plugin {
  const empty = '\0arbor:platform-on-demand';
  return {
    name: 'arbor:platform-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './generated/library-platform' && importer?.endsWith('/src/lib/arbor/evaluate.ts'))
        return empty;
    },
    load(id) {
      if (id === empty) return 'export const PLATFORM_CODE = {};';
    },
  };
}

export default defineConfig({
  plugins: [sveltekit()],
  // Module workers, so a worker can load code later (the Arbor worker's archive code, its
  // library's platform/) instead of carrying it in the bundle it starts with.
  worker: { format: 'es', plugins: () => [platformOnDemand()] },
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
