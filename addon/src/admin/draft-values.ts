/** How the draft reads a saved or a typed value: through the core's codecs. */
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  coerceSetting,
  readInstant,
  writeSetting,
  type SettingKey,
} from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';

/**
 * A value as the form compares and saves it: typed where it reads cleanly
 * (`"60"` → 60, `"t"` → true, text trimmed), else as text, so the error can
 * show it. A missing one is the default.
 */
export function settingValue(key: SettingKey, raw: unknown): SettingValue {
  const value = coerceSetting(key, raw ?? DEFAULT_SETTINGS[key]);
  return typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
    ? value
    : writeSetting(value);
}

/** Two values of a setting mean the same (two spellings of one instant do). */
export function sameValue(
  key: SettingKey,
  a: SettingValue,
  b: SettingValue,
): boolean {
  if (
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
