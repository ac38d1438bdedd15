/**
 * One descriptor per setting: its type, default, bounds, choices, and what
 * an invalid value costs the visitor. Everything else derives from it:
 * the reader (read-settings.ts), the codecs (codecs.ts), the sentences
 * (sentences/), the labels and help (setting-texts/), the Discourse setting
 * types (discourse-types.ts) and the settings table of docs/settings.md.
 *
 * Kept lean: the visitor's bundle carries this table, so labels, help and
 * sentences live in tables of their own.
 */

export const STATUSES = [
  'scheduled',
  'in_progress',
  'completed',
  'cancelled',
] as const;
export type MaintenanceStatus = (typeof STATUSES)[number];

/**
 * What an invalid value does: `hide` — the window cannot be computed, so the
 * banner shows nothing; `drop` — the value is left out and the banner shows
 * without it (one console warning names the key).
 */
export type OnInvalid = 'hide' | 'drop';

export type Descriptor =
  | {
      readonly type: 'bool';
      readonly default: boolean;
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'integer';
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly unit: 'minutes' | 'hours';
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'instant';
      readonly default: '';
      /** Must be set while the banner is on. */
      readonly required?: boolean;
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'time_zone';
      readonly default: string;
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'text';
      readonly default: string;
      readonly maxLength: number;
      readonly multiline: boolean;
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'url';
      readonly default: string;
      /** `channel`: https: or slack:; `health`: a same-origin path or https:. */
      readonly allow: 'channel' | 'health';
      readonly maxLength?: number;
      readonly onInvalid: OnInvalid;
    }
  | {
      readonly type: 'enum';
      readonly default: string;
      readonly choices: readonly string[];
      readonly onInvalid: OnInvalid;
    };

export type SettingType = Descriptor['type'];

/** Every setting, its type, limits and default (the public contract). */
export const SETTINGS = {
  maintenance_banner_enabled: {
    type: 'bool',
    default: false,
    onInvalid: 'hide',
  },
  maintenance_banner_starts_at: {
    type: 'instant',
    default: '',
    required: true,
    onInvalid: 'hide',
  },
  maintenance_banner_duration_minutes: {
    type: 'integer',
    default: 60,
    min: 0,
    max: 10_080,
    unit: 'minutes',
    onInvalid: 'hide',
  },
  maintenance_banner_time_zone: {
    type: 'time_zone',
    default: 'UTC',
    onInvalid: 'hide',
  },
  maintenance_banner_message: {
    type: 'text',
    default: '',
    maxLength: 500,
    multiline: true,
    onInvalid: 'drop',
  },
  maintenance_banner_channel_name: {
    type: 'text',
    default: '#announcements',
    maxLength: 80,
    multiline: false,
    onInvalid: 'drop',
  },
  maintenance_banner_channel_url: {
    type: 'url',
    default: '',
    allow: 'channel',
    maxLength: 2000,
    onInvalid: 'drop',
  },
  maintenance_banner_status: {
    type: 'enum',
    default: 'scheduled',
    choices: STATUSES,
    onInvalid: 'hide',
  },
  maintenance_banner_completed_at: {
    type: 'instant',
    default: '',
    onInvalid: 'hide',
  },
  maintenance_banner_notice_hours: {
    type: 'integer',
    default: 72,
    min: 1,
    max: 720,
    unit: 'hours',
    onInvalid: 'hide',
  },
  maintenance_banner_imminent_minutes: {
    type: 'integer',
    default: 30,
    min: 0,
    max: 1440,
    unit: 'minutes',
    onInvalid: 'hide',
  },
  maintenance_banner_long_window_minutes: {
    type: 'integer',
    default: 120,
    min: 1,
    max: 10_080,
    unit: 'minutes',
    onInvalid: 'hide',
  },
  maintenance_banner_completed_notice_minutes: {
    type: 'integer',
    default: 30,
    min: 0,
    max: 1440,
    unit: 'minutes',
    onInvalid: 'hide',
  },
  maintenance_banner_dismissible: {
    type: 'bool',
    default: true,
    onInvalid: 'hide',
  },
  maintenance_banner_health_url: {
    type: 'url',
    default: '/srv/status',
    allow: 'health',
    maxLength: 2000,
    onInvalid: 'drop',
  },
} as const satisfies Record<string, Descriptor>;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** A table of descriptors: `SETTINGS`, or a wider one in a test. */
export type Schema = Readonly<Record<string, Descriptor>>;

/** A value as a settings object holds it. */
export type SettingValue = string | number | boolean;

/** The settings as a Discourse `siteSettings` object may hold them. */
export type MaintenanceSettings = Partial<
  Record<SettingKey, string | number | boolean | null | undefined>
>;

/** Every default of a table, as values a settings object would hold. */
export function defaultsOf<S extends Schema>(
  schema: S,
): Readonly<Record<keyof S, SettingValue>> {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(schema).map(([key, spec]) => [key, spec.default]),
    ),
  ) as Record<keyof S, SettingValue>;
}

/** The defaults, as values a settings object would hold. */
export const DEFAULT_SETTINGS: Readonly<Record<SettingKey, SettingValue>> =
  defaultsOf(SETTINGS);
