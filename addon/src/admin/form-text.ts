/**
 * The form's words in one language: the translation registered for the
 * locale (English built in) with the host's overrides, that is the form's
 * strings, the settings' labels, help and choices, and the sentences for
 * bad values; and the locale's plural and list rules. Framework-free.
 */
import {
  SETTINGS,
  choiceTexts,
  describe,
  settingHelp,
  settingLabel,
  type MaintenanceStatus,
  type Schema,
  type SettingKey,
  type SettingProblem,
} from '../core/index.ts';
import type { SettingName } from '../adapters/settings-adapter.ts';
import type { ExtraProblem } from './draft-extras.ts';
import {
  extraSchema,
  extraText,
  type ExtraSetting,
  type ExtraSettingText,
} from './extra-settings.ts';
// Not in the core's public index (it keeps its exports lean); the same
// `{placeholder}` filling as the banner's tables, and the same fallback.
import { englishFallback, localeOrRuntime } from '../core/locale.ts';
import { format } from '../core/messages.ts';
import {
  en,
  resolveAdminMessages,
  type AdminMessageKey,
  type AdminMessageOverrides,
  type AdminPluralKey,
} from './messages.ts';
import { adminMessagesFor } from './translations.ts';

type Params = Readonly<Record<string, string | number>>;

const asText = (params: Params): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  );

export class FormText {
  /**
   * The BCP 47 locale dates, numbers and lists are written in; `undefined`:
   * the browser's. English in the page's region when the words fell back
   * to English, so a sentence never mixes two languages.
   */
  readonly locale: string | undefined;
  /** The page's locale, which the previewed banner speaks, as visitors see it. */
  readonly pageLocale: string | undefined;
  /** `en` when the words fell back to English on a page in another language; `null` otherwise. */
  readonly lang: string | null;
  readonly #table: Readonly<Record<string, string>>;
  readonly #plurals: Intl.PluralRules;
  readonly #lists: Intl.ListFormat;
  /** The host settings' words in this language. */
  readonly #extras: ReadonlyMap<string, ExtraSettingText>;
  /** The banner's descriptors and the host's, for the core's sentences. */
  readonly #schema: Schema;

  constructor(
    locale: string | undefined,
    overrides?: AdminMessageOverrides | null,
    extras: readonly ExtraSetting[] = [],
  ) {
    const asked = localeOrRuntime(locale);
    // Without a locale, the browser's: its table, or English words with
    // English dates, the same choice as with one.
    const table = adminMessagesFor(asked);
    const english = englishFallback(asked, table, en, overrides);
    this.pageLocale = locale;
    this.locale = english ?? locale;
    this.lang = english === null ? null : 'en';
    this.#table = resolveAdminMessages(table, overrides);
    this.#plurals = new Intl.PluralRules(this.locale);
    this.#lists = new Intl.ListFormat(this.locale, { type: 'conjunction' });
    this.#extras = new Map(
      extras.map((setting) => [setting.key, extraText(setting, this.locale)]),
    );
    this.#schema = { ...extraSchema(extras), ...SETTINGS };
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

  /** What the form calls a setting (a host's own: its texts' label). */
  label = (key: SettingName): string =>
    this.#table[`label.${key}`] ??
    this.#extras.get(key)?.label ??
    settingLabel(key as SettingKey, this.locale);

  /** The setting's help under its field (its limits filled in), or `undefined` for none. */
  help = (key: SettingName): string | undefined =>
    (this.#table[`help.${key}`] ??
      this.#extras.get(key)?.help ??
      settingHelp(key as SettingKey, this.locale)) ||
    undefined;

  /** The legend of a host setting's section. */
  section = (key: SettingName): string =>
    this.#extras.get(key)?.section ?? this.t('section.more');

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
  problem = (problem: SettingProblem): string =>
    describe(problem, this.locale, this.#schema);

  /** What is wrong with a host setting's value: the core's sentence, or its link rule's. */
  extraProblem = (key: SettingName, problem: ExtraProblem): string => {
    if (problem.source === 'codec') {
      const { code, params } = problem.reading;
      return this.problem({
        key: key as SettingKey,
        code,
        ...(params ? { params } : {}),
      });
    }
    const refused = this.#extras.get(key)?.refused;
    return refused
      ? format(refused, { protocol: problem.protocol })
      : this.t('field.linkRefused', { protocol: problem.protocol });
  };
}
