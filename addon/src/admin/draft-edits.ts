/**
 * What the admin edits in the form (the inputs, the start's date and time,
 * the choices around them), and how the saved values first fill it.
 */
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  canonicalTimeZone,
  formatWallDate,
  formatWallTime,
  parseWallTime,
  readInstant,
  resolveWallTime,
  toZonedIso,
  wallTimeAt,
  writeSetting,
  type SettingKey,
} from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';
import type { StartReading } from './draft-types.ts';

/** Every setting but the start, which comes from three inputs. */
export type PlainKey = Exclude<SettingKey, 'maintenance_banner_starts_at'>;
export type Inputs = Readonly<Record<PlainKey, string | boolean>>;
export type Repeated = 'earlier' | 'later';

export interface Edits {
  readonly inputs: Inputs;
  readonly startDate: string;
  readonly startTime: string;
  /** Which instant a repeated wall time (clocks fall back) means. */
  readonly repeated: Repeated;
  /** "Unknown length" chosen; the minutes input keeps its last value. */
  readonly durationUnknown: boolean;
  /** The status before the last choice, for "not yet" to go back to. */
  readonly statusBefore: string;
  /** The admin confirmed "in progress" although the planned start is ahead. */
  readonly startConfirmed: boolean;
}

export const PLAIN_KEYS = SETTING_KEYS.filter(
  (key): key is PlainKey => key !== 'maintenance_banner_starts_at',
);
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/;

export interface EditsOptions {
  /** The admin's own zone. */
  readonly adminZone: string;
  /** Did the settings name a zone? If not, the admin's own is filled in. */
  readonly zoneGiven: boolean;
}

/** The zone the inputs name, or (none valid) the admin's own. */
export function readZone(inputs: Inputs, adminZone: string): string {
  return (
    canonicalTimeZone(String(inputs.maintenance_banner_time_zone)) ?? adminZone
  );
}

/** The inputs as the saved values fill them. */
export function editsFrom(
  saved: Readonly<Record<SettingKey, SettingValue>>,
  { adminZone, zoneGiven }: EditsOptions,
): Edits {
  const inputs = Object.fromEntries(
    PLAIN_KEYS.map((key) => {
      const value = saved[key];
      return [key, typeof value === 'boolean' ? value : writeSetting(value)];
    }),
  ) as Record<PlainKey, string | boolean>;

  const durationUnknown = saved.maintenance_banner_duration_minutes === 0;
  if (durationUnknown) {
    inputs.maintenance_banner_duration_minutes = String(
      DEFAULT_SETTINGS.maintenance_banner_duration_minutes,
    );
  }
  // The announcement's zone, else (none set) the admin's own.
  if (!zoneGiven) inputs.maintenance_banner_time_zone = adminZone;

  // The saved start, shown back as a date and a time in the zone.
  let startDate = '';
  let startTime = '';
  let repeated: Repeated = 'earlier';
  const start = String(saved.maintenance_banner_starts_at);
  const reading = readInstant(start);
  const zone = readZone(inputs, adminZone);
  if (reading.ok) {
    const wall = wallTimeAt(reading.epochMs, zone);
    startDate = formatWallDate(wall);
    startTime = formatWallTime(wall);
    const again = resolveWallTime(wall, zone);
    if (
      again.kind === 'repeated' &&
      again.candidates[1].epochMs === reading.epochMs
    ) {
      repeated = 'later';
    }
  } else if (reading.problem === 'missing_offset') {
    [, startDate = '', startTime = ''] = LOCAL.exec(start.trim()) ?? [];
  }
  return {
    inputs,
    startDate,
    startTime,
    repeated,
    durationUnknown,
    statusBefore: String(inputs.maintenance_banner_status),
    startConfirmed: false,
  };
}

/**
 * `into` with the edits of one setting taken from `from` (the saved value
 * the admin chose to take), every other edit kept.
 */
export function takeEdits(key: SettingKey, from: Edits, into: Edits): Edits {
  switch (key) {
    case 'maintenance_banner_starts_at':
      return {
        ...into,
        startDate: from.startDate,
        startTime: from.startTime,
        repeated: from.repeated,
      };
    case 'maintenance_banner_duration_minutes':
      return {
        ...into,
        inputs: { ...into.inputs, [key]: from.inputs[key] },
        durationUnknown: from.durationUnknown,
      };
    case 'maintenance_banner_status':
      return {
        ...into,
        inputs: { ...into.inputs, [key]: from.inputs[key] },
        statusBefore: from.statusBefore,
        startConfirmed: false,
      };
    default:
      return { ...into, inputs: { ...into.inputs, [key]: from.inputs[key] } };
  }
}

/** The start as the date, time and repeated-time choice give it, in `zone`. */
export function readStart(edits: Edits, zone: string | null): StartReading {
  const { startDate, startTime, repeated } = edits;
  if (startDate.trim() === '' && startTime.trim() === '') {
    return { state: 'empty' };
  }
  const wall = parseWallTime(startDate, startTime);
  if (!wall) return { state: 'incomplete' };
  if (!zone) return { state: 'no-zone' };
  const result = resolveWallTime(wall, zone, { repeated });
  return {
    state: 'resolved',
    zone,
    result,
    iso: toZonedIso(result.epochMs, zone),
  };
}
