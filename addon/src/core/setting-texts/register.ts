import { sentenceTables } from '../sentences/index.ts';
import type { Sentences } from '../sentences/types.ts';
import { settingTextTables } from './index.ts';
import type { SettingTexts } from './types.ts';

/** What admins read in one language besides the form's own strings. */
export interface SettingTextsTranslation {
  /** Each setting's label, help and choices. */
  readonly settings: SettingTexts;
  /** What is wrong with a value, per problem code. */
  readonly sentences: Sentences;
}

/**
 * Makes `texts` the setting texts and sentences for `locale`'s language
 * (`settingLabel`, `describe`…), for a server or a page that writes to
 * admins in it. English is built in; Simplified Chinese ships with the
 * form's (`ember-maintenance-banner/admin/locales/zh-CN`), and
 * `registerAdminTranslation` registers both. Returns what takes it back.
 */
export function registerSettingTexts(
  locale: string,
  texts: SettingTextsTranslation,
): () => void {
  const undo = [
    settingTextTables.register(locale, texts.settings),
    sentenceTables.register(locale, texts.sentences),
  ];
  return () => undo.forEach((step) => step());
}
