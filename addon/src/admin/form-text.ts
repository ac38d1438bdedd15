/**
 * The form's words in one language: its message table (the shipped one
 * for the locale, with the host's overrides), the settings' own labels,
 * help and choices from the core's setting texts, and the locale's plural
 * and list rules. Framework-free.
 */
import {
  choiceTexts,
  describe,
  settingHelp,
  settingLabel,
  type MaintenanceStatus,
  type SettingKey,
  type SettingProblem,
} from '../core/index.ts';
// Not in the core's public index (it keeps its exports lean); the same
// `{placeholder}` filling as the banner's tables.
import { format } from '../core/messages.ts';
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
  label = (key: SettingKey): string =>
    this.#table[`label.${key}`] ?? settingLabel(key, this.locale);

  /** The setting's help under its field (its limits filled in), or `undefined` for none. */
  help = (key: SettingKey): string | undefined =>
    (this.#table[`help.${key}`] ?? settingHelp(key, this.locale)) || undefined;

  /** A status's label and what choosing it does. */
  status = (status: MaintenanceStatus): { label: string; hint: string } => {
    const shipped = choiceTexts('maintenance_banner_status', this.locale)[
      status
    ];
    return {
      label: this.#table[`status.${status}`] ?? shipped?.label ?? status,
      hint: this.#table[`status.${status}.hint`] ?? shipped?.hint ?? '',
    };
  };

  /** What is wrong with a value, as a sentence in this language. */
  problem = (problem: SettingProblem): string => describe(problem, this.locale);
}
