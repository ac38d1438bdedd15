import Service from '@ember/service';
import {
  DEFAULT_LOCALE,
  DEMO_LOCALES,
  localeCookie,
  pageLanguage,
  type DemoLocale,
} from '../../server/language.ts';
import { DEMO_WORDS, type DemoWords } from '../data/demo-words.ts';

/** The demo locale whose tag the page's `lang` carries; English otherwise. */
export function localeOfPage(doc: Document | undefined): DemoLocale {
  const lang = doc?.documentElement.lang.toLowerCase() ?? '';
  return (
    DEMO_LOCALES.find(
      (locale) => pageLanguage(locale).lang.toLowerCase() === lang,
    ) ?? DEFAULT_LOCALE
  );
}

/**
 * The page's language, as the server chose it (`<html lang dir>`, from the
 * switch's cookie or the browser's Accept-Language), and the switch: a new
 * choice is a cookie and a reload, so the server paints the next page in
 * it from the first byte, and every part of the page (the banner, the admin
 * form, dates) reads it afresh.
 */
export default class DemoLanguageService extends Service {
  readonly locale: DemoLocale = localeOfPage(
    typeof document === 'undefined' ? undefined : document,
  );

  get words(): DemoWords {
    return DEMO_WORDS[this.locale];
  }

  /**
   * For the demo's English-only parts (the admin area's frame, the login):
   * `lang` and `dir` that say so on a page in another language, so an
   * Arabic page does not lay English sentences out right to left.
   */
  get englishOnly(): { lang?: string; dir?: string } {
    return this.locale === 'en' ? {} : { lang: 'en', dir: 'ltr' };
  }

  /** The BCP 47 tag of the page (`zh-CN`), for Intl. */
  get tag(): string {
    return pageLanguage(this.locale).lang;
  }

  choose(locale: DemoLocale): void {
    if (locale === this.locale) return;
    document.cookie = localeCookie(locale);
    this.reload();
  }

  /** A seam for tests. */
  protected reload(): void {
    window.location.reload();
  }
}

declare module '@ember/service' {
  interface Registry {
    'demo-language': DemoLanguageService;
  }
}
