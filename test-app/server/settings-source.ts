/**
 * Where the demo's settings come from: the file named by
 * MAINTENANCE_BANNER_SETTINGS (keys as in the contract; missing keys take
 * their defaults), or the embedded default.
 */
import { readFileSync } from 'node:fs';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  validateSettings,
  type SettingKey,
} from 'ember-maintenance-banner/core';
import { embeddedDefault, type SettingValues } from './default-settings.ts';

export class SettingsFileError extends Error {}

export interface LoadedSettings {
  settings: SettingValues;
  source: string;
  /** Problems worth telling the person who started the demo. */
  warnings: string[];
}

export function loadInitialSettings(
  env: NodeJS.ProcessEnv = process.env,
  now: number = Date.now(),
): LoadedSettings {
  const path = env['MAINTENANCE_BANNER_SETTINGS'];
  if (!path) {
    return {
      settings: embeddedDefault(now),
      source: 'the embedded default',
      warnings: [],
    };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SettingsFileError(
      `MAINTENANCE_BANNER_SETTINGS=${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SettingsFileError(
      `MAINTENANCE_BANNER_SETTINGS=${path}: expected a JSON object of maintenance_banner_* keys`,
    );
  }

  const given = parsed as Record<string, unknown>;
  const known = new Set<string>(SETTING_KEYS);
  const warnings = Object.keys(given)
    .filter((key) => !known.has(key))
    .map((key) => `${key}: not a maintenance banner setting; ignored`);

  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (Object.hasOwn(given, key)) settings[key] = given[key];
  }
  for (const error of validateSettings(settings)) {
    warnings.push(`${error.key ?? 'settings'}: ${error.message}`);
  }
  return { settings: settings as SettingValues, source: path, warnings };
}
