// Tests that need the oracle (the real nix-instantiate, scripts/oracle/): `npm run test:oracle`.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['test/**/*.oracle.test.ts'],
    exclude: ['node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
    execArgv: ['--stack-size=200000'],
  },
});
