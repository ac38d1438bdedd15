/**
 * How the form arranges the settings: sections in page order. The simple
 * sections list their keys and each key is drawn from its descriptor (its
 * type, bounds, unit); the compound ones (the start, the length, the
 * status) have a component of their own. A setting the layout does not
 * place still gets a field, in "More settings", from its descriptor.
 */
import { SETTING_KEYS, type SettingKey } from '../core/index.ts';
import type { SettingName } from '../adapters/settings-adapter.ts';
import type { AdminMessageKey } from './messages.ts';

export type Section =
  | {
      readonly kind: 'fields';
      readonly legend: AdminMessageKey;
      readonly keys: readonly SettingKey[];
      /** Side by side where there is room (the timing rules). */
      readonly grid?: boolean;
    }
  | {
      readonly kind: 'start' | 'duration' | 'status';
      readonly keys: readonly SettingKey[];
    };

const PLACED: readonly Section[] = [
  {
    kind: 'fields',
    legend: 'section.banner',
    keys: ['maintenance_banner_enabled', 'maintenance_banner_dismissible'],
  },
  {
    kind: 'start',
    keys: ['maintenance_banner_time_zone', 'maintenance_banner_starts_at'],
  },
  { kind: 'duration', keys: ['maintenance_banner_duration_minutes'] },
  {
    kind: 'fields',
    legend: 'section.text',
    keys: [
      'maintenance_banner_message',
      'maintenance_banner_channel_name',
      'maintenance_banner_channel_url',
    ],
  },
  {
    kind: 'status',
    keys: ['maintenance_banner_status', 'maintenance_banner_completed_at'],
  },
  {
    kind: 'fields',
    legend: 'section.timing',
    grid: true,
    keys: [
      'maintenance_banner_notice_hours',
      'maintenance_banner_imminent_minutes',
      'maintenance_banner_long_window_minutes',
      'maintenance_banner_completed_notice_minutes',
    ],
  },
  {
    kind: 'fields',
    legend: 'section.health',
    keys: ['maintenance_banner_health_url'],
  },
];

const placed = new Set(PLACED.flatMap((section) => section.keys));
const unplaced = SETTING_KEYS.filter((key) => !placed.has(key));

/** Every section, in page order. */
export const SECTIONS: readonly Section[] =
  unplaced.length > 0
    ? [...PLACED, { kind: 'fields', legend: 'section.more', keys: unplaced }]
    : PLACED;

/** The settings in page order: the first invalid one gets the focus. */
export const FIELD_ORDER: readonly SettingKey[] = SECTIONS.flatMap(
  (section) => section.keys,
);

/** `keys` in page order: the banner's settings, then the host's (which follow them on the page). */
export function inPageOrder(keys: Iterable<SettingName>): SettingName[] {
  const wanted = new Set(keys);
  const banner = new Set<SettingName>(FIELD_ORDER);
  return [
    ...FIELD_ORDER.filter((key) => wanted.has(key)),
    ...[...wanted].filter((key) => !banner.has(key)),
  ];
}
