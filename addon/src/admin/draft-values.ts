/** How the draft reads a saved or a typed value: through the core's codecs. */
import {
  SETTINGS,
  coerceSetting,
  readInstant,
  writeSetting,
  type Schema,
  type SettingKey,
} from '../core/index.ts';
import type {
  SettingName,
  SettingValue,
} from '../adapters/settings-adapter.ts';

/** One of the banner's settings (not a host's own). */
export const isSettingKey = (key: SettingName): key is SettingKey =>
  Object.hasOwn(SETTINGS, key);

/**
 * A value as the form compares and saves it: typed where it reads cleanly
 * (`"60"` → 60, `"t"` → true, text trimmed), else as text, so the error can
 * show it. A missing one is the default. (`schema`: a host setting's.)
 */
export function settingValue(
  key: SettingName,
  raw: unknown,
  schema: Schema = SETTINGS,
): SettingValue {
  const value = coerceSetting(key, raw ?? schema[key]?.default, schema);
  return typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
    ? value
    : writeSetting(value);
}

/** Two values of a setting mean the same (two spellings of one instant do). */
export function sameValue(
  key: SettingName,
  a: SettingValue,
  b: SettingValue,
): boolean {
  if (
    isSettingKey(key) &&
    SETTINGS[key].type === 'instant' &&
    typeof a === 'string' &&
    typeof b === 'string'
  ) {
    if (a === b) return true;
    const left = readInstant(a);
    const right = readInstant(b);
    return left.ok && right.ok && left.epochMs === right.epochMs;
  }
  return a === b;
}
