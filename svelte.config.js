import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: '404.html' }),
    paths: { base: process.env.ARBOR_BASE_PATH ?? '', relative: true },
    typescript: {
      config: (tsconfig) => {
        tsconfig.include.push(
          '../test/**/*.ts',
          '../scripts/**/*.ts',
          '../bin/**/*.ts',
          '../workers/**/*.ts',
        );
        return tsconfig;
      },
    },
  },
};

export default config;
