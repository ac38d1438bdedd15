/**
 * The form's state: what the admin typed, what is saved, and everything
 * derived from the two (the start as an instant, the errors, the changes).
 * Values are kept as the inputs give them (numbers as typed text) and turned
 * into setting values only for validation and saving, so a half-typed
 * number is reported, never silently dropped.
 */
import { cached, tracked } from '@glimmer/tracking';
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  SETTING_KEYS,
  canonicalTimeZone,
  formatWallDate,
  formatWallTime,
  parseWallTime,
  readInstant,
  resolveWallTime,
  toIsoInstant,
  toZonedIso,
  validateSettings,
  wallTimeAt,
  type MaintenanceStatus,
  type SettingKey,
  type ZonedTime,
} from '../../core/index.ts';
import type {
  SettingValue,
  SettingsChanges,
} from '../../adapters/settings-adapter.ts';

/** Every setting but the start, which comes from three inputs. */
export type PlainKey = Exclude<SettingKey, 'maintenance_banner_starts_at'>;
type Inputs = Readonly<Record<PlainKey, string | boolean>>;

export type StartReading =
  | { readonly state: 'empty' }
  | { readonly state: 'incomplete' }
  | { readonly state: 'no-zone' }
  | {
      readonly state: 'resolved';
      readonly zone: string;
      readonly result: ZonedTime;
      /** What is stored: ISO 8601 with the zone's offset at that instant. */
      readonly iso: string;
    };

interface ServerError {
  readonly messages: readonly string[];
  /** The value the server refused: the error shows until the value changes. */
  readonly sent: SettingValue;
}

const PLAIN_KEYS = SETTING_KEYS.filter(
  (key): key is PlainKey => key !== 'maintenance_banner_starts_at',
);
const TRUE = new Set(['true', 't', '1']);
const FALSE = new Set(['false', 'f', '0']);
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/;

function isNumberKey(key: SettingKey): boolean {
  return SETTINGS[key].type === 'integer';
}

/** Any saved value as text for an input (a list or an object as JSON, so the error shows it). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value) ?? '';
}

/** A saved value as the form compares it: typed where it reads cleanly. */
function normalize(key: SettingKey, raw: unknown): SettingValue {
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
function fromInput(key: PlainKey, input: string | boolean): SettingValue {
  if (typeof input === 'boolean') return input;
  const text = input.trim();
  if (isNumberKey(key) && /^\d{1,15}$/.test(text)) return Number(text);
  return text;
}

function sameValue(key: SettingKey, a: SettingValue, b: SettingValue): boolean {
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

export interface DraftOptions {
  /** The admin's own zone: the start's zone when the settings name none. */
  adminZone: string;
}

export class SettingsDraft {
  /** The values as saved on the server, normalized. */
  @tracked saved: Readonly<Record<SettingKey, SettingValue>>;
  /** The inputs as the admin left them. */
  @tracked inputs: Inputs;
  @tracked startDate = '';
  @tracked startTime = '';
  /** Which instant a repeated wall time (clocks fall back) means. */
  @tracked repeated: 'earlier' | 'later' = 'earlier';
  /** "Unknown length" chosen; the minutes input keeps its last value. */
  @tracked durationUnknown: boolean;
  @tracked serverErrors: ReadonlyMap<SettingKey, ServerError> = new Map();
  /** How the saved start was read when it needed an explanation. */
  readonly startNote: string | null = null;

  constructor(settings: unknown, { adminZone }: DraftOptions) {
    const source = (
      typeof settings === 'object' && settings !== null ? settings : {}
    ) as Record<string, unknown>;
    const saved = Object.fromEntries(
      SETTING_KEYS.map((key) => [key, normalize(key, source[key])]),
    ) as Record<SettingKey, SettingValue>;
    this.saved = saved;

    const inputs = Object.fromEntries(
      PLAIN_KEYS.map((key) => {
        const value = saved[key];
        return [key, typeof value === 'boolean' ? value : asText(value)];
      }),
    ) as Record<PlainKey, string | boolean>;

    const duration = saved.maintenance_banner_duration_minutes;
    this.durationUnknown = duration === 0;
    if (duration === 0) {
      inputs.maintenance_banner_duration_minutes = String(
        DEFAULT_SETTINGS.maintenance_banner_duration_minutes,
      );
    }

    // The announcement's zone, else (none set) the admin's own.
    const givenZone = source['maintenance_banner_time_zone'];
    if (typeof givenZone !== 'string' || givenZone.trim() === '') {
      inputs.maintenance_banner_time_zone = adminZone;
    }
    this.inputs = inputs;

    // The saved start, shown back as a date and a time in the zone.
    const start = String(saved.maintenance_banner_starts_at);
    const reading = readInstant(start);
    const readZone =
      canonicalTimeZone(String(inputs.maintenance_banner_time_zone)) ??
      adminZone;
    if (reading.ok) {
      const wall = wallTimeAt(reading.epochMs, readZone);
      this.startDate = formatWallDate(wall);
      this.startTime = formatWallTime(wall);
      const again = resolveWallTime(wall, readZone);
      if (
        again.kind === 'repeated' &&
        again.candidates[1].epochMs === reading.epochMs
      ) {
        this.repeated = 'later';
      }
    } else if (reading.problem === 'missing_offset') {
      const [, date = '', time = ''] = LOCAL.exec(start.trim()) ?? [];
      this.startDate = date;
      this.startTime = time;
      this.startNote = `The saved start “${start}” has no offset, so it named no single instant. It is shown here as a time in ${readZone}: check it and save.`;
    } else if (reading.problem !== 'required') {
      this.startNote = `The saved start “${start}” could not be read: enter it again.`;
    }
  }

  /** The zone the start is read in, or `null` while the input names none. */
  @cached
  get zone(): string | null {
    return canonicalTimeZone(String(this.inputs.maintenance_banner_time_zone));
  }

  @cached
  get start(): StartReading {
    if (this.startDate.trim() === '' && this.startTime.trim() === '') {
      return { state: 'empty' };
    }
    const wall = parseWallTime(this.startDate, this.startTime);
    if (!wall) return { state: 'incomplete' };
    const zone = this.zone;
    if (!zone) return { state: 'no-zone' };
    const result = resolveWallTime(wall, zone, { repeated: this.repeated });
    return {
      state: 'resolved',
      zone,
      result,
      iso: toZonedIso(result.epochMs, zone),
    };
  }

  /** The settings the form would save, every key. */
  @cached
  get values(): Readonly<Record<SettingKey, SettingValue>> {
    const values = {} as Record<SettingKey, SettingValue>;
    for (const key of PLAIN_KEYS)
      values[key] = fromInput(key, this.inputs[key]);
    if (this.durationUnknown) values.maintenance_banner_duration_minutes = 0;
    const start = this.start;
    values.maintenance_banner_starts_at =
      start.state === 'resolved' ? start.iso : '';
    return values;
  }

  /** What is wrong, per setting: the core's validator plus the start's own checks and the server's word. */
  @cached
  get errors(): ReadonlyMap<SettingKey, readonly string[]> {
    const errors = new Map<SettingKey, string[]>();
    const add = (key: SettingKey, message: string) => {
      errors.set(key, [...(errors.get(key) ?? []), message]);
    };
    const start = this.start.state;
    for (const error of validateSettings(this.values)) {
      if (error.key === null) continue;
      // Without a date and time, or a zone, the start's own message says more.
      if (error.key === 'maintenance_banner_starts_at' && start !== 'empty')
        continue;
      add(error.key, error.message);
    }
    if (start === 'incomplete') {
      add(
        'maintenance_banner_starts_at',
        'Enter both a date and a time, such as 2027-02-18 and 10:00.',
      );
    }
    for (const [key, error] of this.serverErrors) {
      if (sameValue(key, this.values[key], error.sent)) {
        for (const message of error.messages) add(key, message);
      }
    }
    return errors;
  }

  /** The settings that differ from the saved ones, with their new values. */
  @cached
  get changes(): SettingsChanges {
    const changes: SettingsChanges = {};
    for (const key of SETTING_KEYS) {
      const value = this.values[key];
      if (!sameValue(key, value, this.saved[key])) changes[key] = value;
    }
    // The zone is saved with a start: without one it names nothing (and a
    // zone filled in from the admin's own is not an edit).
    if (this.values.maintenance_banner_starts_at === '') {
      delete changes.maintenance_banner_time_zone;
    }
    return changes;
  }

  get changedKeys(): SettingKey[] {
    return Object.keys(this.changes) as SettingKey[];
  }

  get isDirty(): boolean {
    return this.changedKeys.length > 0;
  }

  set(key: PlainKey, value: string | boolean): void {
    this.inputs = { ...this.inputs, [key]: value };
  }

  /**
   * Marking the window completed records when (now); leaving "completed"
   * clears it; going back to the saved "completed" restores its time.
   */
  setStatus(status: MaintenanceStatus, now: number): void {
    let completedAt = '';
    if (status === 'completed') {
      const savedAt = String(this.saved.maintenance_banner_completed_at);
      completedAt =
        this.saved.maintenance_banner_status === 'completed' && savedAt !== ''
          ? savedAt
          : this.zone
            ? toZonedIso(now, this.zone)
            : toIsoInstant(now);
    }
    this.inputs = {
      ...this.inputs,
      maintenance_banner_status: status,
      maintenance_banner_completed_at: completedAt,
    };
  }

  /** The server refused these values: show why until they change. */
  refused(
    failures: ReadonlyMap<SettingKey, readonly string[]>,
    sent: SettingsChanges,
  ): void {
    const next = new Map(this.serverErrors);
    for (const [key, messages] of failures) {
      const value = sent[key];
      if (value !== undefined) next.set(key, { messages, sent: value });
    }
    this.serverErrors = next;
  }

  /** These values are stored now: they become the saved ones. */
  stored(keys: readonly SettingKey[], sent: SettingsChanges): void {
    const saved = { ...this.saved };
    const serverErrors = new Map(this.serverErrors);
    for (const key of keys) {
      const value = sent[key];
      if (value !== undefined) saved[key] = value;
      serverErrors.delete(key);
    }
    this.saved = saved;
    this.serverErrors = serverErrors;
  }
}
