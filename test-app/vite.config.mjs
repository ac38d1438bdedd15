import { defineConfig } from 'vite';
import { extensions, ember } from '@embroider/vite';
import { babel } from '@rollup/plugin-babel';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Discourse theme component (`npm run build:discourse`) and stand-ins for
 * the Discourse modules it imports, for the tests that render it: they
 * resolve only for the tests and the theme, never for the demo app.
 */
const TEST_ONLY = {
  'discourse-theme': here('../dist-discourse/discourse-maintenance-banner'),
  'discourse/lib/api': here('tests/helpers/discourse/api.ts'),
  'discourse/lib/get-url': here('tests/helpers/discourse/get-url.ts'),
  'discourse-i18n': here('tests/helpers/discourse/i18n.ts'),
};
const TEST_IMPORTERS = [here('tests/'), here('../dist-discourse/')];

function testOnlyModules() {
  return {
    name: 'maintenance-banner-test-only-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      const name = Object.keys(TEST_ONLY).find(
        (id) => source === id || source.startsWith(`${id}/`),
      );
      if (!name || !importer) return null;
      const from = importer.replace(/[?#].*$/, '');
      if (!TEST_IMPORTERS.some((dir) => from.startsWith(dir))) return null;
      return this.resolve(
        TEST_ONLY[name] + source.slice(name.length),
        importer,
        { skipSelf: true },
      );
    },
  };
}

export default defineConfig({
  plugins: [
    testOnlyModules(),
    ember(),
    babel({
      babelHelpers: 'runtime',
      extensions,
    }),
  ],
  optimizeDeps: {
    // The dev server serves the demo alone: scan its page, not tests/index.html
    // (the tests run from a build, and some of them import the built theme).
    entries: ['index.html'],
  },
  build: {
    // The demo server injects the settings into index.html; keep it readable.
    sourcemap: true,
  },
});
