/**
 * Where the theme's bytes go: each module's part of the `main` chunk,
 * minified on its own with Discourse's terser options, except that its
 * top-level declarations are kept (alone, nothing would use them). The
 * parts add up to about the chunk, so they say where the bytes are; the
 * chunk's own figure is the one held to a budget. The addon's bundle is
 * split the same way into the modules Rollup put in it.
 */
import { minify } from 'terser';
import { BUNDLE, type BundleParts } from '../src/bundle.ts';
import { lowerPlainModule, type CompiledTheme } from './compile.ts';
import { terserOptions } from './rollup-plugins.ts';

export interface ModuleSize {
  /** The module, by its path in the theme (`discourse/components/…`), or Rollup's id. */
  readonly module: string;
  readonly bytes: number;
  /** For the bundle: the addon modules in it, by path beside it (`maintenance-banner/core/…`). */
  readonly parts?: readonly ModuleSize[];
}

/** Paths in the compiled chunk leave out the theme folder's `javascripts/`. */
const inChunk = (themePath: string) => themePath.replace(/^javascripts\//, '');
const BUNDLE_FOLDER = inChunk(BUNDLE).replace(/[^/]+$/, '');

/** One module's part, minified with its top level kept. */
async function minifyPart(code: string): Promise<string> {
  try {
    const options = terserOptions();
    const result = await minify(code, {
      ...options,
      module: false,
      compress: { ...options.compress, toplevel: false },
      mangle: { toplevel: true },
    });
    return result.code ?? '';
  } catch {
    // Top-level `await` (the entry's lookups) parses only as a module.
    return (await minify(code, terserOptions())).code ?? '';
  }
}

/** Each module's minified size, the largest first, the empty ones left out. */
async function sizesOf(
  modules: Iterable<readonly [string, string]>,
): Promise<ModuleSize[]> {
  const sizes = await Promise.all(
    [...modules].map(async ([module, code]) => ({
      module,
      bytes: Buffer.byteLength(await minifyPart(code)),
    })),
  );
  return sizes
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || (a.module < b.module ? -1 : 1));
}

/**
 * Every module's minified size, the largest first; with `bundleParts`
 * (from `themeFiles`), the bundle's line carries its modules' sizes too.
 */
export async function moduleSizes(
  compiled: CompiledTheme,
  bundleParts?: BundleParts,
): Promise<ModuleSize[]> {
  const sizes = await sizesOf(Object.entries(compiled.modules));
  if (!bundleParts) return sizes;
  // Rollup's parts are the addon's code before Discourse's Babel ran on the bundle.
  const lowered = await Promise.all(
    [...bundleParts].map(
      async ([path, code]) =>
        [
          inChunk(path).slice(BUNDLE_FOLDER.length),
          await lowerPlainModule(code),
        ] as const,
    ),
  );
  const parts = await sizesOf(lowered);
  return sizes.map((size) =>
    size.module === inChunk(BUNDLE) ? { ...size, parts } : size,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

/**
 * The sizes as lines of a table, `  3.2 KB  discourse/components/…`, a
 * bundle's modules indented under it.
 */
export function sizeTable(sizes: readonly ModuleSize[]): string {
  return sizes
    .flatMap(({ module, bytes, parts = [] }) => [
      `${kb(bytes)}  ${module}`,
      ...parts.map((part) => `    ${kb(part.bytes)}  ${part.module}`),
    ])
    .join('\n');
}
