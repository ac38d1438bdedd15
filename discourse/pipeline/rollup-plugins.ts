/**
 * The Rollup plugins of Discourse's theme compiler, written for this check
 * from what Discourse's own plugins do (frontend/asset-processor/ in
 * discourse/discourse; the file and commit read are named on each).
 */
import { Preprocessor } from 'content-tag';
import type { Plugin } from '@rollup/browser';
import { minify } from 'terser';

/**
 * `import "./x"` finds x, x.js, x.gjs, x.ts, x.gts, x.hbs, then x/index…
 * rollup-plugins/discourse-file-search.js @ 37ecb6cca8212ee966512a52749d6787e3e0ccb5
 */
export function fileSearch(): Plugin {
  return {
    name: 'file-search',
    async resolveId(source, importer, options) {
      if (/\.\w+$/.test(source)) return null;
      for (const extension of ['', '.js', '.gjs', '.ts', '.gts', '.hbs']) {
        const found = await this.resolve(`${source}${extension}`, importer, {
          attributes: options.attributes,
        });
        if (found) return found;
      }
      if (!source.endsWith('/index')) {
        return this.resolve(`${source}/index`, importer, {
          skipSelf: false,
          attributes: options.attributes,
        });
      }
      return null;
    },
  };
}

/**
 * Every bare import stays outside the bundle: Discourse's module registry
 * answers it at run time (see babel-plugins.ts, moduleBroker).
 * rollup-plugins/discourse-external-loader.js @ 186692fb3b851928a4cc5b6cbfe72f9fcfc5f35d
 */
export function externals(): Plugin {
  return {
    name: 'externals',
    resolveId(source) {
      return source.startsWith('.') ? null : { id: source, external: true };
    },
  };
}

/** Module names as Discourse registers them: the path without its extension. */
function compatName(file: string): string {
  return file.replace(/\.[^.]+(\.es6)?$/, '');
}

/**
 * The entry module (every theme module, by its compat name, as the chunk's
 * default export) and `virtual:theme` (the theme's `settings` and
 * `themePrefix`).
 * rollup-plugins/discourse-virtual-loader.js @ 14a9183cacb34e235ceca4455e58abe0291908a8
 * rollup-virtual-imports.js @ 042f8669097634bfcd42356cc08bbee0dfd86ad2
 * (a theme declares no `staticModules`, so every module is imported eagerly)
 */
export function virtualModules({
  basePath,
  themeId,
  modules,
}: {
  basePath: string;
  themeId: number;
  modules: readonly string[];
}): Plugin {
  const sources: Record<string, () => string> = {
    'virtual:entrypoint:main': () => {
      const names = modules.map((file, index) => {
        if (!/\.(js|gjs)$/.test(file) || /(^|\/)connectors\//.test(file)) {
          throw new Error(
            `${file}: this check mirrors Discourse's compiler for .js and .gjs modules outside connectors/ only`,
          );
        }
        return { file, name: compatName(file), binding: `Mod${index + 1}` };
      });
      return [
        ...names.map(
          ({ name, binding }) => `import * as ${binding} from "./${name}";`,
        ),
        'const compatModules = {',
        ...names.map(({ name, binding }) => `  "${name}": ${binding},`),
        '};',
        'export { compatModules };',
        'export default compatModules;',
        '',
      ].join('\n');
    },
    'virtual:theme': () =>
      [
        'import { getObjectForTheme } from "discourse/lib/theme-settings-store";',
        `export const settings = getObjectForTheme(${themeId});`,
        'export function themePrefix(key) {',
        `  return \`theme_translations.${themeId}.\${key}\`;`,
        '}',
        '',
      ].join('\n'),
  };
  return {
    name: 'virtual-modules',
    resolveId(source) {
      return source in sources ? `${basePath}${source}` : null;
    },
    load(id) {
      const source = id.startsWith(basePath)
        ? sources[id.slice(basePath.length)]
        : undefined;
      return source ? source() : null;
    },
  };
}

/**
 * `<template>` blocks become `template()` calls before Babel sees the file.
 * rollup-plugins/discourse-gjs.js @ 4acaaa1a1407236ab43352e500e426376113ae0f
 */
export function gjs(): Plugin {
  const preprocessor = new Preprocessor();
  return {
    name: 'gjs',
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!/\.g[jt]s$/.test(id)) return null;
        return preprocessor.process(code, { filename: id });
      },
    },
  };
}

/**
 * The options Discourse gives terser (those of ember-cli-terser), a new
 * object each time: terser writes into the options it is given.
 */
export function terserOptions() {
  return {
    compress: { negate_iife: false, sequences: 30, drop_debugger: false },
    output: { semicolons: false },
    module: true,
  };
}

/**
 * Minifies each chunk with the options Discourse gives terser (those of
 * ember-cli-terser).
 * rollup-plugins/discourse-terser.js @ 5a678dd0922fe618356a52d69dd1ff5e0e0bb30d
 */
export function discourseTerser({ enabled }: { enabled: boolean }): Plugin {
  return {
    name: 'terser',
    async renderChunk(code, _chunk, outputOptions) {
      if (!enabled) return null;
      const result = await minify(code, {
        ...terserOptions(),
        sourceMap:
          outputOptions.sourcemap === true ||
          typeof outputOptions.sourcemap === 'string',
      });
      return { code: result.code ?? '', map: result.map as string };
    },
  };
}
