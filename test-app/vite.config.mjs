import { defineConfig } from 'vite';
import { extensions, ember } from '@embroider/vite';
import { babel } from '@rollup/plugin-babel';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    ember(),
    babel({
      babelHelpers: 'runtime',
      extensions,
    }),
  ],
  resolve: {
    alias: {
      // The Discourse theme component (`npm run build:discourse`) and, for
      // its tests only, stand-ins for the Discourse modules it imports.
      'discourse-theme': here('../dist-discourse/discourse-maintenance-banner'),
      'discourse/lib/api': here('tests/helpers/discourse/api.ts'),
      'discourse/lib/get-url': here('tests/helpers/discourse/get-url.ts'),
      'discourse-i18n': here('tests/helpers/discourse/i18n.ts'),
    },
  },
  build: {
    // The demo server injects the settings into index.html; keep it readable.
    sourcemap: true,
  },
});
