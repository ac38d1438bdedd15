/**
 * Builds the Discourse theme component from the addon's source:
 *
 *   dist-discourse/discourse-maintenance-banner/      the theme folder
 *   dist-discourse/discourse-maintenance-banner.zip   the same, for "Install → From your device"
 *
 * The banner component, its clock service and everything they import from
 * addon/src are stripped of types and written where Discourse's theme
 * compiler looks for them, with their imports rewritten to relative paths.
 * Nothing is copied by hand: one implementation, two ways to ship it.
 *
 * Run: node --import tsx discourse/build.ts [--out <folder>]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { isProvided, LINT_FOLDER } from './host/modules.ts';
import { ensureInstalled } from './pipeline/install.ts';
import { moduleImports } from './src/module-imports.ts';
import { commonScss, localeYaml, settingsYaml } from './src/theme-files.ts';
import { transpile } from './src/transpile.ts';
import { zip } from './src/zip.ts';

export const THEME_NAME = 'discourse-maintenance-banner';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const defaultAddonSrc = join(root, 'addon', 'src');
const themeSrc = join(here, 'theme');

/** What the theme ships from the addon: the banner and its clock; the rest follows their imports. */
const ENTRIES = [
  'banner/maintenance-banner.gts',
  'services/maintenance-banner-clock.ts',
  'core/index.ts', // the initializer reads `en` from it
];

/**
 * Hand-written theme glue under discourse/theme/. No .discourse-compatibility
 * yet: Discourse refuses one without entries, and there is no older-version
 * branch to pin.
 */
const THEME_FILES = [
  'javascripts/discourse/api-initializers/maintenance-banner.gjs',
  'javascripts/discourse/components/maintenance-banner-preview.gjs',
  'javascripts/discourse/components/maintenance-banner-staff-notice.gjs',
  'javascripts/discourse/components/maintenance-banner-theme.gjs',
  'javascripts/discourse/lib/maintenance-banner-theme/preview-moments.js',
  'javascripts/discourse/lib/maintenance-banner-theme/read-settings.js',
  'javascripts/discourse/lib/maintenance-banner-theme/schedule-changes.js',
  'javascripts/discourse/lib/maintenance-banner-theme/staff-lines.js',
];

/**
 * Where a module of addon/src goes in the theme: components and services
 * where Discourse's resolver finds them (`service:maintenance-banner-clock`;
 * the banner of addon/src/banner/ as components/maintenance-banner),
 * everything else under lib/maintenance-banner/ with its folders kept.
 */
export function themePath(sourcePath: string): string {
  const js = sourcePath
    .replace(/^banner\/(?=maintenance-banner\.gts$)/, 'components/')
    .replace(/\.gts$/, '.gjs')
    .replace(/\.ts$/, '.js');
  return /^(components|services)\//.test(js)
    ? `javascripts/discourse/${js}`
    : `javascripts/discourse/lib/maintenance-banner/${js}`;
}

/** A relative specifier the way Discourse's theme compiler resolves it: no extension. */
function specifierBetween(fromFile: string, toFile: string): string {
  let path = posix.relative(posix.dirname(fromFile), toFile);
  if (!path.startsWith('.')) path = `./${path}`;
  const bare = path.replace(/\.g?js$/, '');
  if (/\.\w+$/.test(bare)) {
    throw new Error(
      `${toFile}: a dot in the file name reads as an extension to Discourse's resolver; rename it.`,
    );
  }
  return bare;
}

/**
 * Modules swapped for their single-chunk twin: Discourse serves only a
 * theme's `main` chunk, so what loads on demand elsewhere is imported
 * statically here (see the seam's comment).
 */
const SINGLE_CHUNK: Readonly<Record<string, string>> = {
  'banner/on-demand.ts': 'banner/on-demand-static.ts',
};

function resolveSource(
  addonSrc: string,
  fromPath: string,
  specifier: string,
): string {
  const base = posix.join(posix.dirname(fromPath), specifier);
  const candidates = [base, `${base}.ts`, `${base}.gts`, `${base}/index.ts`];
  const found = candidates.find(
    (candidate) =>
      /\.g?ts$/.test(candidate) && existsSync(join(addonSrc, candidate)),
  );
  if (!found || found.startsWith('../')) {
    throw new Error(
      `${fromPath}: cannot ship "${specifier}" (only .ts and .gts modules of addon/src)`,
    );
  }
  return SINGLE_CHUNK[found] ?? found;
}

async function format(path: string, text: string): Promise<string> {
  // Discourse's prettier config (@discourse/lint-configs/prettier).
  return prettier.format(text, {
    filepath: path,
    plugins: ['prettier-plugin-ember-template-tag'],
    trailingComma: 'es5',
    templateExportDefault: true,
  });
}

/**
 * Stops on a bare import that is not in Discourse's module registry: the
 * theme's chunk would fail on it at run time, on every page.
 */
function checkBare(file: string, specifier: string): void {
  if (!isProvided(specifier)) {
    throw new Error(
      `${file}: "${specifier}" is not a module Discourse provides to themes (discourse/host/loader-shims.json, or a discourse/… module @discourse/types declares); the theme cannot import it.`,
    );
  }
}

export interface ThemeSources {
  /** The addon's source folder (default: addon/src). */
  readonly addonSrc?: string;
}

/** Every file of the theme, by path inside the theme folder. */
export async function themeFiles({
  addonSrc = defaultAddonSrc,
}: ThemeSources = {}): Promise<Map<string, string>> {
  // @discourse/types says which discourse/… modules exist.
  await ensureInstalled(LINT_FOLDER);
  const files = new Map<string, string>();
  const addonPackage = JSON.parse(
    await readFile(join(root, 'addon', 'package.json'), 'utf8'),
  ) as { version: string; homepage?: string; license?: string };

  // The addon's modules, following imports from the entries.
  const queue = [...ENTRIES];
  const done = new Set<string>();
  while (queue.length > 0) {
    const sourcePath = queue.shift() as string;
    if (done.has(sourcePath)) continue;
    done.add(sourcePath);
    const outPath = themePath(sourcePath);
    const source = await readFile(join(addonSrc, sourcePath), 'utf8');
    const fileName = `addon/src/${sourcePath}`;
    const { code } = transpile(source, {
      fileName,
      rewriteRelative(specifier) {
        const target = resolveSource(addonSrc, sourcePath, specifier);
        queue.push(target);
        return specifierBetween(outPath, themePath(target));
      },
      checkBare: (specifier) => checkBare(fileName, specifier),
    });
    files.set(outPath, await format(outPath, code));
  }

  for (const path of THEME_FILES) {
    const text = await readFile(join(themeSrc, path), 'utf8');
    for (const { source } of moduleImports(text, path)) {
      if (!source.startsWith('.')) checkBare(`discourse/theme/${path}`, source);
    }
    files.set(path, /\.g?js$/.test(path) ? await format(path, text) : text);
  }

  const about = {
    name: 'Maintenance Banner',
    component: true,
    authors: 'The ember-maintenance-banner contributors',
    about_url: addonPackage.homepage ?? null,
    license_url: addonPackage.homepage
      ? `${addonPackage.homepage.replace(/\/$/, '')}/blob/main/LICENSE.md`
      : null,
    theme_version: addonPackage.version,
    minimum_discourse_version: '3.5.0',
    maximum_discourse_version: null,
    assets: {},
    color_schemes: {},
    modifiers: {},
  };
  files.set('about.json', await format('about.json', JSON.stringify(about)));
  files.set('settings.yml', await format('settings.yml', settingsYaml()));
  for (const locale of ['en', 'zh_CN'] as const) {
    const path = `locales/${locale}.yml`;
    files.set(path, await format(path, localeYaml(locale)));
  }
  const css = await readFile(join(addonSrc, 'styles.css'), 'utf8');
  files.set('common/common.scss', await format('common.scss', commonScss(css)));
  files.set('LICENSE', await readFile(join(root, 'LICENSE.md'), 'utf8'));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The zip an admin uploads: the theme folder under its own name. */
export function themeZip(files: ReadonlyMap<string, string>): Buffer {
  return zip(
    [...files].map(([path, text]) => ({
      path: `${THEME_NAME}/${path}`,
      data: Buffer.from(text, 'utf8'),
    })),
  );
}

export async function build(
  outDir: string,
  sources: ThemeSources = {},
): Promise<{ folder: string; zipPath: string }> {
  const files = await themeFiles(sources);
  const folder = join(outDir, THEME_NAME);
  await rm(folder, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(folder, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  const zipPath = join(outDir, `${THEME_NAME}.zip`);
  await writeFile(zipPath, themeZip(files));
  return { folder, zipPath };
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const at = process.argv.indexOf('--out');
  const outDir = resolve(
    at > 0 ? (process.argv[at + 1] ?? '') : join(root, 'dist-discourse'),
  );
  const { folder, zipPath } = await build(outDir);
  console.log(`Theme component: ${relative(process.cwd(), folder)}/`);
  console.log(`Upload this:     ${relative(process.cwd(), zipPath)}`);
}
