/**
 * The theme's data files, generated from the addon's tables: settings.yml
 * from the core's schema and the theme's own settings (theme-settings.ts),
 * locales/*.yml from the banner's translation tables, the setting texts,
 * the core's sentences and the theme's own strings, the glue's
 * placeholders module from the banner's strings, common/common.scss from
 * the addon's stylesheet and the theme's own.
 */
import { readFileSync } from 'node:fs';
import {
  discourseType,
  type DiscourseSettingType,
} from '../../addon/src/core/discourse-types.ts';
import type { ShippedLocale } from '../../addon/src/core/locale.ts';
import type { Messages } from '../../addon/src/core/messages.ts';
import { SETTINGS, type Schema } from '../../addon/src/core/schema.ts';
import { fillLimits } from '../../addon/src/core/setting-texts/index.ts';
import { SETTING_TEXTS, TRANSLATIONS } from '../../addon/src/core/shipped.ts';
import { problemTexts } from './problem-texts.ts';
import {
  REFRESH_SETTINGS,
  SETTINGS_ORDER,
  THEME_SETTINGS,
  THEME_SETTING_TEXTS,
  type ThemeSettingTexts,
} from './theme-settings.ts';
import { THEME_TEXTS } from './theme-texts.ts';
import { toYaml, type YamlValue } from './yaml.ts';

/** What a build reads the settings from: the core's (a test passes a wider copy). */
export interface SettingSources {
  /** The core's schema (default: SETTINGS). */
  readonly schema?: Schema;
  /** The core's setting texts by locale (default: SETTING_TEXTS). */
  readonly texts?: Readonly<
    Record<ShippedLocale, Readonly<Record<string, { help: string }>>>
  >;
}

/** The core's settings, then the theme's own, in one table. */
function allSettings(schema: Schema): Schema {
  return { ...schema, ...THEME_SETTINGS };
}

/** Every setting once: SETTINGS_ORDER, then any setting it does not list, in schema order. */
export function orderedKeys(schema: Schema = SETTINGS): string[] {
  const all = Object.keys(allSettings(schema));
  const unknown = SETTINGS_ORDER.filter((key) => !all.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `SETTINGS_ORDER in discourse/src/theme-settings.ts names settings that do not exist: ${unknown.join(', ')}`,
    );
  }
  return [...new Set([...SETTINGS_ORDER, ...all])];
}

/** A setting as settings.yml declares it: its Discourse type and limits, its default. */
function yamlSetting(
  type: DiscourseSettingType,
  value: unknown,
): Record<string, YamlValue> {
  const { type: kind, choices, ...limits } = type;
  return {
    type: kind,
    default: value as YamlValue,
    ...limits,
    ...(choices ? { choices: [...choices] } : {}),
  };
}

/** settings.yml: each setting with its type and limits, `refresh: true` where open pages must follow. */
export function settingsYaml({
  schema = SETTINGS,
}: SettingSources = {}): string {
  const all = allSettings(schema);
  const settings: Record<string, YamlValue> = {};
  for (const key of orderedKeys(schema)) {
    const setting = yamlSetting(discourseType(key, all), all[key]!.default);
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

/** A setting's description: the core's help (limits filled in) and what the theme adds, or the theme's own. */
function description(
  key: string,
  schema: Schema,
  coreTexts: Readonly<Record<string, { help: string }>>,
  theme: ThemeSettingTexts,
): string {
  const own = (theme.settings as Record<string, string>)[key];
  const core = coreTexts[key]?.help;
  const text = own ?? core;
  if (!text) {
    throw new Error(
      `no description for ${key}: give it texts in the core (setting-texts/) or in discourse/src/theme-settings.ts`,
    );
  }
  const added = (theme.onDiscourse as Record<string, string>)[key];
  return fillLimits(
    added ? `${text} ${added}` : text,
    key,
    allSettings(schema),
  );
}

/**
 * The staff notice's strings: the theme's own, over the core's sentences
 * for each setting. A theme sentence for a core setting replaces one of
 * the core's (never stands alone, where it would go stale unseen).
 */
function staffTexts(
  locale: ShippedLocale,
  schema: Schema,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, problems] of Object.entries(problemTexts(locale, schema))) {
    for (const [problem, text] of Object.entries(problems)) {
      texts[`problems.${key}.${problem}`] = text;
    }
  }
  for (const [key, text] of Object.entries(THEME_TEXTS[locale])) {
    const setting = /^problems\.(\w+)\./.exec(key)?.[1];
    if (setting && setting in schema && !(key in texts)) {
      throw new Error(
        `discourse/src/theme-texts.ts: ${key} replaces no sentence of the core's (problem-texts.ts)`,
      );
    }
    texts[key] = text;
  }
  return texts;
}

/** The locale file for `en` or `zh_CN`. */
export function localeYaml(
  locale: ShippedLocale,
  { schema = SETTINGS, texts = SETTING_TEXTS }: SettingSources = {},
): string {
  const theme = THEME_SETTING_TEXTS[locale];
  const settings: Record<string, string> = {};
  for (const key of orderedKeys(schema)) {
    settings[key] = description(key, schema, texts[locale], theme);
  }
  return toYaml({
    [locale]: {
      theme_metadata: { description: theme.description, settings },
      maintenance_banner: nest(TRANSLATIONS[locale]),
      maintenance_banner_theme: {
        // The file's language: Discourse's i18n falls back string by string,
        // and this one with them, so the banner knows which language its
        // words came in (messages.js, wordsLocale).
        language: locale,
        ...nest(staffTexts(locale, schema)),
      },
    },
  });
}

/** Every placeholder the banner's strings use, in any shipped language. */
export function placeholders(
  tables: readonly Messages[] = Object.values(TRANSLATIONS),
): string[] {
  const names = new Set<string>();
  for (const table of tables) {
    for (const text of Object.values(table)) {
      for (const [, name] of text.matchAll(/\{([A-Za-z]+)\}/g)) {
        names.add(name as string);
      }
    }
  }
  return [...names].sort();
}

/**
 * The glue's placeholders module: the names the banner's strings use, for
 * messages.js to hand each one back to Discourse's i18n as `{name}`.
 */
export function placeholdersModule(): string {
  return `// Generated by discourse/build.ts from the banner's strings (every shipped
// language): the placeholders they use. Discourse's i18n fills only the
// placeholders it is given a value for, and writes "[missing %{name} value]"
// for the others, so messages.js gives it every one of these.
export const PLACEHOLDERS = ${JSON.stringify(placeholders())};
`;
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

/** The stylesheet's short name for each knob's colour (`--_light-bg`, `--_d-bg`). */
const SHORT: Readonly<Record<Knob, string>> = {
  background: 'bg',
  color: 'fg',
  accent: 'accent',
  'link-color': 'link',
};

/** A rule's light defaults (`--_light-bg: #…`) behind the Discourse colours of its scope. */
function withDiscourseFallbacks(body: string, scope: string): string {
  const colours = DISCOURSE_COLOURS[scope];
  if (!colours)
    throw new Error(`common.scss: no Discourse colours for ${scope}`);
  let out = body;
  for (const [knob, variable] of Object.entries(colours)) {
    const name = `--_light-${SHORT[knob as Knob]}`;
    const pattern = new RegExp(`(${name}:\\s*)(#[0-9a-fA-F]{3,8});`);
    if (!pattern.test(out)) {
      throw new Error(
        `common.scss: no "${name}" light default in the ${scope} rule of styles.css`,
      );
    }
    out = out.replace(pattern, `$1var(${variable}, $2);`);
  }
  return out;
}

/**
 * The base rule's fallback chains without their dark-default step
 * (`var(--_d-bg, var(--_light-bg))` → `var(--_light-bg)`): nothing sets
 * `--_d-*` once the dark defaults are left out.
 */
function withoutDarkHooks(body: string): string {
  let out = body;
  for (const short of Object.values(SHORT)) {
    const hook = new RegExp(
      `var\\(\\s*--_d-${short},\\s*(var\\(\\s*--_light-${short}\\s*\\))\\s*\\)`,
    );
    if (!hook.test(out)) {
      throw new Error(
        `common.scss: no "--_d-${short}" step in the base rule of styles.css`,
      );
    }
    out = out.replace(hook, '$1');
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
      `${selector}${withoutDarkHooks(withDiscourseFallbacks(body, 'base'))}}`,
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
