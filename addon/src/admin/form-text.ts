/**
 * The form's words in one language: a message table (the shipped one for
 * the locale, with the host's overrides) and the locale's own plural and
 * list rules. Framework-free.
 */
import { format, type SettingKey } from '../core/index.ts';
import {
  resolveAdminMessages,
  type AdminMessageKey,
  type AdminMessageOverrides,
  type AdminPluralKey,
} from './messages.ts';

type Params = Readonly<Record<string, string | number>>;

const asText = (params: Params): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  );

export class FormText {
  /** The BCP 47 locale dates, numbers and lists are written in; `undefined`: the browser's. */
  readonly locale: string | undefined;
  readonly #table: Readonly<Record<string, string>>;
  readonly #plurals: Intl.PluralRules;
  readonly #lists: Intl.ListFormat;

  constructor(
    locale: string | undefined,
    overrides?: AdminMessageOverrides | null,
  ) {
    this.locale = locale;
    this.#table = resolveAdminMessages(overrides, locale);
    this.#plurals = new Intl.PluralRules(locale);
    this.#lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  }

  /** One entry, its `{placeholders}` filled. */
  t = (key: AdminMessageKey, params: Params = {}): string =>
    format(this.#table[key] ?? key, asText(params));

  /** A counted sentence in the locale's plural form; `{count}` is the number. */
  plural = (
    key: AdminPluralKey,
    count: number,
    params: Params = {},
  ): string => {
    const category = this.#plurals.select(count);
    const template =
      this.#table[`${key}.${category}`] ?? this.#table[`${key}.other`] ?? key;
    return format(template, asText({ ...params, count }));
  };

  /** "A, B and C" in the locale's words. */
  list = (items: readonly string[]): string => this.#lists.format(items);

  /** What the form calls a setting. */
  label = (key: SettingKey): string => this.#table[`label.${key}`] ?? key;

  /** The short explanation under a setting's control, or `undefined` for none. */
  hint = (key: SettingKey): string | undefined =>
    this.#table[`hint.${key}`] || undefined;
}
