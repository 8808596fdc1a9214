import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // In `vite dev`, Vite 8 can serve a component's virtual CSS module before the component is
  // compiled, and then sends the .svelte source as CSS (unstyled playground). Injecting component
  // CSS from the component's own JS avoids that; builds keep separate CSS files.
  vitePlugin: { emitCss: !process.argv.includes('dev') },
  kit: {
    adapter: adapter({ fallback: '404.html' }),
    paths: { base: process.env.ARBOR_BASE_PATH ?? '', relative: true },
    typescript: {
      config: (tsconfig) => {
        tsconfig.include.push('../test/**/*.ts', '../scripts/**/*.ts', '../bin/**/*.ts');
        return tsconfig;
      },
    },
  },
};

export default config;
