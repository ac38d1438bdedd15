/**
 * Locale tags, compared the way the shipped tables need: by language and
 * script, so `zh`, `zh-CN`, `zh_CN` and `zh-Hans-SG` are one language and
 * `zh-TW` another.
 */
import { intl } from './intl-cache.ts';

/** `zh-Hans` for any Simplified Chinese tag, `en-Latn` for English…; `null` for what is not a tag. */
export function languageOf(locale: string | undefined): string | null {
  if (!locale) return null;
  return intl(`language ${locale}`, () => {
    try {
      const { language, script } = new Intl.Locale(
        locale.replace(/_/g, '-'),
      ).maximize();
      return `${language}-${script ?? ''}`;
    } catch {
      return null; // not a locale tag
    }
  });
}

// Scripts written right to left, as Intl.Locale's maximize() names them.
const RIGHT_TO_LEFT = /-(?:Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Samr)$/;

/** The direction `tag`'s language is written in (by its script), for a `dir` beside its `lang`. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.test(languageOf(tag) ?? '') ? 'rtl' : 'ltr';
}

/** `locale`, or the runtime's own when there is none. */
export function localeOrRuntime(locale: string | undefined): string {
  return (
    locale ??
    intl('runtime locale', () => new Intl.DateTimeFormat().resolvedOptions())
      .locale
  );
}

/** Do the host's `overrides` give every key of `table`: a whole language of their own? */
function coversAll(
  table: object,
  overrides: object | null | undefined,
): boolean {
  return (
    overrides != null &&
    Object.keys(table).every((key) => Object.hasOwn(overrides, key))
  );
}

/**
 * English in the region of `asked` (`en-SA` for `ar-SA`, `en` without a
 * region), for English words on a page in another language; `null` when
 * `asked` is English already.
 */
export function englishIn(asked: string): string | null {
  if (languageOf(asked) === languageOf('en')) return null;
  let country: string | undefined;
  try {
    country = new Intl.Locale(asked.replace(/_/g, '-')).region;
  } catch {
    // not a tag: plain English
  }
  return country ? `en-${country}` : 'en';
}

/**
 * The locale for words that fell back to English on a page in another
 * language: English in that page's region, so dates and numbers match the
 * words; never "Starts in ساعتان". `table` is the one found for `asked`
 * and `english` the built-in one; `null` when the words are the page's
 * own (a table registered for its language, or the host's `overrides`
 * giving every key) or the page is English.
 */
export function englishFallback<T extends object>(
  asked: string,
  table: T,
  english: T,
  overrides: object | null | undefined,
): string | null {
  return table !== english || coversAll(english, overrides)
    ? null
    : englishIn(asked);
}

/** The languages the addon ships, by Discourse-style name. */
export const SHIPPED_LOCALES = ['en', 'zh_CN'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

/** `zh_CN` for Simplified Chinese, `en` for everything else. */
export function shippedLocale(locale?: string): ShippedLocale {
  return languageOf(locale) === 'zh-Hans' ? 'zh_CN' : 'en';
}

/** Tables by language: what a host registered, and a built-in one for the rest. */
export interface LanguageTables<T> {
  /**
   * Makes `table` the one for `locale`'s language and script (`zh-CN` serves
   * `zh`, `zh_CN` and `zh-Hans-SG` alike); a later one for the same language
   * wins. Returns what takes it back.
   */
  register(locale: string, table: T): () => void;
  /** The table registered for `locale`'s language; the built-in one otherwise. */
  for(locale: string | undefined): T;
}

/**
 * The way both the banner's strings and the admin form's texts reach a
 * page: English built in, and only the languages the host registers.
 */
export function languageTables<T>(fallback: T): LanguageTables<T> {
  const registered: [language: string, table: T][] = [];
  return {
    register(locale, table) {
      const language = languageOf(locale);
      if (language === null) throw new Error(`"${locale}" is not a locale tag`);
      const entry: [string, T] = [language, table];
      registered.unshift(entry);
      return () => {
        const at = registered.indexOf(entry);
        if (at !== -1) registered.splice(at, 1);
      };
    },
    for(locale) {
      const language = languageOf(locale);
      return registered.find(([name]) => name === language)?.[1] ?? fallback;
    },
  };
}
