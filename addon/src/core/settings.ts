/**
 * Settings → window.
 *
 * Reads the `maintenance_banner_*` keys from a Discourse-style settings
 * object (values arrive as strings, numbers or booleans, the way a
 * `siteSettings` object holds them) and returns either a typed window or a
 * list of per-key errors a person can act on. The banner, the admin form and
 * a server all validate with this one function.
 */
import { readInstant, type InstantProblem } from './instant.ts';

export const STATUSES = [
  'scheduled',
  'in_progress',
  'completed',
  'cancelled',
] as const;
export type MaintenanceStatus = (typeof STATUSES)[number];

type Spec =
  | { type: 'bool'; default: boolean }
  | {
      type: 'integer';
      default: number;
      min: number;
      max: number;
      unit: 'minutes' | 'hours';
    }
  | { type: 'instant'; default: '' }
  | { type: 'time_zone'; default: string }
  | { type: 'text'; default: string; maxLength: number; multiline: boolean }
  | { type: 'url'; default: string; allow: 'channel' | 'health' }
  | {
      type: 'enum';
      default: MaintenanceStatus;
      choices: readonly MaintenanceStatus[];
    };

/** Every setting, its type, limits and default (the public contract). */
export const SETTINGS = {
  maintenance_banner_enabled: { type: 'bool', default: false },
  maintenance_banner_starts_at: { type: 'instant', default: '' },
  maintenance_banner_duration_minutes: {
    type: 'integer',
    default: 60,
    min: 0,
    max: 10_080,
    unit: 'minutes',
  },
  maintenance_banner_time_zone: { type: 'time_zone', default: 'UTC' },
  maintenance_banner_message: {
    type: 'text',
    default: '',
    maxLength: 500,
    multiline: true,
  },
  maintenance_banner_channel_name: {
    type: 'text',
    default: '#announcements',
    maxLength: 80,
    multiline: false,
  },
  maintenance_banner_channel_url: {
    type: 'url',
    default: '',
    allow: 'channel',
  },
  maintenance_banner_status: {
    type: 'enum',
    default: 'scheduled',
    choices: STATUSES,
  },
  maintenance_banner_completed_at: { type: 'instant', default: '' },
  maintenance_banner_notice_hours: {
    type: 'integer',
    default: 72,
    min: 1,
    max: 720,
    unit: 'hours',
  },
  maintenance_banner_imminent_minutes: {
    type: 'integer',
    default: 30,
    min: 0,
    max: 1440,
    unit: 'minutes',
  },
  maintenance_banner_long_window_minutes: {
    type: 'integer',
    default: 120,
    min: 1,
    max: 10_080,
    unit: 'minutes',
  },
  maintenance_banner_completed_notice_minutes: {
    type: 'integer',
    default: 30,
    min: 0,
    max: 1440,
    unit: 'minutes',
  },
  maintenance_banner_dismissible: { type: 'bool', default: true },
  maintenance_banner_health_url: {
    type: 'url',
    default: '/srv/status',
    allow: 'health',
  },
} as const satisfies Record<string, Spec>;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The settings as a Discourse `siteSettings` object may hold them. */
export type MaintenanceSettings = Partial<
  Record<SettingKey, string | number | boolean | null | undefined>
>;

/** The defaults, as values a settings object would hold. */
export const DEFAULT_SETTINGS: Readonly<
  Record<SettingKey, string | number | boolean>
> = Object.freeze(
  Object.fromEntries(
    SETTING_KEYS.map((key) => [key, SETTINGS[key].default]),
  ) as Record<SettingKey, string | number | boolean>,
);

export type SettingErrorCode =
  | 'not_an_object'
  | 'not_boolean'
  | 'not_integer'
  | 'out_of_range'
  | 'not_text'
  | 'too_long'
  | 'contains_html'
  | 'control_characters'
  | 'unknown_status'
  | 'unknown_time_zone'
  | 'unreadable'
  | 'invalid_url'
  | 'insecure_url'
  | InstantProblem;

export interface SettingError {
  /** The setting at fault; `null` when the settings object itself is unusable. */
  readonly key: SettingKey | null;
  /** A stable reason, for translations and tests. */
  readonly code: SettingErrorCode;
  /** A sentence that tells a person what to change. */
  readonly message: string;
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

export type ParseResult =
  | {
      readonly ok: true;
      /** `null` when the banner is switched off. */
      readonly window: MaintenanceWindow | null;
    }
  | { readonly ok: false; readonly errors: readonly SettingError[] };

type Value = boolean | number | string | null;
type Reading = { ok: true; value: Value } | { ok: false; error: SettingError };

const MS_PER_MINUTE = 60_000;

function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(text);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `a value of type ${typeof value}`;
}

function fail(
  key: SettingKey,
  code: SettingErrorCode,
  message: string,
): Reading {
  return { ok: false, error: { key, code, message } };
}

const TRUE = new Set(['true', 't', '1']);
const FALSE = new Set(['false', 'f', '0']);

function readBool(key: SettingKey, raw: unknown): Reading {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'string') {
    const word = raw.trim().toLowerCase();
    if (TRUE.has(word)) return { ok: true, value: true };
    if (FALSE.has(word)) return { ok: true, value: false };
  }
  return fail(key, 'not_boolean', `Use true or false, not ${quote(raw)}.`);
}

function readInteger(
  key: SettingKey,
  raw: unknown,
  spec: { min: number; max: number; unit: string },
): Reading {
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else if (typeof raw === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(raw)) {
    value = Number(raw);
  } else {
    value = NaN;
  }
  const range = `from ${spec.min} to ${spec.max} (${spec.unit})`;
  if (!Number.isSafeInteger(value)) {
    return fail(
      key,
      'not_integer',
      `Use a whole number ${range}, not ${quote(raw)}.`,
    );
  }
  if (value < spec.min || value > spec.max) {
    return fail(
      key,
      'out_of_range',
      `Use a whole number ${range}; ${value} is out of range.`,
    );
  }
  return { ok: true, value };
}

// A tag-like "<x", "</x", "<!x" or "<?x": admin text is plain text, never HTML.
// No space may follow "<" (HTML does not open a tag there), so "a < b" is text.
const HTML = /<[/!?]?[a-z]|<!--/i;
// C0 and C1 controls and DEL; line breaks are allowed where text may span lines.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f]/;

function readText(
  key: SettingKey,
  raw: unknown,
  spec: { maxLength: number; multiline: boolean },
): Reading {
  if (typeof raw !== 'string') {
    return fail(key, 'not_text', `Use plain text, not ${quote(raw)}.`);
  }
  const text = raw.trim();
  const length = [...text].length;
  if (length > spec.maxLength) {
    return fail(
      key,
      'too_long',
      `Shorten it to ${spec.maxLength} characters or fewer; it has ${length}.`,
    );
  }
  if (HTML.test(text)) {
    return fail(
      key,
      'contains_html',
      'Write plain text: HTML is not allowed here and would be shown as typed.',
    );
  }
  if ((spec.multiline ? CONTROL : CONTROL_OR_BREAK).test(text)) {
    return fail(
      key,
      'control_characters',
      spec.multiline
        ? 'Remove the control characters; only line breaks are allowed.'
        : 'Keep it on one line and remove the control characters.',
    );
  }
  return { ok: true, value: text };
}

function readUrl(
  key: SettingKey,
  raw: unknown,
  allow: 'channel' | 'health',
): Reading {
  if (typeof raw !== 'string') {
    return fail(key, 'invalid_url', `Use a link, not ${quote(raw)}.`);
  }
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };

  // A same-origin path ("/srv/status"), never a scheme-relative "//host".
  if (allow === 'health' && /^\/(?![/\\])/.test(text)) {
    return /^\/[^\s]*$/.test(text)
      ? { ok: true, value: text }
      : fail(key, 'invalid_url', `${quote(text)} is not a valid path.`);
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const example =
      allow === 'health' ? '"/srv/status" or an https: link' : 'an https: link';
    return fail(
      key,
      'invalid_url',
      `${quote(text)} is not a link; use ${example}.`,
    );
  }
  const isHttps = url.protocol === 'https:' && url.hostname !== '';
  const isSlack = allow === 'channel' && url.protocol === 'slack:';
  if (!isHttps && !isSlack) {
    return fail(
      key,
      'insecure_url',
      allow === 'channel'
        ? `Use an https: link (or a slack: deep link); ${url.protocol} links are not allowed.`
        : `Use a path on this site or an https: link; ${url.protocol} links are not allowed.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    return fail(
      key,
      'insecure_url',
      'Remove the user name and password from the link.',
    );
  }
  return { ok: true, value: url.href };
}

function isTimeZone(name: string): boolean {
  // Offsets such as "+05:30" are valid for Intl but are not IANA zone names.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function readTimeZone(key: SettingKey, raw: unknown): Reading {
  if (typeof raw === 'string' && isTimeZone(raw.trim())) {
    return { ok: true, value: raw.trim() };
  }
  return fail(
    key,
    'unknown_time_zone',
    `${quote(raw)} is not an IANA time zone; use a name such as America/Los_Angeles or UTC.`,
  );
}

const INSTANT_MESSAGES: Record<InstantProblem, (raw: string) => string> = {
  required: () => 'Set the start, for example 2027-02-18T10:00:00-08:00.',
  missing_offset: (raw) =>
    `${quote(raw)} has no offset: add "Z" for UTC or an offset such as "-08:00", so it names one instant for every visitor.`,
  invalid_format: (raw) =>
    `${quote(raw)} is not an ISO 8601 date and time such as 2027-02-18T10:00:00-08:00.`,
  invalid_date: (raw) => `${quote(raw)} is not a real date and time.`,
};

function readInstantSetting(
  key: SettingKey,
  raw: unknown,
  required: boolean,
): Reading {
  if (typeof raw !== 'string') {
    return fail(
      key,
      'invalid_format',
      `Use an ISO 8601 date and time such as 2027-02-18T10:00:00-08:00, not ${quote(raw)}.`,
    );
  }
  const reading = readInstant(raw);
  if (reading.ok) return { ok: true, value: reading.epochMs };
  if (reading.problem === 'required' && !required)
    return { ok: true, value: null };
  return fail(key, reading.problem, INSTANT_MESSAGES[reading.problem](raw));
}

function readEnum(
  key: SettingKey,
  raw: unknown,
  choices: readonly string[],
): Reading {
  const word = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof word === 'string' && choices.includes(word)) {
    return { ok: true, value: word };
  }
  return fail(
    key,
    'unknown_status',
    `Use one of ${choices.join(', ')}; not ${quote(raw)}.`,
  );
}

function readSetting(
  key: SettingKey,
  raw: unknown,
  startRequired: boolean,
): Reading {
  const spec: Spec = SETTINGS[key];
  // Missing (or null) means "not set": the default applies.
  const value = raw === undefined || raw === null ? spec.default : raw;
  switch (spec.type) {
    case 'bool':
      return readBool(key, value);
    case 'integer':
      return readInteger(key, value, spec);
    case 'instant':
      return readInstantSetting(
        key,
        value,
        key === 'maintenance_banner_starts_at' && startRequired,
      );
    case 'time_zone':
      return readTimeZone(key, value);
    case 'text':
      return readText(key, value, spec);
    case 'url':
      return readUrl(key, value, spec.allow);
    case 'enum':
      return readEnum(key, value, spec.choices);
  }
}

type Raw = { ok: true; value: unknown } | { ok: false; error: SettingError };

function rawValue(input: object, key: SettingKey): Raw {
  // Only the contract's own key names are read, so `__proto__` or
  // `constructor` in the input can never be reached. A plain property read
  // (not hasOwnProperty) lets tracked proxies and getters work, and lets
  // Glimmer track each key the banner depends on. A getter (or a Proxy) that
  // throws is that key's error, not the caller's.
  try {
    return { ok: true, value: (input as Record<string, unknown>)[key] };
  } catch {
    return {
      ok: false,
      error: {
        key,
        code: 'unreadable',
        message: 'This setting could not be read.',
      },
    };
  }
}

function notAnObject(input: unknown): SettingError {
  return {
    key: null,
    code: 'not_an_object',
    message: `The settings must be an object of maintenance_banner_* keys, not ${quote(input)}.`,
  };
}

function isSettingsObject(input: unknown): input is object {
  if (typeof input !== 'object' || input === null) return false;
  try {
    return !Array.isArray(input);
  } catch {
    return true; // a revoked Proxy: each read then reports its own key
  }
}

type Values = Partial<Record<SettingKey, Value>>;

function readEnabled(input: object): Reading {
  const raw = rawValue(input, 'maintenance_banner_enabled');
  if (!raw.ok) return raw;
  return readBool('maintenance_banner_enabled', raw.value ?? false);
}

function readAll(input: unknown): { values: Values; errors: SettingError[] } {
  if (!isSettingsObject(input)) {
    return { values: {}, errors: [notAnObject(input)] };
  }
  const enabled = readEnabled(input);
  const startRequired = enabled.ok && enabled.value === true;

  const values: Values = {};
  const errors: SettingError[] = [];
  for (const key of SETTING_KEYS) {
    const raw = rawValue(input, key);
    const reading = raw.ok ? readSetting(key, raw.value, startRequired) : raw;
    if (reading.ok) values[key] = reading.value;
    else errors.push(reading.error);
  }
  return { values, errors };
}

/** Every problem with the settings, one entry per key at fault. */
export function validateSettings(input: unknown): SettingError[] {
  return readAll(input).errors;
}

/**
 * Settings → window. `null` or `undefined` (no settings yet) and a
 * switched-off banner are not errors: both read as `{ ok: true, window: null }`
 * without looking at the other keys.
 */
export function parseSettings(input: unknown): ParseResult {
  if (input === null || input === undefined) return { ok: true, window: null };
  if (!isSettingsObject(input))
    return { ok: false, errors: [notAnObject(input)] };
  const enabled = readEnabled(input);
  if (!enabled.ok) return { ok: false, errors: [enabled.error] };
  if (enabled.value !== true) return { ok: true, window: null };

  const { values, errors } = readAll(input);
  if (errors.length > 0) return { ok: false, errors };

  const startsAt = values.maintenance_banner_starts_at as number;
  const duration = values.maintenance_banner_duration_minutes as number;
  const durationMinutes = duration === 0 ? null : duration;
  return {
    ok: true,
    window: {
      startsAt,
      durationMinutes,
      endsAt:
        durationMinutes === null
          ? null
          : startsAt + durationMinutes * MS_PER_MINUTE,
      timeZone: values.maintenance_banner_time_zone as string,
      message: values.maintenance_banner_message as string,
      channel: {
        name: values.maintenance_banner_channel_name as string,
        url: values.maintenance_banner_channel_url as string | null,
      },
      status: values.maintenance_banner_status as MaintenanceStatus,
      completedAt: values.maintenance_banner_completed_at as number | null,
      noticeHours: values.maintenance_banner_notice_hours as number,
      imminentMinutes: values.maintenance_banner_imminent_minutes as number,
      longWindowMinutes:
        values.maintenance_banner_long_window_minutes as number,
      completedNoticeMinutes:
        values.maintenance_banner_completed_notice_minutes as number,
      dismissible: values.maintenance_banner_dismissible as boolean,
      healthUrl: values.maintenance_banner_health_url as string | null,
    },
  };
}
