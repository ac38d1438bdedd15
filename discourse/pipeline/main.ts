/**
 * Compiles the theme component the way a Discourse site does and writes
 * what the browser check loads (test-app/tests/integration/
 * discourse-pipeline-test.gts):
 *
 *   dist-discourse/pipeline/theme.js                        the theme's `main` chunk
 *   dist-discourse/pipeline/theme-with-unlisted-import.js   the same plus one import Discourse does not provide
 *
 * and prints the theme's JavaScript size, minified as Discourse minifies it
 * (with `--sizes`, each module's part of it too, and each addon module's
 * part of the bundle).
 * Installs this folder's packages first when they are missing.
 *
 * Run: npm run compile:discourse  (node --import tsx discourse/pipeline/main.ts [--out <folder>] [--sizes])
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BundleParts } from '../src/bundle.ts';
import { ensureInstalled } from './install.ts';

const here = dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--out');
const outDir = resolve(
  at > 0
    ? (process.argv[at + 1] ?? '')
    : join(here, '..', '..', 'dist-discourse', 'pipeline'),
);

await ensureInstalled(here);
const started = performance.now();
const { themeFiles } = await import('../build.ts');
const { CHECK_THEME_ID, UNLISTED_IMPORT, compileTheme, javascriptsTree } =
  await import('./compile.ts');
const { moduleSizes, sizeTable } = await import('./sizes.ts');

let bundleParts: BundleParts | undefined;
const tree = javascriptsTree(
  await themeFiles({ onBundleParts: (parts) => (bundleParts = parts) }),
);
const options = { themeId: CHECK_THEME_ID };
const [theme, negative] = await Promise.all([
  compileTheme(tree, options),
  compileTheme(
    { ...tree, [UNLISTED_IMPORT.path]: UNLISTED_IMPORT.code },
    options,
  ),
]);
for (const warning of theme.warnings) console.warn(`rollup ${warning}`);
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'theme.js'), theme.code);
await writeFile(join(outDir, 'theme-with-unlisted-import.js'), negative.code);

const bytes = Buffer.byteLength(theme.code);
const gzipped = gzipSync(theme.code, { level: 9 }).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--sizes')) {
  console.log(sizeTable(await moduleSizes(theme, bundleParts)));
}
console.log(
  `Theme JavaScript, compiled and minified as Discourse does: ${(bytes / 1024).toFixed(1)} KB (${(gzipped / 1024).toFixed(1)} KB gzip), ${relative(process.cwd(), outDir)}/theme.js (${seconds} s)`,
);
