import type { SETTINGS, SettingKey } from '../schema.ts';

/** What people read about one setting, in one language. */
export interface SettingText {
  /** The field's label: "Expected length". */
  readonly label: string;
  /**
   * The help below the field (and Discourse's setting description);
   * `{min}`, `{max}` and `{default}` are filled from the descriptor.
   */
  readonly help: string;
  /** One line for the settings table of the documentation. */
  readonly summary: string;
}

/** A choice of an enum setting: its label and what choosing it does. */
export interface ChoiceText {
  readonly label: string;
  readonly hint: string;
}

type ChoicesOf<K extends SettingKey> = (typeof SETTINGS)[K] extends {
  readonly choices: readonly (infer C extends string)[];
}
  ? { readonly choices: Readonly<Record<C, ChoiceText>> }
  : unknown;

/**
 * Every setting's texts in one language. Typed from the schema: a setting
 * (or a choice) without its texts here fails the type-check.
 */
export type SettingTexts = {
  readonly [K in SettingKey]: SettingText & ChoicesOf<K>;
};
