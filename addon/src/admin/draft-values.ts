/**
 * TEMPORARY: how the form reads a saved value and a typed one. This belongs
 * to the core's per-setting codecs (reading and writing a setting's text
 * value); once they exist, the draft uses them and this file goes.
 */
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  readInstant,
  type SettingKey,
} from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';

const TRUE = new Set(['true', 't', '1']);
const FALSE = new Set(['false', 'f', '0']);

/** Any saved value as text for an input (a list or an object as JSON, so the error shows it). */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value) ?? '';
}

/** A saved value as the form compares it: typed where it reads cleanly. */
export function normalize(key: SettingKey, raw: unknown): SettingValue {
  const value = raw === undefined || raw === null ? DEFAULT_SETTINGS[key] : raw;
  const spec = SETTINGS[key];
  if (spec.type === 'bool') {
    if (typeof value === 'boolean') return value;
    const word = asText(value).trim().toLowerCase();
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
    return asText(value);
  }
  if (spec.type === 'integer') {
    if (typeof value === 'number') return value;
    const text = asText(value).trim();
    return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : text;
  }
  return asText(value).trim();
}

/** Typed text → the value to validate and save. */
export function fromInput(
  key: SettingKey,
  input: string | boolean,
): SettingValue {
  if (typeof input === 'boolean') return input;
  const text = input.trim();
  if (SETTINGS[key].type === 'integer' && /^\d{1,15}$/.test(text)) {
    return Number(text);
  }
  return text;
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
