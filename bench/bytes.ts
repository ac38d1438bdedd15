/**
 * The bytes the banner adds to an app, measured the way an app ships them.
 *
 * Attribution: start from the addon's built public entry (what
 * `import { MaintenanceBanner } from 'ember-maintenance-banner'` pulls in),
 * compile its templates to Glimmer's wire format as the host's build does
 * (babel-plugin-ember-template-compilation with ember-source's compiler),
 * bundle every module it reaches, the addon's own and `decorator-transforms`'
 * runtime, with `@ember/*`, `@glimmer/*` and `@embroider/*` left external
 * (the host ships them whether or not it shows a banner), minify with
 * esbuild and gzip at level 9. The stylesheet is minified by Lightning CSS
 * (Vite's CSS minifier) and gzipped the same way. The admin form's entry,
 * when the package has one, is measured alike, and the visitor bundle is
 * checked to hold none of its modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { transform as transformCss } from 'lightningcss';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ADDON_DIST = join(ROOT, 'addon', 'dist');

interface Babel {
  transformAsync(
    code: string,
    options: Record<string, unknown>,
  ): Promise<{ code?: string | null } | null>;
}

const require = createRequire(import.meta.url);
const babel = require('@babel/core') as Babel;
const templateCompilation =
  require.resolve('babel-plugin-ember-template-compilation');

export interface Size {
  /** Minified, in bytes. */
  min: number;
  /** Minified and gzipped (level 9), in bytes. */
  gzip: number;
}

export interface EntryBytes extends Size {
  /** The minified bundle. */
  code: string;
  /** The files bundled in, relative to the repository. */
  modules: string[];
  /** Minified bytes each file contributes (before gzip), largest first. */
  breakdown: [module: string, bytes: number][];
}

export interface BannerBytes {
  js: EntryBytes;
  css: Size;
  /** `null` when the package has no admin entry yet (or it did not build). */
  admin: EntryBytes | null;
  /** Why the admin entry could not be measured, if it could not. */
  adminError: string | null;
  adminCss: Size | null;
  /**
   * Signs of the admin form in the visitor bundle (should be none): the
   * admin entry's module, or a CSS block of the admin stylesheet (such as
   * `maintenance-settings-form`) that the banner's own stylesheet lacks.
   */
  adminInVisitorBundle: string[];
  /** The same signs looked for in the admin bundle (a check of the check). */
  adminMarkers: string[];
}

const gzip = (code: string | Uint8Array): number =>
  gzipSync(code, { level: 9 }).length;

/** Templates to wire format, as the host app's babel does it. */
const wireTemplates: Plugin = {
  name: 'ember-wire-templates',
  setup(bundler) {
    bundler.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('precompileTemplate')) return undefined;
      const result = await babel.transformAsync(source, {
        filename: path,
        babelrc: false,
        configFile: false,
        sourceType: 'module',
        plugins: [[templateCompilation, { targetFormat: 'wire' }]],
      });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};

/** Bundles, minifies and gzips one built entry of the addon. */
export async function measureEntry(entry: string): Promise<EntryBytes> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    legalComments: 'none',
    external: ['@ember/*', '@glimmer/*', '@embroider/*', 'ember-source'],
    plugins: [wireTemplates],
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  const name = (input: string) => relative(ROOT, resolve(input));
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return {
    code: output.text,
    min: output.contents.length,
    gzip: gzip(output.contents),
    modules: Object.keys(result.metafile.inputs).map(name).sort(),
    breakdown: Object.entries(inputs)
      .map(([input, { bytesInOutput }]): [string, number] => [
        name(input),
        bytesInOutput,
      ])
      .sort((a, b) => b[1] - a[1]),
  };
}

export function measureCss(file: string): Size {
  const { code } = transformCss({
    filename: file,
    code: readFileSync(file),
    minify: true,
  });
  return { min: code.length, gzip: gzip(code) };
}

/** The file a subpath of the package exports, if built. */
function exported(subpath: string): string | null {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'addon', 'package.json'), 'utf8'),
  ) as { exports?: Record<string, unknown> };
  const entry = manifest.exports?.[subpath];
  const target =
    typeof entry === 'string'
      ? entry
      : typeof entry === 'object' && entry !== null
        ? (entry as Record<string, unknown>)['default']
        : undefined;
  if (typeof target !== 'string') return null;
  const file = join(ROOT, 'addon', target);
  return existsSync(file) ? file : null;
}

/** BEM blocks (`.block__element--modifier` → `block`) of a stylesheet. */
function cssBlocks(file: string | null): Set<string> {
  if (!file) return new Set();
  const css = readFileSync(file, 'utf8');
  return new Set(
    [...css.matchAll(/\.(-?[a-z][\w-]*)/gi)].map(
      ([, name]) => name!.split(/__|--/)[0]!,
    ),
  );
}

export async function measureBanner(): Promise<BannerBytes> {
  const entry = join(ADDON_DIST, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(
      `No built addon at ${entry}: run \`npm run build -w ember-maintenance-banner\` first.`,
    );
  }
  const stylesheet = join(ADDON_DIST, 'styles.css');
  const js = await measureEntry(entry);
  const css = measureCss(stylesheet);

  const adminFile = exported('./admin');
  const adminCssFile = exported('./admin.css');
  let admin: EntryBytes | null = null;
  let adminError: string | null = null;
  try {
    admin = adminFile ? await measureEntry(adminFile) : null;
  } catch (error) {
    adminError = error instanceof Error ? error.message : String(error);
  }
  const bannerBlocks = cssBlocks(stylesheet);
  const markers = [...cssBlocks(adminCssFile)].filter(
    (block) => !bannerBlocks.has(block),
  );
  const signs = (bundle: EntryBytes) => [
    ...bundle.modules.filter(
      (module) => adminFile && module === relative(ROOT, adminFile),
    ),
    ...markers.filter((marker) => bundle.code.includes(marker)),
  ];
  return {
    js,
    css,
    admin,
    adminError,
    adminCss: adminCssFile ? measureCss(adminCssFile) : null,
    adminInVisitorBundle: admin ? signs(js) : [],
    adminMarkers: admin ? signs(admin) : [],
  };
}

/** An npm package's entry, measured alike (for comparison). */
export function measurePackage(specifier: string): Promise<EntryBytes> {
  return measureEntry(require.resolve(specifier));
}

/** `1234` → `"1.21 KB"`. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;
