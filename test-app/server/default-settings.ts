/**
 * The demo's embedded default: the Go forum's announcement, placed a few
 * hours after the demo starts so that a visitor sees a live countdown.
 */
import {
  DEFAULT_SETTINGS,
  toZonedIso,
  type SettingKey,
} from 'ember-maintenance-banner/core';

export type SettingValues = Record<SettingKey, string | number | boolean>;

const MINUTE = 60_000;
const ZONE = 'America/Los_Angeles';

export function embeddedDefault(now: number = Date.now()): SettingValues {
  // Three hours from now, rounded up to the next quarter hour.
  const quarter = 15 * MINUTE;
  const startsAt = Math.ceil((now + 3 * 60 * MINUTE) / quarter) * quarter;
  return {
    ...DEFAULT_SETTINGS,
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: toZonedIso(startsAt, ZONE),
    maintenance_banner_duration_minutes: 0,
    maintenance_banner_time_zone: ZONE,
    maintenance_banner_message:
      'Discourse upgrade: we will upgrade the forum software. We will post in #announcements on Gopher Slack when it starts, if it runs long, and when it is done.',
    maintenance_banner_channel_name: '#announcements',
    maintenance_banner_channel_url:
      'https://gophers.slack.com/messages/announcements',
    maintenance_banner_status: 'scheduled',
  };
}
