/**
 * Labels, help and choice texts of every setting, for the admin form, the
 * Discourse settings page and the docs. Never in the visitor's bundle.
 * English is built in; other languages are registered
 * (`registerSettingTexts`).
 */
import { languageTables } from '../locale.ts';
import { SETTINGS, type Schema, type SettingKey } from '../schema.ts';
import { en } from './en.ts';
import type { ChoiceText, SettingText, SettingTexts } from './types.ts';

export type { ChoiceText, SettingText, SettingTexts } from './types.ts';

/** The setting texts of the registered languages, English for the rest. */
export const settingTextTables = languageTables<SettingTexts>(en);

/** One setting's texts in `locale` (English unless its language is registered). */
export function settingText(key: SettingKey, locale?: string): SettingText {
  return settingTextTables.for(locale)[key];
}

/** `{min}`, `{max}` and `{default}` of a text, filled from the setting's descriptor. */
export function fillLimits(
  text: string,
  key: string,
  schema: Schema = SETTINGS,
): string {
  const spec = schema[key] as
    Record<string, string | number | boolean | undefined> | undefined;
  const values: Record<string, string | number | boolean | undefined> = {
    min: spec?.['min'],
    max: spec?.['max'] ?? spec?.['maxLength'],
    default: spec?.['default'],
  };
  return text.replace(/\{(min|max|default)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** The setting's label in `locale`. */
export function settingLabel(key: SettingKey, locale?: string): string {
  return settingText(key, locale).label;
}

/** The setting's help in `locale`, its limits filled in. */
export function settingHelp(key: SettingKey, locale?: string): string {
  return fillLimits(settingText(key, locale).help, key);
}

/** The label and hint of each choice of an enum setting, in `locale`. */
export function choiceTexts(
  key: 'maintenance_banner_status',
  locale?: string,
): Readonly<Record<string, ChoiceText>> {
  return settingTextTables.for(locale)[key].choices;
}
