/**
 * The generated theme component, file by file: what a Discourse site reads
 * from it, checked without a Discourse.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { PHASES, SETTINGS } from '../../addon/src/core/index.ts';
import { TRANSLATIONS } from '../../addon/src/core/shipped.ts';
import { themeFiles } from '../../discourse/build.ts';
import { isProvided } from '../../discourse/host/modules.ts';
import { moduleImports } from '../../discourse/src/module-imports.ts';
import {
  problemKey,
  reachableProblems,
} from '../../discourse/src/problem-texts.ts';
import {
  SETTINGS_ORDER,
  THEME_SETTINGS,
} from '../../discourse/src/theme-settings.ts';

type Tree = { [key: string]: unknown };

let files: Map<string, string>;

before(async () => {
  files = await themeFiles();
});

function file(path: string): string {
  const text = files.get(path);
  assert.ok(text !== undefined, `the theme has ${path}`);
  return text;
}

function yamlFile(path: string): Tree {
  const document: unknown = parse(file(path));
  assert.ok(document && typeof document === 'object', `${path} is a YAML map`);
  return document as Tree;
}

function lookup(tree: Tree, path: readonly string[]): unknown {
  let node: unknown = tree;
  for (const part of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

const javascript = () =>
  [...files.keys()].filter((path) => path.startsWith('javascripts/'));

describe('about.json', () => {
  test('declares a component with the fields Discourse reads', () => {
    const about = JSON.parse(file('about.json')) as Tree;
    assert.equal(about['component'], true);
    assert.equal(typeof about['name'], 'string');
    assert.ok((about['name'] as string).length > 0);
    assert.equal(typeof about['authors'], 'string');
    for (const key of ['about_url', 'license_url']) {
      assert.ok(key in about, `about.json has ${key}`);
    }
    assert.match(String(about['minimum_discourse_version']), /^\d+\.\d+\.\d+/);
  });
});

describe('settings.yml', () => {
  test('holds every setting of the core with its type, default and limits', () => {
    const settings = yamlFile('settings.yml');
    for (const [key, spec] of Object.entries(SETTINGS)) {
      const setting = settings[key] as Tree | undefined;
      assert.ok(setting, `settings.yml has ${key}`);
      assert.deepEqual(setting['default'], spec.default, `${key} default`);
      switch (spec.type) {
        case 'bool':
          assert.equal(setting['type'], 'bool');
          break;
        case 'integer':
          assert.equal(setting['type'], 'integer');
          assert.equal(setting['min'], spec.min, `${key} min`);
          assert.equal(setting['max'], spec.max, `${key} max`);
          break;
        case 'enum':
          assert.equal(setting['type'], 'enum');
          assert.deepEqual(setting['choices'], [...spec.choices]);
          break;
        case 'text':
          assert.equal(setting['type'], 'string');
          assert.equal(setting['max'], spec.maxLength, `${key} max length`);
          assert.equal(setting['textarea'] === true, spec.multiline);
          break;
        case 'url':
          assert.equal(setting['type'], 'string');
          assert.equal(setting['max'], spec.maxLength, `${key} max length`);
          break;
        default:
          assert.equal(setting['type'], 'string', `${key} is a string`);
      }
    }
  });

  test('offers the outlet as an enum, the full-width one by default', () => {
    const outlet = yamlFile('settings.yml')[
      'maintenance_banner_outlet'
    ] as Tree;
    assert.equal(outlet['type'], 'enum');
    assert.equal(outlet['default'], 'below-site-header');
    assert.deepEqual(outlet['choices'], [
      'below-site-header',
      'above-main-container',
    ]);
  });

  test('places every setting on the settings page, in the page’s order', () => {
    const keys = Object.keys(yamlFile('settings.yml'));
    assert.deepEqual(keys, [...SETTINGS_ORDER]);
    assert.deepEqual(
      [...keys].sort(),
      [...Object.keys(SETTINGS), ...Object.keys(THEME_SETTINGS)].sort(),
      'SETTINGS_ORDER lists each setting of the core and the theme',
    );
  });

  test('uses only setting types Discourse knows', () => {
    const types = new Set([
      'integer',
      'float',
      'string',
      'bool',
      'list',
      'enum',
      'objects',
      'upload',
    ]);
    for (const [key, setting] of Object.entries(yamlFile('settings.yml'))) {
      assert.ok(
        types.has((setting as Tree)['type'] as string),
        `${key} has a Discourse type`,
      );
    }
  });
});

describe('locales', () => {
  for (const locale of ['en', 'zh_CN'] as const) {
    test(`${locale}.yml describes the theme and every setting`, () => {
      const document = yamlFile(`locales/${locale}.yml`);
      assert.deepEqual(Object.keys(document), [locale]);
      const metadata = lookup(document, [locale, 'theme_metadata']) as Tree;
      assert.ok(String(metadata['description']).length > 40);
      const described = metadata['settings'] as Record<string, unknown>;
      const keys = [...Object.keys(SETTINGS), ...Object.keys(THEME_SETTINGS)];
      assert.deepEqual(Object.keys(described).sort(), keys.sort());
      for (const key of keys) {
        const text = described[key];
        assert.equal(typeof text, 'string', `${locale}: ${key} is described`);
        assert.ok(
          (text as string).length > 20,
          `${locale}: ${key} says something`,
        );
        assert.doesNotMatch(
          text as string,
          /\{(min|max|default)\}/,
          `${locale}: ${key} has its limits filled in`,
        );
      }
    });

    test(`${locale}.yml holds every string of the banner, in Discourse's %{name} form`, () => {
      const document = yamlFile(`locales/${locale}.yml`);
      for (const [key, text] of Object.entries(TRANSLATIONS[locale])) {
        const value = lookup(document, [
          locale,
          'maintenance_banner',
          ...key.split('.'),
        ]);
        assert.equal(
          value,
          text.replace(/\{([A-Za-z]+)\}/g, '%{$1}'),
          `${locale}: ${key}`,
        );
      }
    });
  }

  test('both hold the core’s sentence for every problem each core setting can have', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const document = yamlFile(`locales/${locale}.yml`);
      for (const key of Object.keys(SETTINGS)) {
        const problems = reachableProblems(key);
        assert.ok(problems.length > 0, `${key} can be wrong`);
        for (const problem of problems) {
          const text = lookup(document, [
            locale,
            'maintenance_banner_theme',
            'problems',
            key,
            problemKey(problem),
          ]);
          assert.equal(
            typeof text,
            'string',
            `${locale}: ${key} ${problemKey(problem)}`,
          );
          assert.doesNotMatch(
            text as string,
            /undefined|\{(min|max|maxLength|unit)\}/,
            `${locale}: ${key} ${problemKey(problem)} has its limits filled in`,
          );
        }
      }
    }
    const en = yamlFile('locales/en.yml');
    assert.equal(
      lookup(en, [
        'en',
        'maintenance_banner_theme',
        'problems',
        'maintenance_banner_duration_minutes',
        'out_of_range',
      ]),
      'Use a whole number from 0 to 10080 (minutes); %{value} is out of range.',
    );
  });

  test('both name each phase of the staff preview', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const document = yamlFile(`locales/${locale}.yml`);
      for (const phase of PHASES) {
        assert.equal(
          typeof lookup(document, [
            locale,
            'maintenance_banner_theme',
            'preview',
            phase,
          ]),
          'string',
          `${locale}: preview.${phase}`,
        );
      }
    }
  });

  test('the Chinese strings are not the English ones', () => {
    const zh = yamlFile('locales/zh_CN.yml');
    const value = lookup(zh, [
      'zh_CN',
      'maintenance_banner',
      'headline',
      'in-progress',
    ]);
    assert.equal(value, '正在维护');
  });
});

describe('javascripts/', () => {
  test('holds only .js and .gjs modules, no tests, maps or type files', () => {
    assert.ok(javascript().length > 5);
    for (const path of javascript()) {
      assert.match(path, /\.g?js$/, path);
      assert.doesNotMatch(path, /test|\.map$|\.d\.ts$/, path);
    }
  });

  test('has an api-initializer and the clock where the resolver finds it', () => {
    file('javascripts/discourse/api-initializers/maintenance-banner.gjs');
    file('javascripts/discourse/services/maintenance-banner-clock.js');
    file('javascripts/discourse/components/maintenance-banner.gjs');
  });

  test('leaves the admin form and the test support out', () => {
    for (const path of javascript()) {
      assert.doesNotMatch(
        path,
        /settings-form|admin|test-support|manual-clock/,
        path,
      );
    }
  });

  test('imports bare only what Discourse provides, never npm packages', () => {
    let bare = 0;
    for (const path of javascript()) {
      for (const { source, names } of moduleImports(file(path), path)) {
        if (source.startsWith('.')) continue;
        bare++;
        assert.ok(
          isProvided(source),
          `${path}: "${source}" is provided by Discourse`,
        );
        assert.ok(
          !names.includes('*'),
          `${path}: no namespace import of "${source}"`,
        );
      }
    }
    assert.ok(bare > 5);
  });

  test('every relative import resolves the way Discourse resolves it', () => {
    for (const path of javascript()) {
      for (const { source } of moduleImports(file(path), path)) {
        if (!source.startsWith('.')) continue;
        assert.doesNotMatch(
          source,
          /\.\w+$/,
          `${path}: "${source}" has no extension`,
        );
        const base = new URL(source, `file:///${path}`).pathname.slice(1);
        const found = [
          '',
          '.js',
          '.gjs',
          '.hbs',
          '/index.js',
          '/index.gjs',
        ].some((extension) => files.has(`${base}${extension}`));
        assert.ok(found, `${path}: "${source}" resolves`);
      }
    }
  });

  test('keeps no TypeScript: no type imports, annotations or .ts paths', () => {
    for (const path of javascript()) {
      const code = file(path);
      assert.doesNotMatch(
        code,
        /@glint\/|import type|from ".*\.g?ts"|\binterface\s+\w+\s*\{/,
        path,
      );
    }
  });

  test('every string the glue reads exists in both locale files', () => {
    const documents = {
      en: yamlFile('locales/en.yml'),
      zh_CN: yamlFile('locales/zh_CN.yml'),
    };
    let calls = 0;
    for (const path of javascript()) {
      for (const match of file(path).matchAll(/themePrefix\(\s*([^)]*)\)/g)) {
        calls++;
        const argument = (match[1] ?? '').trim();
        // A key built at run time: its fixed part must name a group of
        // strings (the tests above and the browser tests check the keys).
        const literal =
          /^["'](.*)["']$/.exec(argument)?.[1] ??
          /^`([\w.-]+)\.\$\{[^`]*`$/.exec(argument)?.[1] ??
          assert.fail(`${path}: themePrefix(${argument}) names no key`);
        for (const [locale, document] of Object.entries(documents)) {
          const found = lookup(document, [locale, ...literal.split('.')]);
          assert.ok(
            typeof found === 'string' ||
              (found !== null &&
                typeof found === 'object' &&
                Object.keys(found).length > 0),
            `${locale} has ${literal}`,
          );
        }
      }
    }
    assert.ok(calls > 0, 'the glue reads its strings with themePrefix');
  });

  test('the theme ships no table of strings or sentences', () => {
    for (const path of javascript()) {
      const code = file(path);
      for (const text of [
        TRANSLATIONS.en['headline.in-progress'],
        TRANSLATIONS.zh_CN['headline.in-progress'],
        'Use a whole number',
        'HTML is not allowed here',
      ]) {
        assert.ok(!code.includes(text), `${path} has no "${text}"`);
      }
    }
  });
});

describe('common/common.scss', () => {
  test('keeps every knob of the addon and falls back on the Discourse scheme', () => {
    const scss = file('common/common.scss');
    for (const knob of [
      'background',
      'color',
      'accent',
      'link-color',
      'icon',
      'padding',
      'radius',
    ]) {
      assert.match(scss, new RegExp(`--maintenance-banner-${knob}\\b`), knob);
    }
    for (const variable of [
      '--primary',
      '--secondary',
      '--tertiary',
      '--danger',
      '--success',
    ]) {
      assert.match(scss, new RegExp(`var\\(${variable}\\b`), variable);
    }
    // The text colour, as for every colour: the phase's knob, the base
    // knob, then the phase's Discourse colour (no dark default here).
    assert.match(
      scss,
      /--_fg: var\(--_p-fg, var\(--maintenance-banner-color, var\(--_light-fg\)\)\)/,
    );
    const inProgress =
      /\[data-maintenance-phase="in-progress"\] \{([^}]*)\}/.exec(scss)?.[1] ??
      '';
    assert.match(
      inProgress,
      /--_p-fg: var\(--maintenance-banner-in-progress-color\);/,
    );
    assert.match(inProgress, /--_light-fg: var\(--secondary, #fff\);/);
    assert.doesNotMatch(scss, /--_d-|--_dark-/, 'no dark defaults');
    assert.doesNotMatch(
      scss,
      /@layer/,
      'not in a layer: Discourse rules are unlayered',
    );
  });
});
