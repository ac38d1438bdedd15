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
 * A language without one gets the English words (its dates and numbers
 * stay in the page's locale). The banner the form previews takes its words
 * from `registerTranslation`, as every banner does.
 */
import { languageTables } from '../core/locale.ts';
import { en as sentences } from '../core/sentences/en.ts';
import type { Sentences } from '../core/sentences/types.ts';
import { en as settings } from '../core/setting-texts/en.ts';
import type { SettingTexts } from '../core/setting-texts/types.ts';
import { en as form, type AdminMessages } from './messages.ts';

/** Everything the form writes in one language. */
export interface AdminTranslation {
  /** The form's own strings. */
  readonly form: AdminMessages;
  /** Each setting's label, help and choices. */
  readonly settings: SettingTexts;
  /** What is wrong with a value, per problem code. */
  readonly sentences: Sentences;
}

const tables = languageTables<AdminTranslation>({
  form,
  settings,
  sentences,
});

/**
 * Makes `translation` the form's words for `locale`'s language (and
 * script). Register once, before the form renders; returns what takes it
 * back.
 */
export function registerAdminTranslation(
  locale: string,
  translation: AdminTranslation,
): () => void {
  return tables.register(locale, translation);
}

/** The registered translation for `locale`; English otherwise. */
export function adminTranslation(locale: string | undefined): AdminTranslation {
  return tables.for(locale);
}
