/**
 * Stand-in for `discourse-i18n`, for the theme component's tests only. It
 * looks keys up and fills placeholders the way Discourse's I18n does
 * (`%{name}` and `{{name}}`; a missing key reads "[locale.scope]"; the
 * same fallbacks), over translations the tests load from the theme's
 * generated locale files.
 */
import { parse } from 'yaml';

type Tree = { [key: string]: unknown };

const PLACEHOLDER = /(?:\{\{|%\{)(.*?)(?:\}\}?)/gm;
const THEME_ID = 7;

class I18nStub {
  locale = 'en';
  /** The site's default language, where the visitor's is another (Discourse sets it then). */
  fallbackLocale: string | null = null;
  translations: Record<string, Tree> = {};

  currentLocale(): string {
    return this.locale;
  }

  lookup(scope: string, locale: string): unknown {
    let node: unknown = this.translations[locale];
    for (const part of scope.split('.')) {
      node =
        node && typeof node === 'object' ? (node as Tree)[part] : undefined;
    }
    return node;
  }

  t = (scope: string, params: Record<string, string> = {}): string => {
    // discourse-i18n's order: the visitor's language, the site's, English.
    const found = [this.locale, this.fallbackLocale, 'en']
      .map((locale) => (locale ? this.lookup(scope, locale) : undefined))
      .find((text) => text !== undefined);
    if (typeof found !== 'string') return `[${this.locale}.${scope}]`;
    return found.replace(PLACEHOLDER, (whole, name: string) =>
      typeof params[name] === 'string'
        ? params[name]
        : `[missing ${whole} value]`,
    );
  };
}

const I18n = new I18nStub();
export default I18n;
export const i18n = I18n.t;

/** `theme_translations.<id>.<key>`, as Discourse's `themePrefix` builds it. */
export function themePrefix(key: string): string {
  return `theme_translations.${THEME_ID}.${key}`;
}

/** Loads a theme locale file (`en:` / `zh_CN:` at the top) as Discourse serves it. */
export function loadThemeLocale(yaml: string): void {
  const document = parse(yaml) as Record<string, Tree>;
  for (const [locale, strings] of Object.entries(document)) {
    I18n.translations[locale] = {
      theme_translations: { [THEME_ID]: strings },
    };
  }
}

/** Changes one string, as an admin does in the component's Theme translations. */
export function overrideText(locale: string, key: string, text: string): void {
  const path = ['theme_translations', String(THEME_ID), ...key.split('.')];
  const leaf = path.pop() as string;
  let node = (I18n.translations[locale] ??= {});
  for (const part of path) node = (node[part] ??= {}) as Tree;
  node[leaf] = text;
}
