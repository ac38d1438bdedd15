/**
 * Builds the Discourse theme component from the addon's source:
 *
 *   dist-discourse/discourse-maintenance-banner/      the theme folder
 *   dist-discourse/discourse-maintenance-banner.zip   the same, for "Install → From your device"
 *
 * The banner component, its clock service and everything they import from
 * addon/src are stripped of types and written where Discourse's theme
 * compiler looks for them, with their imports rewritten to relative paths;
 * the plain modules among them then become one module,
 * lib/maintenance-banner.js (src/bundle.ts). Nothing is copied by hand: one
 * implementation, two ways to ship it.
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
import { bundleTheme, type BundleParts } from './src/bundle.ts';
import { moduleImports } from './src/module-imports.ts';
import {
  commonScss,
  localeYaml,
  placeholdersModule,
  settingsYaml,
} from './src/theme-files.ts';
import { transpile } from './src/transpile.ts';
import { zip } from './src/zip.ts';

export const THEME_NAME = 'discourse-maintenance-banner';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const defaultAddonSrc = join(root, 'addon', 'src');
const themeSrc = join(here, 'theme');

/**
 * What the theme ships from the addon: the banner and its clock, and what
 * the glue imports; the rest follows their imports. Never the core's index:
 * each module reached is transpiled and checked, so a barrel would reach
 * every table (the bundle would then drop what nobody imports).
 */
const ENTRIES = [
  'banner/maintenance-banner.gts',
  'services/maintenance-banner-clock.ts',
];

const GLUE = 'javascripts/discourse/lib/maintenance-banner-theme';

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
  `${GLUE}/messages.js`,
  `${GLUE}/preview-moments.js`,
  `${GLUE}/read-settings.js`,
  `${GLUE}/schedule-changes.js`,
  `${GLUE}/staff-lines.js`,
];

/** The glue's one generated module: data from the core's tables. */
const PLACEHOLDERS_MODULE = `${GLUE}/placeholders.js`;

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

/**
 * Modules of addon/src the theme replaces with glue of its own, with the
 * same exports: the banner's strings come from Discourse's i18n (the theme's
 * locale files), so the built-in English table is not shipped. A theme
 * module importing the original gets the glue instead; Rollup stops on an
 * export the glue lacks.
 */
const DISCOURSE_SEAMS: Readonly<Record<string, string>> = {
  'core/messages.ts': `${GLUE}/messages.js`,
};

/** The module of addon/src that `specifier` names from `fromPath`, single-chunk twins applied. */
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

/**
 * The module of addon/src that a glue import names by its theme path
 * (`../maintenance-banner/core/schema`), or `null` for another glue file.
 * A swapped module is refused: the glue imports its twin by name.
 */
function glueTarget(
  addonSrc: string,
  gluePath: string,
  specifier: string,
): string | null {
  const target = posix.join(posix.dirname(gluePath), specifier);
  const isGlue = [...THEME_FILES, PLACEHOLDERS_MODULE].some((path) =>
    [`${target}.js`, `${target}.gjs`].includes(path),
  );
  if (isGlue) return null;
  // themePath() backwards: the source whose theme path this is (the
  // banner of banner/ before addon/src/components/, a classic apps' shim).
  const rest = target.replace(
    /^javascripts\/discourse\/(lib\/maintenance-banner\/)?/,
    '',
  );
  const found = [
    `${rest.replace(/^components\//, 'banner/')}.gts`,
    `${rest}.ts`,
    `${rest}.gts`,
  ].find(
    (candidate) =>
      existsSync(join(addonSrc, candidate)) &&
      themePath(candidate).replace(/\.g?js$/, '') === target,
  );
  if (!found) {
    throw new Error(
      `discourse/theme/${gluePath}: "${specifier}" is neither glue nor a module of addon/src`,
    );
  }
  const twin = DISCOURSE_SEAMS[found] ?? SINGLE_CHUNK[found];
  if (twin) {
    throw new Error(
      `discourse/theme/${gluePath}: "${specifier}" is swapped in the theme; import its twin (${twin}) instead`,
    );
  }
  return found;
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
  /** Hears what each addon module became inside the theme's bundle. */
  readonly onBundleParts?: (parts: BundleParts) => void;
}

/** Every file of the theme, by path inside the theme folder. */
export async function themeFiles({
  addonSrc = defaultAddonSrc,
  onBundleParts,
}: ThemeSources = {}): Promise<Map<string, string>> {
  // @discourse/types says which discourse/… modules exist.
  await ensureInstalled(LINT_FOLDER);
  const files = new Map<string, string>();
  const addonPackage = JSON.parse(
    await readFile(join(root, 'addon', 'package.json'), 'utf8'),
  ) as { version: string; homepage?: string; license?: string };

  // The glue, and the modules of addon/src it imports.
  const glue = new Map<string, string>();
  const queue = [...ENTRIES];
  for (const path of THEME_FILES) {
    const text = await readFile(join(themeSrc, path), 'utf8');
    for (const { source } of moduleImports(text, path)) {
      if (!source.startsWith('.')) {
        checkBare(`discourse/theme/${path}`, source);
        continue;
      }
      const target = glueTarget(addonSrc, path, source);
      if (target) queue.push(target);
    }
    glue.set(path, text);
  }

  // The addon's modules, following imports from the entries and the glue.
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
        const twin = DISCOURSE_SEAMS[target];
        if (twin) return specifierBetween(outPath, twin);
        queue.push(target);
        return specifierBetween(outPath, themePath(target));
      },
      checkBare: (specifier) => checkBare(fileName, specifier),
    });
    files.set(outPath, await format(outPath, code));
  }

  for (const [path, text] of glue) {
    files.set(path, /\.g?js$/.test(path) ? await format(path, text) : text);
  }
  files.set(
    PLACEHOLDERS_MODULE,
    await format(PLACEHOLDERS_MODULE, placeholdersModule()),
  );
  const modules = await bundleTheme(files, format, onBundleParts);
  files.clear();
  for (const [path, text] of modules) files.set(path, text);

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
