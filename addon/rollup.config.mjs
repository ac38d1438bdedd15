import { babel } from '@rollup/plugin-babel';
import { Addon } from '@embroider/addon-dev/rollup';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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

/**
 * An empty declarations folder before `ember-tsc` writes it, so a source
 * file renamed or removed leaves no stale `.d.ts` in the package.
 */
function freshDeclarations(dir) {
  return {
    name: 'maintenance-banner-fresh-declarations',
    buildStart: {
      sequential: true,
      handler: () => rm(dir, { recursive: true, force: true }),
    },
  };
}

/**
 * Relative imports in the declarations as Node's ESM resolution wants them:
 * `./components/maintenance-banner.js`, not `./components/maintenance-banner`
 * (addon-dev strips `.gts`) nor `./settings.ts` (kept from the source), so a
 * consumer on `moduleResolution: node16` or `nodenext` resolves every type.
 * Runs after `addon.declarations()` has written and fixed up the files.
 */
function nodeResolvableDeclarations(dir) {
  const specifier =
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;
  const resolve = (file, spec) => {
    const bare = spec.replace(/\.(?:[cm]?[jt]s|g[jt]s)$/, '');
    const base = join(dirname(file), bare);
    if (existsSync(`${base}.d.ts`)) return `${bare}.js`;
    if (existsSync(join(base, 'index.d.ts'))) return `${bare}/index.js`;
    throw new Error(`${file}: no declaration for '${spec}'`);
  };
  return {
    name: 'maintenance-banner-node-resolvable-declarations',
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const entries = await readdir(dir, { recursive: true });
        for (const entry of entries.filter((name) => name.endsWith('.d.ts'))) {
          const file = join(dir, entry);
          const text = await readFile(file, 'utf8');
          const fixed = text.replace(
            specifier,
            (_, lead, quote, spec) =>
              `${lead}${quote}${resolve(file, spec)}${quote}`,
          );
          if (fixed !== text) await writeFile(file, fixed);
        }
      },
    },
  };
}

export default {
  output: addon.output(),
  plugins: [
    // The public modules; keep in step with package.json#exports.
    addon.publicEntrypoints([
      'index.js',
      'components/maintenance-banner.js',
      'core/index.js',
      'test-support/index.js',
      'services/maintenance-banner-clock.js',
      'locales/zh-CN.js',
      'admin.js',
      'admin/locales/zh-CN.js',
      'preview.js',
    ]),
    // Classic `.hbs` templates resolve `<MaintenanceBanner>` by name. Apps
    // with static resolution (Embroider, Vite) bundle it only where a
    // template uses it. The clock service is not re-exported: an app would
    // bundle it even with no banner, and the banner registers it anyway.
    addon.appReexports(['components/maintenance-banner.js']),
    addon.dependencies(),
    babel({
      extensions: ['.js', '.gjs', '.ts', '.gts'],
      babelHelpers: 'bundled',
    }),
    addon.gjs(),
    freshDeclarations('declarations'),
    addon.declarations('declarations'),
    nodeResolvableDeclarations('declarations'),
    stylesheet('styles.css'),
    stylesheet('admin.css', ['admin/conflict.css']),
    addon.clean(),
  ],
};
