/**
 * Small domain helpers for the core's unit tests, so each test reads like the
 * contract: a valid settings object, the window it parses to, and instants.
 * Imports only the built core: these run in Node and in Chromium alike.
 */
import {
  parseSettings,
  type MaintenanceSettings,
  type MaintenanceWindow,
  type ParseResult,
  type SettingError,
} from 'ember-maintenance-banner/core';

export const seconds = (n: number): number => n * 1000;
export const minutes = (n: number): number => n * 60_000;
export const hours = (n: number): number => n * 3_600_000;
export const days = (n: number): number => n * 86_400_000;

/**
 * An ISO 8601 instant → epoch ms. Read with `Date.parse`, not the core's own
 * reader, and only with an explicit offset, so it never depends on the
 * process zone or on the code under test.
 */
export function at(iso: string): number {
  const epochMs = Date.parse(iso);
  if (!/(?:Z|[+-]\d{2}:\d{2})$/.test(iso) || Number.isNaN(epochMs)) {
    throw new Error(
      `at(${JSON.stringify(iso)}): use an ISO instant with Z or an offset`,
    );
  }
  return epochMs;
}

/** The example window starts Thursday 2027-02-18, 10:00 in Los Angeles. */
export const START_ISO = '2027-02-18T10:00:00-08:00';
export const START = at(START_ISO);

export const CHANNEL_URL = 'https://gophers.slack.com/messages/announcements';

/** A valid, enabled settings object, as a Discourse `siteSettings` holds it. */
export function settings(
  overrides: MaintenanceSettings = {},
): MaintenanceSettings {
  return {
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: START_ISO,
    maintenance_banner_duration_minutes: 60,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_channel_name: '#announcements',
    maintenance_banner_channel_url: CHANNEL_URL,
    ...overrides,
  };
}

/** The window `settings(overrides)` parses to; throws if it does not. */
export function windowFrom(
  overrides: MaintenanceSettings = {},
): MaintenanceWindow {
  const result = parseSettings(settings(overrides));
  if (!result.ok) {
    const reasons = result.errors.map(
      (error) => `${error.key}: ${error.message}`,
    );
    throw new Error(`windowFrom(): invalid settings: ${reasons.join('; ')}`);
  }
  if (result.window === null)
    throw new Error('windowFrom(): the banner is off');
  return result.window;
}

/** A parse's errors, `[]` when it succeeded: keeps assertions unconditional. */
export function errorsOf(result: ParseResult): readonly SettingError[] {
  return result.ok ? [] : result.errors;
}

/** The invalid optional values a parse left out of its window, `[]` when none. */
export function droppedOf(result: ParseResult): readonly SettingError[] {
  return result.ok ? (result.dropped ?? []) : [];
}
