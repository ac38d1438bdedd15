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

/** The languages the addon ships, by Discourse-style name. */
export const SHIPPED_LOCALES = ['en', 'zh_CN'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

/** `zh_CN` for Simplified Chinese, `en` for everything else. */
export function shippedLocale(locale?: string): ShippedLocale {
  return languageOf(locale) === 'zh-Hans' ? 'zh_CN' : 'en';
}
