import { babel } from '@rollup/plugin-babel';
import { Addon } from '@embroider/addon-dev/rollup';
import { readFile } from 'node:fs/promises';

const addon = new Addon({ srcDir: 'src', destDir: 'dist' });

// The stylesheet is imported by hosts (`ember-maintenance-banner/styles.css`),
// never by the components, so a theme can leave it out entirely. `parts`
// are appended to it, so a long stylesheet ships as one file from short ones.
function stylesheet(file, parts = []) {
  return {
    name: 'maintenance-banner-stylesheet',
    async generateBundle() {
      const sources = [];
      for (const source of [file, ...parts]) {
        this.addWatchFile(`src/${source}`);
        sources.push(await readFile(`src/${source}`, 'utf8'));
      }
      this.emitFile({
        type: 'asset',
        fileName: file,
        source: sources.join('\n'),
      });
    },
  };
}

export default {
  output: addon.output(),
  plugins: [
    // The public modules; keep in step with package.json#exports.
    addon.publicEntrypoints([
      'index.js',
      'core/index.js',
      'test-support/index.js',
      'services/maintenance-banner-clock.js',
      'locales/zh-CN.js',
      'admin.js',
      'preview.js',
    ]),
    // Classic apps resolve the clock by name without any setup.
    addon.appReexports(['services/maintenance-banner-clock.js']),
    addon.dependencies(),
    babel({
      extensions: ['.js', '.gjs', '.ts', '.gts'],
      babelHelpers: 'bundled',
    }),
    addon.gjs(),
    addon.declarations('declarations'),
    stylesheet('styles.css'),
    stylesheet('admin.css', ['admin/conflict.css']),
    addon.clean(),
  ],
};
