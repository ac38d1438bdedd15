/** The shipped banner translations together, for builds that ship them all (the Discourse theme's locale files). */
import { zh_CN } from './locales/zh-CN.ts';
import { en, type Messages } from './messages.ts';

/** The shipped tables, by Discourse-style locale name. */
export const TRANSLATIONS: Readonly<Record<'en' | 'zh_CN', Messages>> = {
  en,
  zh_CN,
};
