/**
 * The last valid value of each setting, so that one wrong field does not
 * blank the preview: it shows the window with that field's last valid value
 * (and says which fields those are) until the admin fixes it.
 */
import { tracked } from '@glimmer/tracking';
import {
  SETTING_KEYS,
  settingProblems,
  type SettingKey,
} from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';

type Values = Readonly<Record<SettingKey, SettingValue>>;

/** The keys the rules refuse, reading the values as a switched-on banner would. */
function refusedKeys(values: Values): Set<SettingKey> {
  return new Set(
    settingProblems({ ...values, maintenance_banner_enabled: true }).flatMap(
      (problem) => (problem.key ? [problem.key] : []),
    ),
  );
}

export class LastValidValues {
  @tracked private _values: Readonly<Partial<Values>> = {};

  constructor(values: Values) {
    this.record(values);
  }

  /** Remember every value of `values` that passes the rules. */
  record(values: Values): void {
    const refused = refusedKeys(values);
    let next: Partial<Record<SettingKey, SettingValue>> | null = null;
    for (const key of SETTING_KEYS) {
      if (refused.has(key) || this._values[key] === values[key]) continue;
      next ??= { ...this._values };
      next[key] = values[key];
    }
    if (next) this._values = next;
  }

  /**
   * `values` with each refused one replaced by its last valid value, and
   * the keys replaced (a key with no valid value yet stays as it is, and the
   * window cannot be drawn).
   */
  apply(values: Values): { values: Values; replaced: SettingKey[] } {
    const refused = refusedKeys(values);
    const shown: Record<SettingKey, SettingValue> = { ...values };
    const replaced: SettingKey[] = [];
    for (const key of refused) {
      const last = this._values[key];
      if (last === undefined) continue;
      shown[key] = last;
      replaced.push(key);
    }
    return { values: shown, replaced };
  }
}
