/**
 * The form's languages. English is built in; a host registers the others
 * it shows, so an admin page downloads only those:
 *
 * ```ts
 * import { registerAdminTranslation } from 'ember-maintenance-banner/admin';
 * import zhCN from 'ember-maintenance-banner/admin/locales/zh-CN';
 * registerAdminTranslation('zh-CN', zhCN);
 * ```
 *
 * A language without one gets the English words, with dates and numbers
 * in English for the page's region, and the form says it is English
 * (`lang="en" dir="ltr"`). The banner the form previews takes its words
 * from `registerTranslation`, as every banner does.
 */
import { languageTables } from '../core/locale.ts';
import {
  registerSettingTexts,
  type SettingTextsTranslation,
} from '../core/setting-texts/register.ts';
import { en, type AdminMessages } from './messages.ts';

/** Everything the form writes in one language. */
export interface AdminTranslation extends SettingTextsTranslation {
  /** The form's own strings. */
  readonly form: AdminMessages;
}

const forms = languageTables<AdminMessages>(en);

/**
 * Makes `translation` the form's words for `locale`'s language (and
 * script). Register once, before the form renders; returns what takes it
 * back.
 */
export function registerAdminTranslation(
  locale: string,
  translation: AdminTranslation,
): () => void {
  const undo = [
    forms.register(locale, translation.form),
    registerSettingTexts(locale, translation),
  ];
  return () => undo.forEach((step) => step());
}

/** The form's strings registered for `locale`; English otherwise. */
export function adminMessagesFor(locale: string | undefined): AdminMessages {
  return forms.for(locale);
}
