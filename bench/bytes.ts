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
  /** The minified code of the first load (the entry and what it imports statically). */
  code: string;
  /** The files bundled in, relative to the repository (first load and on demand). */
  modules: string[];
  /** Minified bytes of the first load by source module, largest first (through the source maps). */
  breakdown: [module: string, bytes: number][];
  /**
   * The first load's min+gz size with the code of some source modules cut
   * out (the rest left as it is): what leaving them out would save, gzip's
   * shared dictionary included, which a per-module sum cannot tell.
   */
  readonly gzipWithout: (leftOut: (module: string) => boolean) => number;
  /** What loads later, with `import()`: each chunk's size and its source modules. */
  onDemand: (Size & { modules: string[] })[];
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

/** Templates to wire format, as the host app's babel does it (keeping the source map). */
const wireTemplates: Plugin = {
  name: 'ember-wire-templates',
  setup(bundler) {
    bundler.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('precompileTemplate')) return undefined;
      const map = `${path}.map`;
      const result = await babel.transformAsync(source, {
        filename: path,
        babelrc: false,
        configFile: false,
        sourceType: 'module',
        sourceMaps: 'inline',
        inputSourceMap: existsSync(map)
          ? (JSON.parse(readFileSync(map, 'utf8')) as object)
          : undefined,
        plugins: [[templateCompilation, { targetFormat: 'wire' }]],
      });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};

const BASE64 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's mappings: [generated column, source index | -1] per segment. */
function decodeLine(line: string): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0] ?? 0;
    segments.push([column, fields.length > 1 ? (fields[1] ?? 0) : -1]);
  }
  return segments;
}

type Span = readonly [start: number, end: number];

/** Where each original module's code is in `code` (offsets), through its source map. */
function spansBySource(
  code: string,
  map: { sources: string[]; mappings: string },
  dir: string,
): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  const lines = code.split('\n');
  let source = 0;
  let lineStart = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const length = lines[index]?.length ?? 0;
    const segments = decodeLine(mapped);
    segments.forEach(([column, delta], i) => {
      if (delta !== -1) source += delta;
      const end = segments[i + 1]?.[0] ?? length;
      const name =
        delta === -1
          ? '(glue)'
          : relative(ROOT, resolve(dir, map.sources[source] ?? '?'));
      const list = spans.get(name) ?? [];
      list.push([lineStart + column, lineStart + end]);
      spans.set(name, list);
    });
    lineStart += length + 1;
  });
  return spans;
}

/** `code` with the spans cut out. */
function cut(code: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let kept = '';
  let from = 0;
  for (const [start, end] of sorted) {
    if (start > from) kept += code.slice(from, start);
    from = Math.max(from, end);
  }
  return kept + code.slice(from);
}

/**
 * Bundles, minifies and gzips one built entry of the addon. Code behind
 * `import()` goes into chunks of its own, as the host's build splits it:
 * the first load is the entry and what it imports statically.
 */
export async function measureEntry(entry: string): Promise<EntryBytes> {
  const outdir = join(ROOT, 'tmp', 'bytes');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    sourcemap: 'external',
    legalComments: 'none',
    external: ['@ember/*', '@glimmer/*', '@embroider/*', 'ember-source'],
    plugins: [wireTemplates],
    logLevel: 'silent',
  });
  const name = (input: string) => relative(ROOT, resolve(input));
  const files = new Map(
    result.outputFiles.map((file) => [relative(ROOT, file.path), file]),
  );
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find(
    (path) => outputs[path]?.entryPoint !== undefined,
  );
  if (!entryOutput) throw new Error(`esbuild produced nothing for ${entry}`);

  // The first load: the entry and, transitively, its static imports.
  const first = new Set<string>();
  const visit = (path: string) => {
    if (first.has(path)) return;
    first.add(path);
    for (const { path: imported, kind } of outputs[path]?.imports ?? []) {
      if (kind === 'import-statement' && outputs[imported]) visit(imported);
    }
  };
  visit(entryOutput);

  const chunks = Object.keys(outputs).filter((path) => !path.endsWith('.map'));
  const sizeOf = (path: string): Size => {
    const file = files.get(path);
    if (!file) throw new Error(`no output ${path}`);
    return { min: file.contents.length, gzip: gzip(file.contents) };
  };
  const codeOf = (path: string) => files.get(path)?.text ?? '';

  // Each file of the first load with where each source module is in it.
  const mapped = [...first].map((path) => {
    const map = files.get(`${path}.map`);
    const code = codeOf(path);
    const spans = map
      ? spansBySource(
          code,
          JSON.parse(map.text) as { sources: string[]; mappings: string },
          dirname(join(ROOT, path)),
        )
      : new Map<string, Span[]>();
    return { code, spans };
  });
  const breakdown = new Map<string, number>();
  for (const { spans } of mapped) {
    for (const [module, list] of spans) {
      const size = list.reduce((sum, [start, end]) => sum + end - start, 0);
      breakdown.set(module, (breakdown.get(module) ?? 0) + size);
    }
  }
  const gzipWithout = (leftOut: (module: string) => boolean): number =>
    mapped.reduce(
      (sum, { code, spans }) =>
        sum +
        gzip(
          cut(
            code,
            [...spans].flatMap(([module, list]) =>
              leftOut(module) ? list : [],
            ),
          ),
        ),
      0,
    );

  const firstSizes = [...first].map(sizeOf);
  return {
    code: [...first].map(codeOf).join('\n'),
    min: firstSizes.reduce((sum, size) => sum + size.min, 0),
    gzip: firstSizes.reduce((sum, size) => sum + size.gzip, 0),
    modules: Object.keys(result.metafile.inputs).map(name).sort(),
    breakdown: [...breakdown].sort((a, b) => b[1] - a[1]),
    gzipWithout,
    onDemand: chunks
      .filter((path) => !first.has(path))
      .map((path) => ({
        ...sizeOf(path),
        modules: Object.keys(outputs[path]?.inputs ?? {}).map(name),
      })),
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
