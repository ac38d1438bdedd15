/**
 * Which bare modules a Discourse theme may import: the ones Discourse core
 * registers for themes and plugins with `loaderShim(…)` (the data in
 * loader-shims.json, read from Discourse's source), and `discourse/…`
 * modules that Discourse's own type package, @discourse/types (installed in
 * discourse/lint/ as "discourse"), declares. Anything else is not in
 * Discourse's module registry: the theme's chunk would fail on its lookup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ShimList {
  readonly repository: string;
  readonly path: string;
  /** The commit it was read at; null when the source gave none. */
  readonly commit: string | null;
  /** Where it was read when `commit` is null. */
  readonly storedVersion?: string;
  /** Whether a theme is held to this list (else kept for reference). */
  readonly heldTo: boolean;
  readonly note?: string;
  readonly modules: readonly string[];
}

export interface LoaderShims {
  readonly about: string;
  readonly refresh: string;
  lists: Record<string, ShimList>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const LOADER_SHIMS_FILE = join(here, 'loader-shims.json');
export const LINT_FOLDER = join(here, '..', 'lint');
const TYPES_PACKAGE = join(LINT_FOLDER, 'node_modules', 'discourse');

export const LOADER_SHIMS = JSON.parse(
  readFileSync(LOADER_SHIMS_FILE, 'utf8'),
) as LoaderShims;

/** What every list a theme is held to registers: the modules that load on each of those Discourse versions. */
export const SHIMMED: ReadonlySet<string> = (() => {
  const held = Object.values(LOADER_SHIMS.lists).filter((list) => list.heldTo);
  const [first, ...rest] = held;
  if (!first) throw new Error(`${LOADER_SHIMS_FILE}: no list is held to`);
  return new Set(
    first.modules.filter((name) =>
      rest.every((list) => list.modules.includes(name)),
    ),
  );
})();

export function isShimmed(specifier: string): boolean {
  return SHIMMED.has(specifier);
}

/**
 * The declaration file @discourse/types has for a `discourse/…` module
 * (resolved through its `exports` map, as TypeScript does), or null.
 */
export function discourseDeclaration(specifier: string): string | null {
  if (!specifier.startsWith('discourse/')) return null;
  if (!existsSync(join(TYPES_PACKAGE, 'package.json'))) {
    throw new Error(
      `@discourse/types is not installed in ${relative(process.cwd(), LINT_FOLDER)}/ (npm ci --prefix discourse/lint); it decides which discourse/… modules exist.`,
    );
  }
  const { resolvedModule } = ts.resolveModuleName(
    specifier,
    join(LINT_FOLDER, 'theme.js'),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowJs: true,
    },
    ts.sys,
  );
  const file = resolvedModule?.resolvedFileName;
  return file && file.startsWith(TYPES_PACKAGE) && file.endsWith('.d.ts')
    ? file
    : null;
}

/** True when a theme's bare import of this module resolves on Discourse. */
export function isProvided(specifier: string): boolean {
  return isShimmed(specifier) || discourseDeclaration(specifier) !== null;
}
