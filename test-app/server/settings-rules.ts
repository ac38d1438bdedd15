/**
 * What an admin may store: one key at a time, validated by the banner's own
 * core validator against the full settings it lands in, stored with the
 * type the SETTINGS table gives it.
 */
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  coerceSetting,
  discourseType,
  validateSettings,
  type DiscourseSettingType,
  type SettingError,
  type SettingKey,
} from 'ember-maintenance-banner/core';
import type { Decision, Settings } from './store.ts';

const KEYS = new Set<string>(SETTING_KEYS);

/** Only the contract's own names: never `__proto__`, `constructor` or `toString`. */
export function isSettingKey(name: string): name is SettingKey {
  return KEYS.has(name);
}

/**
 * A value as the SETTINGS table types it: "60" → 60, "true" → true, text
 * trimmed (as the validator reads it). A value that cannot be read that way
 * is returned as given; validation is what refuses it.
 */
export function coerceValue(key: SettingKey, raw: unknown): unknown {
  return coerceSetting(key, raw);
}

/** Every stored value typed, for seeding the database. */
export function coerceAll(settings: Record<SettingKey, unknown>): Settings {
  const typed = {} as Settings;
  for (const key of SETTING_KEYS) typed[key] = coerceValue(key, settings[key]);
  return typed;
}

const same = (a: SettingError, b: SettingError) =>
  a.key === b.key && a.code === b.code;

/**
 * Setting `key` to `raw` on top of `current`. Refused when the merged
 * settings have an error on that key, or an error the stored settings did
 * not already have (switching the banner on without a start time); a
 * problem that was already stored (from a settings file) does not block
 * fixing the other keys one by one.
 */
export function decideChange(
  current: Settings,
  key: SettingKey,
  raw: unknown,
): Decision<string[]> {
  if (raw === null || raw === undefined) {
    return {
      ok: false,
      error: [`Give ${key} a value; null is not a setting value.`],
    };
  }
  const merged = { ...current, [key]: raw };
  const before = validateSettings(current);
  const blocking = validateSettings(merged).filter(
    (error) => error.key === key || !before.some((old) => same(old, error)),
  );
  if (blocking.length > 0) {
    return { ok: false, error: blocking.map((error) => error.message) };
  }
  return { ok: true, value: coerceValue(key, raw) };
}

export interface DiscourseSiteSetting extends DiscourseSettingType {
  setting: SettingKey;
  value: unknown;
  default: string | number | boolean;
}

/** The settings in the shape of Discourse's `GET /admin/site_settings.json`. */
export function discourseSiteSettings(settings: Settings): {
  site_settings: DiscourseSiteSetting[];
} {
  return {
    site_settings: SETTING_KEYS.map((key): DiscourseSiteSetting => {
      return {
        setting: key,
        value: settings[key],
        default: DEFAULT_SETTINGS[key],
        ...discourseType(key),
      };
    }),
  };
}
