/**
 * Where the theme's bytes go: each module's part of the `main` chunk,
 * minified on its own with Discourse's terser options, except that its
 * top-level declarations are kept (alone, nothing would use them). The
 * parts add up to about the chunk, so they say where the bytes are; the
 * chunk's own figure is the one held to a budget.
 */
import { minify } from 'terser';
import type { CompiledTheme } from './compile.ts';
import { terserOptions } from './rollup-plugins.ts';

export interface ModuleSize {
  /** The module, by its path in the theme (`discourse/components/…`), or Rollup's id. */
  readonly module: string;
  readonly bytes: number;
}

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

/** Every module's minified size, the largest first. */
export async function moduleSizes(
  compiled: CompiledTheme,
): Promise<ModuleSize[]> {
  const sizes = await Promise.all(
    Object.entries(compiled.modules).map(async ([module, code]) => ({
      module,
      bytes: Buffer.byteLength(await minifyPart(code)),
    })),
  );
  return sizes
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || (a.module < b.module ? -1 : 1));
}

/** The sizes as lines of a table: `  3.2 KB  discourse/components/…`. */
export function sizeTable(sizes: readonly ModuleSize[]): string {
  return sizes
    .map(
      ({ module, bytes }) =>
        `${(bytes / 1024).toFixed(1).padStart(6)} KB  ${module}`,
    )
    .join('\n');
}
