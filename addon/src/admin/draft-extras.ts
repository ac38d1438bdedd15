/**
 * The host's own settings in the form's state (`@extraSettings`): what is
 * saved, what the admin typed, and what is wrong with it. Each is one plain
 * input; the draft (draft.ts) folds them into its changes and problems.
 */
import { cached, tracked } from '@glimmer/tracking';
import { writeSetting, type Reading, type Schema } from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';
import { settingValue } from './draft-values.ts';
import { extraSchema, readExtra, type ExtraSetting } from './extra-settings.ts';

/** What is wrong with a host setting's value, and who says so. */
export type ExtraProblem =
  /** The core's codec for its type (a code, put in words by the core's sentences). */
  | {
      readonly source: 'codec';
      readonly reading: Extract<Reading, { ok: false }>;
    }
  /** The link's own rule. */
  | { readonly source: 'rule'; readonly protocol: string };

const inputOf = (value: SettingValue): string | boolean =>
  typeof value === 'boolean' ? value : writeSetting(value);

export class ExtraValues {
  readonly settings: readonly ExtraSetting[];
  readonly #byKey: ReadonlyMap<string, ExtraSetting>;
  readonly #schema: Schema;
  @tracked private _saved: Readonly<Record<string, SettingValue>>;
  @tracked private _inputs: Readonly<Record<string, string | boolean>>;

  constructor(
    settings: readonly ExtraSetting[],
    source: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.#byKey = new Map(settings.map((setting) => [setting.key, setting]));
    this.#schema = extraSchema(settings);
    this._saved = Object.fromEntries(
      settings.map(({ key }) => [
        key,
        settingValue(key, source[key], this.#schema),
      ]),
    );
    this._inputs = this.#inputsFrom(this._saved);
  }

  #inputsFrom(
    saved: Readonly<Record<string, SettingValue>>,
  ): Record<string, string | boolean> {
    return Object.fromEntries(
      this.settings.map(({ key }) => [key, inputOf(saved[key] ?? '')]),
    );
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  get(key: string): ExtraSetting | undefined {
    return this.#byKey.get(key);
  }

  get saved(): Readonly<Record<string, SettingValue>> {
    return this._saved;
  }

  input(key: string): string | boolean {
    return this._inputs[key] ?? '';
  }

  /** The value the field holds now, as it would be saved. */
  value(key: string): SettingValue {
    return this.has(key)
      ? settingValue(key, this._inputs[key], this.#schema)
      : '';
  }

  /** The settings that differ from the saved ones, with their new values. */
  @cached
  get changes(): Record<string, SettingValue> {
    const changes: Record<string, SettingValue> = {};
    for (const { key } of this.settings) {
      const value = this.value(key);
      if (value !== this._saved[key]) changes[key] = value;
    }
    return changes;
  }

  /** What the codec (and a link's own rule) says of each value; a secret's mask is never checked. */
  @cached
  get problems(): ReadonlyMap<string, ExtraProblem> {
    const problems = new Map<string, ExtraProblem>();
    for (const setting of this.settings) {
      const { key } = setting;
      const value = this.value(key);
      if (setting.secret && value === this._saved[key]) continue;
      const reading = readExtra(setting, value);
      if (reading.ok) continue;
      problems.set(
        key,
        'rule' in reading
          ? { source: 'rule', protocol: reading.protocol }
          : { source: 'codec', reading },
      );
    }
    return problems;
  }

  set(key: string, value: string | boolean): void {
    if (this.#byKey.has(key)) this._inputs = { ...this._inputs, [key]: value };
  }

  /** These values are stored now. */
  stored(values: Readonly<Record<string, SettingValue>>): void {
    const own = Object.entries(values).filter(([key]) => this.has(key));
    if (own.length > 0)
      this._saved = { ...this._saved, ...Object.fromEntries(own) };
  }

  /** The server holds `value` now, and the admin takes it: saved and shown. */
  adopt(key: string, value: SettingValue): void {
    if (!this.has(key)) return;
    this._saved = { ...this._saved, [key]: value };
    this._inputs = { ...this._inputs, [key]: inputOf(value) };
  }

  discard(): void {
    this._inputs = this.#inputsFrom(this._saved);
  }
}
