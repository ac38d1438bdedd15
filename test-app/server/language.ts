/**
 * The demo's language for a request, chosen the way Discourse chooses an
 * anonymous visitor's (`Discourse.anonymous_locale`): the `locale` cookie
 * that the header's language switch sets, else the browser's
 * `Accept-Language`, else English. A header is matched as Discourse's
 * `HttpLanguageParser` matches it (http_accept_language's
 * `language_region_compatible_from`): by primary language, the exact region
 * when there is one, else the first locale of that language.
 *
 * Plain TypeScript with no Node and no Ember import: the server picks the
 * page's `lang` and `dir` with it, and the forum's app reads the same list
 * and cookie name for its switch.
 */

/** The demo's languages, by Discourse-style locale name, in the switch's order. */
export const DEMO_LOCALES = ['en', 'zh_CN', 'ar'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

/** Without a cookie or a usable header. */
export const DEFAULT_LOCALE: DemoLocale = 'en';

/** Discourse's own cookie name for an anonymous visitor's choice. */
export const LOCALE_COOKIE = 'locale';

/** Discourse's right-to-left locales (`Rtl#rtl_locales`), of those the demo has. */
const RIGHT_TO_LEFT: ReadonlySet<DemoLocale> = new Set(['ar']);

export interface PageLanguage {
  locale: DemoLocale;
  /** The BCP 47 tag for `<html lang>`: Discourse's `html_lang`, `zh_CN` → `zh-CN`. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function pageLanguage(locale: DemoLocale): PageLanguage {
  return {
    locale,
    lang: locale.replace('_', '-'),
    dir: RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr',
  };
}

/** One language range of the header: letters, digits and "-" (no `*`). */
const RANGE = /^[a-z0-9]+(-[a-z0-9]+)*$/i;
/** RFC 9110's qvalue. */
const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/**
 * The header's language ranges, most wanted first (ties keep the header's
 * order). Unlike the Ruby gem, a malformed entry is skipped instead of
 * voiding the whole header, and `q=0` means "not acceptable" (RFC 9110,
 * 12.4.2), not "least wanted".
 */
export function preferredLanguages(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: { range: string; quality: number }[] = [];
  for (const entry of header.replace(/\s+/g, '').split(',')) {
    const [range = '', ...params] = entry.split(';');
    if (!RANGE.test(range)) continue;
    let quality = 1;
    for (const param of params) {
      const [name, value = ''] = param.split('=');
      if (name?.toLowerCase() !== 'q') continue;
      quality = QVALUE.test(value) ? Number(value) : Number.NaN;
    }
    if (quality > 0) ranges.push({ range, quality });
  }
  return ranges.sort((a, b) => b.quality - a.quality).map(({ range }) => range);
}

const hyphenated = (locale: DemoLocale) => locale.replace('_', '-');
const primary = (tag: string) => tag.split('-', 1)[0]!.toLowerCase();

/**
 * The first wanted range that shares its primary language with a demo
 * locale: that locale where the whole tag matches (`zh-CN`), else the first
 * of its language (`zh-TW` and `zh-Hans` get `zh_CN` too, as they would on
 * a Discourse without `zh_TW`). `null` when none does.
 */
export function matchLocale(wanted: readonly string[]): DemoLocale | null {
  for (const range of wanted) {
    const group = DEMO_LOCALES.filter(
      (locale) => primary(hyphenated(locale)) === primary(range),
    );
    const exact = group.find(
      (locale) => hyphenated(locale).toLowerCase() === range.toLowerCase(),
    );
    const found = exact ?? group[0];
    if (found) return found;
  }
  return null;
}

/** The cookie's value when it names a demo locale (`zh_CN`, or `zh-CN`); else `null`. */
export function localeFromCookie(value: string | null): DemoLocale | null {
  if (!value) return null;
  const wanted = value.replace('-', '_').toLowerCase();
  return DEMO_LOCALES.find((locale) => locale.toLowerCase() === wanted) ?? null;
}

/** The switch's choice first, then the browser's languages, then English. */
export function chooseLocale(request: {
  cookie: string | null;
  acceptLanguage: string | undefined;
}): DemoLocale {
  return (
    localeFromCookie(request.cookie) ??
    matchLocale(preferredLanguages(request.acceptLanguage)) ??
    DEFAULT_LOCALE
  );
}

/** The cookie the switch sets: a year, every path, sent on top-level navigations. */
export function localeCookie(locale: DemoLocale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
