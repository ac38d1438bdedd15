/**
 * Settings → window, as the visitor's banner reads them: short codes, no
 * sentences (sentences/ turns a code into words for admins and servers).
 *
 * Values arrive as strings, numbers or booleans, the way a Discourse
 * `siteSettings` object holds them. A value that would leave the window
 * uncomputable (no or a bad start, an unknown zone, a bad length) hides
 * the banner; an invalid optional value (the message, the channel's name or
 * link, the health URL) is dropped and the banner shows without it.
 */
import {
  codecOf,
  type ProblemParams,
  type Reading,
  type SettingErrorCode,
} from './codecs.ts';
import {
  SETTINGS,
  type MaintenanceStatus,
  type Schema,
  type SettingKey,
} from './schema.ts';

/** A setting's problem, as a code: `describe()` (sentences/) puts it in words. */
export interface SettingProblem {
  /** The setting at fault; `null` when the settings object itself is unusable. */
  readonly key: SettingKey | null;
  readonly code: SettingErrorCode;
  readonly params?: ProblemParams;
}

/** A validated maintenance window: every instant in epoch milliseconds. */
export interface MaintenanceWindow {
  readonly startsAt: number;
  /** Expected length; `null` = unknown ("we are not sure how long it will take"). */
  readonly durationMinutes: number | null;
  /** `startsAt + duration`, or `null` when the duration is unknown. */
  readonly endsAt: number | null;
  /** The announcement's own IANA zone. */
  readonly timeZone: string;
  readonly message: string;
  readonly channel: { readonly name: string; readonly url: string | null };
  readonly status: MaintenanceStatus;
  readonly completedAt: number | null;
  readonly noticeHours: number;
  readonly imminentMinutes: number;
  readonly longWindowMinutes: number;
  readonly completedNoticeMinutes: number;
  readonly dismissible: boolean;
  readonly healthUrl: string | null;
}

export interface SettingsReading {
  /** `null` when switched off, absent, or hidden by a problem. */
  readonly window: MaintenanceWindow | null;
  /** What was wrong: with a window, the values left out; without one, why. */
  readonly problems: readonly SettingProblem[];
}

type Value = boolean | number | string | null;
type Values = Record<string, Value>;

const EMPTY: readonly SettingProblem[] = [];

/** What an optional value reads as once it is left out. */
const DROPPED: Readonly<Record<string, Value>> = {
  text: '',
  url: null,
};

/**
 * One value. Only the schema's own key names are read, so `__proto__` or
 * `constructor` in the input can never be reached. A plain property read
 * (not hasOwnProperty) lets tracked proxies and getters work, and lets
 * Glimmer track each key the banner depends on. A getter (or a Proxy) that
 * throws is that key's problem, not the caller's.
 */
function readOne(
  input: object,
  key: string,
  schema: Schema,
  enabled: boolean,
): Reading {
  const spec = schema[key]!;
  let raw: unknown;
  try {
    raw = (input as Record<string, unknown>)[key];
  } catch {
    return { ok: false, code: 'unreadable' };
  }
  // Missing (or null) means "not set": the default applies.
  return codecOf(spec).read(
    raw ?? spec.default,
    spec,
    enabled && 'required' in spec && spec.required === true,
  );
}

function problemOf(
  key: SettingKey,
  reading: Extract<Reading, { ok: false }>,
): SettingProblem {
  const { code, params } = reading;
  return params ? { key, code, params } : { key, code };
}

export function isSettingsObject(input: unknown): input is object {
  if (typeof input !== 'object' || input === null) return false;
  try {
    return !Array.isArray(input);
  } catch {
    return true; // a revoked Proxy: each read then reports its own key
  }
}

const ENABLED = 'maintenance_banner_enabled';

/**
 * Every key's value and problem. `enabled` decides only whether a required
 * value may be empty: the admin form sees the problems of a switched-off
 * banner too.
 */
export function readValues(
  input: object,
  schema: Schema = SETTINGS,
): { values: Values; problems: SettingProblem[]; enabled: boolean } {
  const first = readOne(input, ENABLED, schema, false);
  const enabled = first.ok && first.value === true;
  const values: Values = {};
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(schema)) {
    const reading =
      key === ENABLED ? first : readOne(input, key, schema, enabled);
    if (reading.ok) values[key] = reading.value;
    else problems.push(problemOf(key as SettingKey, reading));
  }
  return { values, problems, enabled };
}

/** Every problem of a settings object, one per key at fault, as codes. */
export function settingProblems(
  input: unknown,
  schema: Schema = SETTINGS,
): SettingProblem[] {
  return isSettingsObject(input)
    ? readValues(input, schema).problems
    : [{ key: null, code: 'not_an_object', params: { value: input } }];
}

const MS_PER_MINUTE = 60_000;

/**
 * Settings → window. `null` or `undefined` (no settings yet) and a
 * switched-off banner read as no window and no problems, without looking at
 * the other keys.
 */
export function readSettings(input: unknown): SettingsReading {
  if (input === null || input === undefined)
    return { window: null, problems: EMPTY };
  if (!isSettingsObject(input)) {
    return {
      window: null,
      problems: [
        { key: null, code: 'not_an_object', params: { value: input } },
      ],
    };
  }
  const enabled = readOne(input, ENABLED, SETTINGS, false);
  if (!enabled.ok) {
    return { window: null, problems: [problemOf(ENABLED, enabled)] };
  }
  if (enabled.value !== true) return { window: null, problems: EMPTY };

  const { values, problems } = readValues(input, SETTINGS);
  for (const problem of problems) {
    const spec = SETTINGS[problem.key!];
    if (spec.onInvalid === 'hide') return { window: null, problems };
    values[problem.key!] = DROPPED[spec.type] ?? null;
  }

  const startsAt = values['maintenance_banner_starts_at'] as number;
  const duration = values['maintenance_banner_duration_minutes'] as number;
  const durationMinutes = duration === 0 ? null : duration;
  const value = <T>(key: SettingKey) => values[key] as T;
  return {
    window: {
      startsAt,
      durationMinutes,
      endsAt:
        durationMinutes === null
          ? null
          : startsAt + durationMinutes * MS_PER_MINUTE,
      timeZone: value('maintenance_banner_time_zone'),
      message: value('maintenance_banner_message'),
      channel: {
        name: value('maintenance_banner_channel_name'),
        url: value('maintenance_banner_channel_url'),
      },
      status: value('maintenance_banner_status'),
      completedAt: value('maintenance_banner_completed_at'),
      noticeHours: value('maintenance_banner_notice_hours'),
      imminentMinutes: value('maintenance_banner_imminent_minutes'),
      longWindowMinutes: value('maintenance_banner_long_window_minutes'),
      completedNoticeMinutes: value(
        'maintenance_banner_completed_notice_minutes',
      ),
      dismissible: value('maintenance_banner_dismissible'),
      healthUrl: value('maintenance_banner_health_url'),
    },
    problems,
  };
}
