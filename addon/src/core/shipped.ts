/**
 * Every shipped language's tables side by side, by Discourse-style locale
 * name, for builds that ship them all (the Discourse theme's locale files,
 * settings.yml) and for checks that compare them. Nothing a page loads
 * imports this module: pages register the languages they show
 * (`registerTranslation`, `registerSettingTexts`).
 */
import { zh_CN as bannerZh } from './locales/zh-CN.ts';
import type { ShippedLocale } from './locale.ts';
import { en as bannerEn, type Messages } from './messages.ts';
import { en as sentencesEn } from './sentences/en.ts';
import type { Sentences } from './sentences/types.ts';
import { zh_CN as sentencesZh } from './sentences/zh-CN.ts';
import { en as settingsEn } from './setting-texts/en.ts';
import type { SettingTexts } from './setting-texts/types.ts';
import { zh_CN as settingsZh } from './setting-texts/zh-CN.ts';

/** The banner's strings. */
export const TRANSLATIONS: Readonly<Record<ShippedLocale, Messages>> = {
  en: bannerEn,
  zh_CN: bannerZh,
};

/** Each setting's label, help and choices. */
export const SETTING_TEXTS: Readonly<Record<ShippedLocale, SettingTexts>> = {
  en: settingsEn,
  zh_CN: settingsZh,
};

/** What each problem tells an admin. */
export const SENTENCES: Readonly<Record<ShippedLocale, Sentences>> = {
  en: sentencesEn,
  zh_CN: sentencesZh,
};
