/**
 * The theme's data files, generated from the addon's tables: settings.yml
 * from SETTINGS and THEME_SETTINGS, locales/*.yml from the translation
 * tables, the theme's own strings and the setting descriptions,
 * common/common.scss from the addon's stylesheet and the theme's own.
 */
import { readFileSync } from 'node:fs';
import { SETTINGS, TRANSLATIONS } from '../../addon/src/core/index.ts';
import {
  DESCRIPTIONS,
  REFRESH_SETTINGS,
  SETTINGS_ORDER,
  THEME_SETTINGS,
  type AnySettingKey,
  type Texts,
} from './descriptions.ts';
import { THEME_TEXTS } from './theme-texts.ts';
import { toYaml, type YamlValue } from './yaml.ts';

type Setting = Record<string, YamlValue>;

/** Core types → Discourse theme setting types (no regex type: formats are checked at run time). */
function coreSetting(key: keyof typeof SETTINGS): Setting {
  const spec = SETTINGS[key];
  switch (spec.type) {
    case 'bool':
      return { type: 'bool', default: spec.default };
    case 'integer':
      return {
        type: 'integer',
        default: spec.default,
        min: spec.min,
        max: spec.max,
      };
    case 'text':
      return {
        type: 'string',
        default: spec.default,
        max: spec.maxLength,
        ...(spec.multiline ? { textarea: true } : {}),
      };
    case 'instant':
    case 'time_zone':
    case 'url':
      return { type: 'string', default: spec.default };
    case 'enum':
      return {
        type: 'enum',
        default: spec.default,
        choices: [...spec.choices],
      };
    default:
      throw new Error(
        `settings.yml: no Discourse type for ${key} (${(spec as { type: string }).type})`,
      );
  }
}

function themeSetting(key: keyof typeof THEME_SETTINGS): Setting {
  const spec = THEME_SETTINGS[key];
  return spec.type === 'enum'
    ? { type: 'enum', default: spec.default, choices: [...spec.choices] }
    : { type: 'string', default: spec.default, max: spec.max };
}

/** Every setting once, in SETTINGS_ORDER; the build stops on a key left out or unknown. */
function orderedKeys(): AnySettingKey[] {
  const known = [...Object.keys(SETTINGS), ...Object.keys(THEME_SETTINGS)];
  const order = [...new Set(SETTINGS_ORDER)];
  const missing = known.filter((key) => !order.includes(key as AnySettingKey));
  const unknown = order.filter((key) => !known.includes(key));
  if (
    missing.length > 0 ||
    unknown.length > 0 ||
    order.length !== SETTINGS_ORDER.length
  ) {
    throw new Error(
      `SETTINGS_ORDER in discourse/src/descriptions.ts: list every setting once (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`,
    );
  }
  return order;
}

/** settings.yml: each setting with its type and limits, `refresh: true` where open pages must follow. */
export function settingsYaml(): string {
  const settings: Record<string, Setting> = {};
  for (const key of orderedKeys()) {
    const setting =
      key in THEME_SETTINGS
        ? themeSetting(key as keyof typeof THEME_SETTINGS)
        : coreSetting(key as keyof typeof SETTINGS);
    settings[key] = REFRESH_SETTINGS.has(key)
      ? { ...setting, refresh: true }
      : setting;
  }
  return toYaml(settings);
}

/** `{name}` (the core's placeholders) → `%{name}` (Discourse's I18n). */
export function toDiscoursePlaceholders(text: string): string {
  if (text.includes('%{')) {
    throw new Error(`"${text}" already uses %{…}: the tables use {name}`);
  }
  return text.replace(/\{([A-Za-z]+)\}/g, '%{$1}');
}

/** "headline.in-progress" → { headline: { "in-progress": … } }. */
function nest(
  messages: Readonly<Record<string, string>>,
): Record<string, YamlValue> {
  const tree: Record<string, YamlValue> = {};
  for (const [key, text] of Object.entries(messages)) {
    const path = key.split('.');
    const leaf = path.pop() as string;
    let node = tree;
    for (const part of path) {
      const next = (node[part] ??= {});
      if (typeof next !== 'object' || Array.isArray(next)) {
        throw new Error(`locale: "${key}" nests under the string "${part}"`);
      }
      node = next as Record<string, YamlValue>;
    }
    if (leaf in node)
      throw new Error(`locale: "${key}" is both a string and a group`);
    node[leaf] = toDiscoursePlaceholders(text);
  }
  return tree;
}

function fill(text: string, key: string): string {
  const spec = ({ ...SETTINGS, ...THEME_SETTINGS } as Record<string, object>)[
    key
  ] as Record<string, string | number | boolean | undefined> | undefined;
  const values: Record<string, string | number | boolean | undefined> = {
    min: spec?.['min'],
    max: spec?.['max'] ?? spec?.['maxLength'],
    default: spec?.['default'],
  };
  return text.replace(/\{(min|max|default)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** The locale file for `en` or `zh_CN`. */
export function localeYaml(locale: keyof typeof DESCRIPTIONS): string {
  const texts: Texts = DESCRIPTIONS[locale];
  const settings: Record<string, string> = {};
  for (const key of orderedKeys()) {
    const text = texts.settings[key];
    if (!text)
      throw new Error(
        `locales/${locale}.yml: describe ${key} in discourse/src/descriptions.ts`,
      );
    settings[key] = fill(text, key);
  }
  return toYaml({
    [locale]: {
      theme_metadata: { description: texts.description, settings },
      maintenance_banner: nest(TRANSLATIONS[locale]),
      maintenance_banner_theme: nest(THEME_TEXTS[locale]),
    },
  });
}

type Knob = 'background' | 'color' | 'accent' | 'link-color';

/**
 * The Discourse colour behind each knob's last fallback. Text is always
 * the scheme's own pair (--primary on a light tint of --secondary, or
 * --secondary on --primary), which every Discourse scheme keeps readable;
 * the role colours (--tertiary, --danger, --success) go only where
 * contrast with text is not needed: the accent edge and the icon. Links
 * take the text colour and keep their underline.
 */
export const DISCOURSE_COLOURS: Readonly<
  Record<string, Readonly<Record<Knob, string>>>
> = {
  base: {
    background: '--tertiary-very-low',
    color: '--primary',
    accent: '--tertiary',
    'link-color': '--primary',
  },
  upcoming: {
    background: '--tertiary-very-low',
    color: '--primary',
    accent: '--tertiary',
    'link-color': '--primary',
  },
  imminent: {
    background: '--highlight-bg',
    color: '--primary',
    accent: '--danger',
    'link-color': '--primary',
  },
  'in-progress': {
    background: '--primary',
    color: '--secondary',
    accent: '--danger',
    'link-color': '--secondary',
  },
  overrun: {
    background: '--primary',
    color: '--secondary',
    accent: '--danger',
    'link-color': '--secondary',
  },
  completed: {
    background: '--success-low',
    color: '--primary',
    accent: '--success',
    'link-color': '--primary',
  },
  cancelled: {
    background: '--primary-very-low',
    color: '--primary',
    accent: '--primary-medium',
    'link-color': '--primary',
  },
};

function withDiscourseFallbacks(body: string, scope: string): string {
  const colours = DISCOURSE_COLOURS[scope];
  if (!colours)
    throw new Error(`common.scss: no Discourse colours for ${scope}`);
  let out = body;
  for (const [knob, variable] of Object.entries(colours)) {
    // The literal may sit behind the stylesheet's dark-default hook
    // (`var(--_d-bg, #…)`): the Discourse colour takes that place.
    const pattern = new RegExp(
      `var\\(\\s*--maintenance-banner-${knob},\\s*(?:var\\(\\s*--_d-[\\w-]+,\\s*(#[0-9a-fA-F]{3,8})\\s*\\)|(#[0-9a-fA-F]{3,8}))\\s*\\)`,
      'g',
    );
    let found = false;
    out = out.replace(pattern, (_whole, hooked?: string, plain?: string) => {
      const literal = hooked ?? plain;
      found = true;
      return `var(--maintenance-banner-${knob}, var(${variable}, ${literal}))`;
    });
    if (!found) {
      throw new Error(
        `common.scss: no "${knob}" fallback in the ${scope} rule of styles.css`,
      );
    }
  }
  return out;
}

/**
 * Leaves out the stylesheet's dark defaults (its section from "dark-defaults"
 * to "end of the dark defaults", and each phase's `--_dark-*` values): a
 * Discourse colour scheme brings its own light and dark colours.
 */
function withoutDarkDefaults(css: string): string {
  const start = css.indexOf('/* dark-defaults');
  const end = css.indexOf('/* end of the dark defaults */');
  if (start < 0 || end < start) {
    throw new Error('common.scss: no dark-defaults section in styles.css');
  }
  const lineStart = css.lastIndexOf('\n', start) + 1;
  return (
    css.slice(0, lineStart) + css.slice(css.indexOf('\n', end) + 1)
  ).replace(/^ *--_dark-[\w-]+: [^;]+;\n/gm, '');
}

/** Removes an outer `@layer name { … }` and its indentation. */
function unlayer(css: string): string {
  const open = /^@layer [\w-]+ \{\n/m.exec(css);
  if (!open) return css;
  const close = css.lastIndexOf('}');
  const inner = css.slice(open.index + open[0].length, close);
  return (
    css.slice(0, open.index) +
    inner.replace(/^ {2}/gm, '') +
    css.slice(close + 1)
  );
}

/** The theme's own parts (reload notice, staff notice, preview), hand-written. */
const THEME_ONLY_CSS = new URL(
  '../theme/common/theme-only.css',
  import.meta.url,
);

/** common/common.scss from the addon's styles.css, then the theme's own rules. */
export function commonScss(css: string): string {
  const headerEnd = css.startsWith('/*') ? css.indexOf('*/') + 2 : 0;
  const header = css.slice(0, headerEnd);
  const knobs = header
    .split('\n')
    .filter((line) => /^ \*\s+--maintenance-banner-/.test(line))
    .join('\n');
  let rules = unlayer(withoutDarkDefaults(css.slice(headerEnd)));
  let phases = 0;
  rules = rules.replace(
    /(\.maintenance-banner\[data-maintenance-phase='([a-z-]+)'\]\s*\{)([^}]*)\}/g,
    (_whole, selector: string, phase: string, body: string) => {
      phases++;
      return `${selector}${withDiscourseFallbacks(body, phase)}}`;
    },
  );
  if (phases !== Object.keys(DISCOURSE_COLOURS).length - 1) {
    throw new Error(
      `common.scss: expected a rule per phase in styles.css, found ${phases}`,
    );
  }
  rules = rules.replace(
    /(^\.maintenance-banner\s*\{)([^}]*)\}/m,
    (_whole, selector: string, body: string) =>
      `${selector}${withDiscourseFallbacks(body, 'base')}}`,
  );
  const themeOnly = readFileSync(THEME_ONLY_CSS, 'utf8');
  return discourseCssStyle(`/*
 * The maintenance banner's look, generated from ember-maintenance-banner's
 * styles.css. Unlike the addon's file the rules are not in a cascade layer:
 * Discourse's own rules are unlayered and would win over a layer.
 *
 * Restyle it with the same knobs, from another theme or this one's CSS:
${knobs}
 *
 * Each phase has its own knobs too (--maintenance-banner-{phase}-background,
 * -color, -accent, -link-color, -icon). Left unset, the colours come from
 * the site's Discourse colour scheme: text in --primary on a light tint of
 * --secondary (or --secondary on --primary while the forum is down), so the
 * scheme's own readable pair carries the text in light and dark schemes;
 * --tertiary, --danger and --success mark only the edge and the icon.
 */
${rules.trimStart()}
${themeOnly}`);
}

/**
 * Discourse's stylelint conventions, none of which changes a rule's meaning:
 * short hex colours, no blank line between declarations, a blank line
 * between a block comment and the rule it describes.
 */
function discourseCssStyle(css: string): string {
  return css
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
    .replace(/\n\n([ \t]+)(?=-?-?[a-z][-\w]*\s*:(?![^\n]*\{))/g, '\n$1')
    .replace(/^(.*\*\/)\n(?=[.#[a-z])/gm, (whole, line: string) =>
      line.includes('/*') ? whole : `${line}\n\n`,
    );
}
