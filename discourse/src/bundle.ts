/**
 * The addon's plain modules as one theme module. Discourse's theme compiler
 * registers every module of a theme by name and keeps every export of each
 * (its entry imports each module whole), so forty small modules cost their
 * names, a namespace object each and every export nobody imports. Here
 * Rollup bundles them (tree-shaken, not minified: Discourse minifies) into
 * `lib/maintenance-banner.js`, which exports only the names the remaining
 * modules import; those import it instead.
 *
 * What stays a module of its own: every `.gjs` (Discourse compiles its
 * `<template>`), the service (Discourse's resolver finds it by its path)
 * and the theme's own glue, unless a bundled module imports it (a seam's
 * twin, such as messages.js).
 */
import { posix } from 'node:path';
import { rollup, type Plugin } from 'rollup';
import ts from 'typescript';
import { rewriteImportList } from './import-list.ts';
import { moduleImports } from './module-imports.ts';
import { compareNames } from './sort-imports.ts';
import { checkThemeGlobals } from './transpile/theme-limits.ts';

/** The bundle, by its path in the theme. */
export const BUNDLE = 'javascripts/discourse/lib/maintenance-banner.js';

/** Where the modules of addon/src go before they are bundled. */
const ADDON_MODULES = 'javascripts/discourse/lib/maintenance-banner/';

const ENTRY = '\0bundle-entry';

/** Each bundled module's code as Rollup rendered it into the bundle, by theme path. */
export type BundleParts = ReadonlyMap<string, string>;

/** The theme module `specifier` names from `fromPath`, resolved as Discourse resolves it. */
function resolveIn(
  files: ReadonlyMap<string, string>,
  fromPath: string,
  specifier: string,
): string | null {
  const base = posix.join(posix.dirname(fromPath), specifier);
  return (
    ['', '.js', '.gjs', '/index.js', '/index.gjs']
      .map((extension) => `${base}${extension}`)
      .find((path) => files.has(path)) ?? null
  );
}

/** A relative specifier between two theme paths, without the extension. */
function specifierBetween(fromFile: string, toFile: string): string {
  const path = posix.relative(posix.dirname(fromFile), toFile);
  return (path.startsWith('.') ? path : `./${path}`).replace(/\.g?js$/, '');
}

/** Services stay where Discourse's resolver finds them; the bundle imports them. */
const isOwnModule = (path: string) =>
  path.startsWith('javascripts/discourse/services/');

/** The plain modules of addon/src, and every plain module they import but the service. */
function bundledModules(files: ReadonlyMap<string, string>): Set<string> {
  const bundled = new Set(
    [...files.keys()].filter(
      (path) => path.startsWith(ADDON_MODULES) && path.endsWith('.js'),
    ),
  );
  for (const path of bundled) {
    for (const { source } of moduleImports(files.get(path) as string, path)) {
      if (!source.startsWith('.')) continue;
      const target = resolveIn(files, path, source);
      if (target === null) {
        throw new Error(`${path}: "${source}" is no module of the theme`);
      }
      if (target.endsWith('.gjs')) {
        throw new Error(
          `${path}: a plain module imports ${target}, a module of its own that would import the bundle back; move the import into a .gjs module`,
        );
      }
      if (isOwnModule(target)) continue;
      bundled.add(target);
    }
  }
  return bundled;
}

/** The names each module left outside the bundle imports from a bundled one, by bundled module. */
function namesWanted(
  files: ReadonlyMap<string, string>,
  bundled: ReadonlySet<string>,
): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  const from = new Map<string, string>();
  for (const [path, code] of files) {
    if (bundled.has(path) || !/\.g?js$/.test(path)) continue;
    for (const { source, names } of moduleImports(code, path)) {
      const target = source.startsWith('.')
        ? resolveIn(files, path, source)
        : null;
      if (target === null || !bundled.has(target)) continue;
      for (const name of names) {
        if (name === '*' || name === 'default') {
          throw new Error(
            `${path}: import names from "${source}" (it is bundled: no default or namespace import)`,
          );
        }
        const other = from.get(name);
        if (other !== undefined && other !== target) {
          throw new Error(
            `${path}: "${name}" is exported by both ${other} and ${target}; the bundle can export one of them`,
          );
        }
        from.set(name, target);
        wanted.set(target, (wanted.get(target) ?? new Set()).add(name));
      }
    }
  }
  return wanted;
}

/** Rollup reading the theme's modules from `files`; bare imports stay imports. */
function themeModules(
  files: ReadonlyMap<string, string>,
  bundled: ReadonlySet<string>,
  entry: string,
): Plugin {
  return {
    name: 'theme-modules',
    resolveId(source, importer) {
      if (source === ENTRY) return ENTRY;
      if (!source.startsWith('.')) return { id: source, external: true };
      const from = importer === ENTRY ? BUNDLE : (importer as string);
      const target = resolveIn(files, from, source);
      if (target !== null && isOwnModule(target)) {
        const imports = moduleImports(files.get(target) as string, target);
        if (imports.some(({ source }) => source.startsWith('.'))) {
          throw new Error(
            `${target}: the bundle imports it, so it may import no module of the theme`,
          );
        }
        return { id: specifierBetween(BUNDLE, target), external: true };
      }
      if (target === null || !bundled.has(target)) {
        throw new Error(`${from}: "${source}" is not a bundled module`);
      }
      return target;
    },
    load(id) {
      return id === ENTRY ? entry : (files.get(id) ?? null);
    },
  };
}

const HEADER = `// Generated by discourse/build.ts from ember-maintenance-banner's
// addon/src (edit it there): the plain modules the theme uses, bundled into
// one module by Rollup, with only the names the theme's other modules
// import. Discourse's theme compiler registers every module by name and
// keeps every export of each, so one module costs less than forty.
`;

/** Rollup's bundle of `bundled`, exporting the names in `wanted`, and its parts. */
async function rollupBundle(
  files: ReadonlyMap<string, string>,
  bundled: ReadonlySet<string>,
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<{ code: string; parts: BundleParts }> {
  const entry = [...wanted]
    .map(
      ([path, names]) =>
        `export { ${[...names].sort(compareNames).join(', ')} } from ${JSON.stringify(specifierBetween(BUNDLE, path))};`,
    )
    .join('\n');
  const bundle = await rollup({
    input: ENTRY,
    plugins: [themeModules(files, bundled, entry)],
    onLog(level, log) {
      if (level === 'warn' && log.code !== 'CIRCULAR_DEPENDENCY') {
        throw new Error(`${BUNDLE}: ${log.message}`);
      }
    },
  });
  const { output } = await bundle.generate({
    format: 'es',
    // What Discourse's lint asks for: no `var`, shorthand properties.
    generatedCode: { constBindings: true, objectShorthand: true },
  });
  await bundle.close();
  const [chunk, ...others] = output;
  if (!chunk || others.length > 0) {
    throw new Error(`${BUNDLE}: Rollup made ${output.length} files, not one`);
  }
  const code = `${HEADER}${chunk.code}`;
  const file = ts.createSourceFile(BUNDLE, code, ts.ScriptTarget.Latest);
  for (const statement of file.statements) {
    checkThemeGlobals(statement, BUNDLE);
  }
  const parts = new Map(
    Object.entries(chunk.modules)
      .filter(([id]) => id !== ENTRY)
      .map(([id, { code }]) => [id, code ?? '']),
  );
  return { code, parts };
}

/**
 * The theme's files with the addon's plain modules (and the glue they
 * import) replaced by the bundle, and every other module importing the
 * bundle instead. `format` formats a module the way the theme's others are;
 * `onParts` hears what each bundled module became (for the size table).
 */
export async function bundleTheme(
  files: ReadonlyMap<string, string>,
  format: (path: string, text: string) => Promise<string>,
  onParts?: (parts: BundleParts) => void,
): Promise<Map<string, string>> {
  const bundled = bundledModules(files);
  const wanted = namesWanted(files, bundled);
  const out = new Map<string, string>();
  for (const [path, code] of files) {
    if (bundled.has(path)) continue;
    if (!/\.g?js$/.test(path)) {
      out.set(path, code);
      continue;
    }
    const bundleSpecifier = specifierBetween(path, BUNDLE);
    const relinked = rewriteImportList(code, path, (source) => {
      const target = source.startsWith('.')
        ? resolveIn(files, path, source)
        : null;
      return target !== null && bundled.has(target) ? bundleSpecifier : source;
    });
    out.set(path, relinked === code ? code : await format(path, relinked));
  }
  const { code, parts } = await rollupBundle(files, bundled, wanted);
  onParts?.(parts);
  out.set(BUNDLE, await format(BUNDLE, rewriteImportList(code, BUNDLE)));
  return out;
}
