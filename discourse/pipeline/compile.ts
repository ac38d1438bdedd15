/**
 * Compiles a theme's `javascripts/` tree the way a Discourse site compiles
 * it, with the npm packages Discourse's theme compiler runs, at the
 * versions Discourse pins (package.json here; Discourse's pnpm-lock.yaml
 * @ 00109904e662f8a57884af2431212c5b57d493ab, importer frontend/asset-processor).
 *
 * Configured as frontend/asset-processor/theme-rollup.js
 * @ 11885dedbfa99b00a6edc971a7ae1487d6b232c1 configures them, for the tree
 * and options that lib/theme_javascript_compiler.rb passes (one entrypoint,
 * `main`, of every module; only the chunk named `main` is kept and served).
 * Discourse runs this in mini_racer from an esbuild bundle (browser build
 * of each package); here it runs in Node with the same packages.
 *
 * Left out, as they act only on what this check refuses (.hbs templates,
 * loose mode, `admin/` imports): discourse-colocation, discourse-hbs,
 * babel-transform-module-renames, and the ember-this-fallback,
 * theme-template-manipulator and action-syntax template transforms
 * (see template-get-url.ts).
 *
 * `npm run compile:discourse` (main.ts) writes what the browser check loads.
 */
// Ambient types for three untyped packages, for every tsconfig reaching this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./untyped.d.ts" />
import { transformAsync, type PluginItem } from '@babel/core';
import presetEnv from '@babel/preset-env';
import { rollup, type Plugin } from '@rollup/browser';
import { babel, getBabelOutputPlugin } from '@rollup/plugin-babel';
import templateCompilation from 'babel-plugin-ember-template-compilation/browser';
import decoratorTransforms from 'decorator-transforms';
import colocatedBabelPlugin from 'ember-cli-htmlbars/lib/colocated-babel-plugin.js';
import { precompile } from 'ember-source/ember-template-compiler/index.js';
import { moduleBroker, themeGlobals } from './babel-plugins.ts';
import { serveWasmFiles } from './node-wasm.ts';
import {
  discourseTerser,
  externals,
  fileSearch,
  gjs,
  virtualModules,
} from './rollup-plugins.ts';
import { autoGetUrl } from './template-get-url.ts';
import { virtualFs } from './virtual-fs.ts';

/**
 * Discourse's browser targets for Babel.
 * app/assets/javascripts/discourse/config/targets.js @ 4185122fb25f0de31a9966eb89ff25e786582cb4
 */
export const BROWSERS = [
  'last 1 Chrome versions',
  'last 1 Firefox versions',
  'last 1 Safari versions',
];

/** Discourse's Babel lowers decorators first and the syntax for its browsers last. */
const DECORATORS: PluginItem = [decoratorTransforms, { runEarly: true }];
const PRESET_ENV: PluginItem = [
  presetEnv,
  { modules: false, targets: { browsers: BROWSERS } },
];

/**
 * A plain module (no template, no theme globals) with its syntax lowered
 * as Discourse's Babel lowers it: for measuring a part of a module alone.
 */
export async function lowerPlainModule(code: string): Promise<string> {
  const result = await transformAsync(code, {
    configFile: false,
    babelrc: false,
    compact: false,
    plugins: [DECORATORS],
    presets: [PRESET_ENV],
  });
  return result?.code ?? '';
}

/** @rollup/plugin-babel's types name the `rollup` package; the plugin is the same for @rollup/browser. */
const forRollupBrowser = (plugin: object) => plugin as Plugin;

export interface CompileOptions {
  readonly themeId: number;
  /** Discourse minifies unless told not to (ThemeJavascriptCompiler `minify: true`). */
  readonly minify?: boolean;
}

export interface CompiledTheme {
  /** The `main` chunk: what Discourse serves as the theme's JavaScript. */
  readonly code: string;
  /** Every chunk Rollup made; Discourse serves only `main`. */
  readonly chunks: readonly string[];
  /** What Rollup logged (Discourse prints these and carries on). */
  readonly warnings: readonly string[];
  /** Each module's part of `main`, as Rollup rendered it (before minifying), by module id. */
  readonly modules: Readonly<Record<string, string>>;
}

/**
 * @param tree theme modules by path under `javascripts/`, as Discourse's
 *   theme fields hold them (`discourse/api-initializers/x.gjs`)
 */
export async function compileTheme(
  tree: Readonly<Record<string, string>>,
  { themeId, minify = true }: CompileOptions,
): Promise<CompiledTheme> {
  serveWasmFiles();
  const basePath = `theme-${themeId}/`;
  // Discourse's bundle carries no Babel config files; none are read here.
  const noConfigFiles = { configFile: false, babelrc: false } as const;
  const warnings: string[] = [];
  const bundle = await rollup({
    input: { main: 'virtual:entrypoint:main' },
    fs: virtualFs(tree, basePath),
    onLog(level, log) {
      if (log.code !== 'CIRCULAR_DEPENDENCY') {
        warnings.push(`${level}: ${log.message}`);
      }
    },
    plugins: [
      fileSearch(),
      virtualModules({ basePath, themeId, modules: Object.keys(tree) }),
      externals(),
      forRollupBrowser(
        getBabelOutputPlugin({
          ...noConfigFiles,
          plugins: [moduleBroker],
          compact: false,
        }),
      ),
      forRollupBrowser(
        babel({
          ...noConfigFiles,
          extensions: ['.js', '.gjs', '.hbs'],
          babelHelpers: 'bundled',
          compact: false,
          plugins: [
            DECORATORS,
            themeGlobals,
            colocatedBabelPlugin,
            [
              templateCompilation,
              {
                compiler: { precompile },
                enableLegacyModules: [
                  'ember-cli-htmlbars',
                  'ember-cli-htmlbars-inline-precompile',
                  'htmlbars-inline-precompile',
                ],
                transforms: [autoGetUrl],
              },
            ],
          ],
          presets: [PRESET_ENV],
        }),
      ),
      gjs(),
      discourseTerser({ enabled: minify }),
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    sourcemap: 'hidden',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk.[hash:6].js',
  });
  const chunks = output.filter((item) => item.type === 'chunk');
  const main = chunks.find((chunk) => chunk.name === 'main');
  if (!main) throw new Error('rollup made no chunk named main');
  return {
    code: main.code,
    chunks: chunks.map((chunk) => chunk.fileName),
    warnings,
    modules: Object.fromEntries(
      Object.entries(main.modules).map(([id, module]) => [
        id.startsWith(basePath) ? id.slice(basePath.length) : id,
        module.code ?? '',
      ]),
    ),
  };
}

/** The theme's `javascripts/` tree, as a Discourse site would hold it. */
export function javascriptsTree(
  files: ReadonlyMap<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    [...files]
      .filter(([path]) => path.startsWith('javascripts/'))
      .map(([path, text]) => [path.slice('javascripts/'.length), text]),
  );
}

/** The theme id the browser check's stand-ins for Discourse use. */
export const CHECK_THEME_ID = 7;

/**
 * A module importing what Discourse does not provide, added to the theme
 * for the browser check's negative case.
 */
export const UNLISTED_IMPORT = {
  path: 'discourse/lib/unlisted-import.js',
  module: '@glimmer/tracking/primitives/cache',
  code: 'import { createCache } from "@glimmer/tracking/primitives/cache";\nexport default createCache;\n',
};
