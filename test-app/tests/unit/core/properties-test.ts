/**
 * Properties of the core, checked on generated inputs rather than examples:
 * the validator is total, the phase function is total, the "next change"
 * instants are honest (nothing changes before them, something changes at
 * them), and phases only ever move forward in time.
 *
 * Runs in Node (three zones) and in Chromium: imports only the core. A
 * failure message carries fast-check's seed and path to replay it.
 */
import { module, test } from 'qunit';
import fc from 'fast-check';
import {
  PHASES,
  SETTING_KEYS,
  STATUSES,
  countdown,
  countdownText,
  imminentAt,
  nextPhaseChange,
  nextTextChange,
  noticeStartsAt,
  parseSettings,
  phaseAt,
  validateSettings,
  type MaintenanceStatus,
  type MaintenanceWindow,
  type Phase,
} from 'ember-maintenance-banner/core';
import {
  completedNoticeEndsAt,
  forgottenAt,
} from '../../helpers/core-internals.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** Runs a property and turns its outcome into one assertion. */
function holds<T>(
  assert: Assert,
  property: fc.IProperty<T>,
  numRuns: number,
): void {
  const details = fc.check(property, { numRuns });
  assert.false(
    details.failed,
    details.failed
      ? (fc.defaultReportMessage(details) ?? 'failed')
      : `held for ${details.numRuns} inputs`,
  );
}

// ---------------------------------------------------------------------------
// Arbitrary settings objects: anything a JSON document (or a careless
// `siteSettings`) may hold, under the contract's keys and any other.

const HUGE = 'x'.repeat(200_000);
const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  'true',
  't',
  '1',
  'false',
  'f',
  '0',
  '-0',
  '1e3',
  '0x10',
  '60.5',
  ' 60 ',
  '999999999999999999999',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnp.exe\u202C',
  '\u0000\u0007\u009f',
  'javascript:alert(1)',
  'https://user:pass@example.com/',
  'slack://channel?team=T1&id=C1',
  '//evil.example/',
  '2027-02-18T10:00:00-08:00',
  '2027-02-18T10:00:00',
  '2027-02-30T10:00:00Z',
  '+275760-09-13T00:00:00Z',
  'America/Los_Angeles',
  'Etc/GMT+8',
  '+05:30',
  'in_progress',
  'completed',
  HUGE,
  '<'.repeat(100_000),
  '9'.repeat(100_000),
  `2027-02-18T10:00:00${'0'.repeat(100_000)}Z`,
  `America/${'a/'.repeat(50_000)}!`,
);

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  // Not JSON, but a settings object in memory may hold them.
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53,
    1e21,
    undefined,
    null,
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ unit: 'binary', maxLength: 40 }),
  awkwardStrings,
);

const anyKey = fc.oneof(
  fc.constantFrom(
    ...SETTING_KEYS,
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
  ),
  fc.string({ maxLength: 12 }),
);

const anySettings = fc.oneof(
  // Mostly the contract's own keys, so values reach every reader.
  fc.dictionary(fc.constantFrom(...SETTING_KEYS), anyValue, { maxKeys: 15 }),
  fc.dictionary(anyKey, anyValue, { maxKeys: 20 }),
  // `JSON.parse` makes `__proto__` an own key, unlike an object literal.
  fc
    .dictionary(anyKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 20 })
    .map((object) => JSON.parse(JSON.stringify(object)) as unknown),
  anyValue,
);

// ---------------------------------------------------------------------------
// Valid windows: generated as settings and read by the real validator, plus
// windows built directly with extreme (but well-typed) numbers.

const FIRST = Date.UTC(1971, 0, 1);
const LAST = Date.UTC(2200, 0, 1);
const OFFSETS = [0, -480, -420, 345, 330, 840, -720, 60];

/** `epochMs` written as ISO 8601 in a fixed offset. */
function isoIn(epochMs: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(epochMs).toISOString();
  const local = new Date(epochMs + offsetMinutes * MINUTE).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.slice(0, -1)}${sign}${hh}:${mm}`;
}

const instant = fc
  .tuple(
    fc.integer({ min: FIRST, max: LAST }),
    fc.constantFrom(1, 1000, MINUTE),
    fc.constantFrom(...OFFSETS),
  )
  .map(([ms, unit, offset]) => isoIn(ms - (ms % unit), offset));

/** An integer setting, as a number or as the string Discourse may hold. */
const integerSetting = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min, max }).map(String));

const validSettings = fc.record({
  maintenance_banner_enabled: fc.constantFrom(true, 'true', 't'),
  maintenance_banner_starts_at: instant,
  maintenance_banner_duration_minutes: fc.oneof(
    integerSetting(0, 10_080),
    fc.constantFrom(0, 1, 60, 10_080),
  ),
  maintenance_banner_time_zone: fc.constantFrom(
    'UTC',
    'America/Los_Angeles',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
  ),
  maintenance_banner_message: fc.constantFrom('', 'Back soon.', 'a < b'),
  maintenance_banner_status: fc.constantFrom(...STATUSES),
  maintenance_banner_completed_at: fc.oneof(fc.constant(''), instant),
  maintenance_banner_notice_hours: fc.oneof(
    integerSetting(1, 720),
    fc.constantFrom(1, 720),
  ),
  maintenance_banner_imminent_minutes: fc.oneof(
    integerSetting(0, 1440),
    fc.constantFrom(0, 1440),
  ),
  maintenance_banner_long_window_minutes: integerSetting(1, 10_080),
  maintenance_banner_completed_notice_minutes: fc.oneof(
    integerSetting(0, 1440),
    fc.constantFrom(0, 1440),
  ),
  maintenance_banner_dismissible: fc.boolean(),
});

const parsedWindow = validSettings.map((settings) => {
  const result = parseSettings(settings);
  if (!result.ok || result.window === null) {
    throw new Error(
      `generated settings were refused: ${JSON.stringify(settings)}`,
    );
  }
  return result.window;
});

/** Windows the validator cannot produce, but whose types allow them. */
const builtWindow: fc.Arbitrary<MaintenanceWindow> = fc
  .record({
    startsAt: fc.integer({ min: -8.64e15 + 2 * YEAR, max: 8.64e15 - 2 * YEAR }),
    durationMinutes: fc.option(fc.integer({ min: 1, max: 10_080 })),
    status: fc.constantFrom(...STATUSES),
    completedAt: fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 })),
    noticeHours: fc.integer({ min: 1, max: 720 }),
    imminentMinutes: fc.integer({ min: 0, max: 1440 }),
    completedNoticeMinutes: fc.integer({ min: 0, max: 1440 }),
  })
  .map((fields) => ({
    ...fields,
    endsAt:
      fields.durationMinutes === null
        ? null
        : fields.startsAt + fields.durationMinutes * MINUTE,
    timeZone: 'UTC',
    message: '',
    channel: { name: '#announcements', url: null },
    longWindowMinutes: 120,
    dismissible: true,
    healthUrl: null,
  }));

const anyWindow = fc.oneof(
  { arbitrary: parsedWindow, weight: 4 },
  { arbitrary: builtWindow, weight: 1 },
);

/**
 * Every instant where some rule of the phase table switches, and where the
 * countdown changes granularity (a day, an hour, a minute before the start).
 */
function edges(window: MaintenanceWindow): number[] {
  return [
    noticeStartsAt(window),
    imminentAt(window),
    window.startsAt,
    window.endsAt ?? window.startsAt,
    forgottenAt(window),
    completedNoticeEndsAt(window),
    window.startsAt - DAY,
    window.startsAt - HOUR,
    window.startsAt - MINUTE,
  ];
}

/**
 * A moment relative to a window: on or next to one of its edges (where
 * bugs live), or anywhere within a month of its start. Whole milliseconds.
 */
const moment = fc.oneof(
  fc.record({
    edge: fc.nat({ max: 8 }),
    jitter: fc.integer({ min: -2, max: 2 }),
  }),
  fc.record({ offset: fc.integer({ min: -32 * DAY, max: 32 * DAY }) }),
);
type Moment = typeof moment extends fc.Arbitrary<infer M> ? M : never;

function resolve(window: MaintenanceWindow, at: Moment): number {
  return 'edge' in at
    ? (edges(window)[at.edge] ?? window.startsAt) + at.jitter
    : window.startsAt + at.offset;
}

/** Points in [from, to): `fractions` of the way there, whole milliseconds. */
function between(from: number, to: number, fractions: number[]): number[] {
  return fractions.map((f) =>
    Math.min(to - 1, from + Math.floor(f * (to - from))),
  );
}

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
  minLength: 3,
  maxLength: 3,
});

/** What the banner shows at `now`, reduced to what can change: phase and countdown text. */
function shown(window: MaintenanceWindow, now: number): string {
  const phase = phaseAt(window, now);
  const counting = phase === 'upcoming' || phase === 'imminent';
  const text = counting
    ? (countdownText(window.startsAt, now, 'en')?.text ?? '')
    : '';
  return `${phase} ${text}`;
}

const PHASE_SET = new Set<Phase | null>([...PHASES, null]);

/** The order phases take as time moves on, for each fixed status. */
const FORWARD: Record<MaintenanceStatus, readonly (Phase | null)[]> = {
  scheduled: [null, 'upcoming', 'imminent', 'in-progress', 'overrun', null],
  in_progress: ['in-progress', null],
  completed: ['completed', null],
  cancelled: [null, 'cancelled', null],
};

/** Is `seen` (consecutive repeats removed) a subsequence of `order`? */
function inOrder(
  seen: readonly (Phase | null)[],
  order: readonly (Phase | null)[],
): boolean {
  let i = 0;
  for (const phase of seen) {
    while (i < order.length && order[i] !== phase) i++;
    if (i === order.length) return false;
    i++;
  }
  return true;
}

module('core | properties', function () {
  test('the validator never throws, whatever it is given', function (assert) {
    holds(
      assert,
      fc.property(anySettings, (input) => {
        const errors = validateSettings(input);
        const parsed = parseSettings(input);
        if (!Array.isArray(errors)) return false;
        for (const error of errors) {
          if (error.key !== null && !SETTING_KEYS.includes(error.key))
            return false;
          if (typeof error.code !== 'string' || !error.code) return false;
          if (typeof error.message !== 'string' || error.message === '')
            return false;
        }
        // The two readings agree: no error means it parses, and a window
        // that parsed has no error to report.
        if (errors.length === 0 && !parsed.ok) return false;
        if (parsed.ok && parsed.window !== null && errors.length > 0)
          return false;
        if (parsed.ok && parsed.window !== null)
          return Number.isFinite(parsed.window.startsAt);
        return true;
      }),
      300,
    );
  });

  test('generated valid settings are accepted', function (assert) {
    holds(
      assert,
      fc.property(validSettings, (settings) => {
        return validateSettings(settings).length === 0;
      }),
      100,
    );
  });

  test('the phase function is total', function (assert) {
    const anyNow = fc.oneof(
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 8.64e15, -8.64e15),
    );
    holds(
      assert,
      fc.property(
        fc.option(anyWindow, { freq: 8 }),
        fc.oneof(anyNow, fc.integer({ min: FIRST, max: LAST })),
        (window, now) => {
          const phase = phaseAt(window, now);
          const next = nextPhaseChange(window, now);
          const textChange = nextTextChange(window, now);
          return (
            PHASE_SET.has(phase) &&
            (next === null || (Number.isFinite(next) && next > now)) &&
            (textChange === null ||
              (Number.isFinite(textChange) && textChange > now))
          );
        },
      ),
      300,
    );
  });

  test('the phase holds until nextPhaseChange, and changes there', function (assert) {
    holds(
      assert,
      fc.property(anyWindow, moment, fractions, (window, at, f) => {
        const now = resolve(window, at);
        const phase = phaseAt(window, now);
        const next = nextPhaseChange(window, now);
        if (next === null) {
          // Never again: the same answer for years to come.
          return between(now, now + 10 * YEAR, f).every(
            (t) => phaseAt(window, t) === phase,
          );
        }
        return (
          next > now &&
          phaseAt(window, next - 1) === phase &&
          between(now, next, f).every((t) => phaseAt(window, t) === phase) &&
          phaseAt(window, next) !== phase
        );
      }),
      300,
    );
  });

  test('the text holds until nextTextChange, and changes there', function (assert) {
    holds(
      assert,
      fc.property(anyWindow, moment, fractions, (window, at, f) => {
        const now = resolve(window, at);
        const before = shown(window, now);
        const next = nextTextChange(window, now);
        if (next === null) {
          return between(now, now + 10 * YEAR, f).every(
            (t) => shown(window, t) === before,
          );
        }
        return (
          next > now &&
          shown(window, next - 1) === before &&
          between(now, next, f).every((t) => shown(window, t) === before) &&
          shown(window, next) !== before
        );
      }),
      120,
    );
  });

  test('a countdown never reads zero, and holds until its nextChange', function (assert) {
    const SECOND = 1000;
    const left = fc.oneof(
      fc.integer({ min: 1, max: 40 * DAY }),
      // Where the granularity or a carry changes.
      fc
        .tuple(
          fc.constantFrom(SECOND, MINUTE, HOUR, DAY, 2 * DAY, 61 * MINUTE),
          fc.integer({ min: -2, max: 2 }),
        )
        .map(([edge, jitter]) => edge + jitter),
    );
    const partsAt = (target: number, now: number) =>
      JSON.stringify(countdown(target, now)?.parts ?? null);
    holds(
      assert,
      fc.property(
        fc.integer({ min: FIRST, max: LAST }),
        left,
        fractions,
        (target, ms, f) => {
          const now = target - ms;
          const reading = countdown(target, now);
          if (reading === null) return false;
          const { days, hours, minutes, seconds } = reading.parts;
          const next = reading.nextChange;
          const shownNow = partsAt(target, now);
          return (
            days + hours + minutes + seconds > 0 &&
            next > now &&
            next <= target &&
            partsAt(target, next - 1) === shownNow &&
            between(now, next, f).every(
              (t) => partsAt(target, t) === shownNow,
            ) &&
            partsAt(target, next) !== shownNow
          );
        },
      ),
      300,
    );
  });

  test('with a fixed status, phases only move forward in time', function (assert) {
    holds(
      assert,
      fc.property(
        anyWindow,
        fc.array(moment, { minLength: 2, maxLength: 30 }),
        (window, moments) => {
          const times = [
            ...moments.map((at) => resolve(window, at)),
            ...edges(window),
          ].sort((a, b) => a - b);
          const seen: (Phase | null)[] = [];
          for (const t of times) {
            const phase = phaseAt(window, t);
            if (seen.length === 0 || seen.at(-1) !== phase) seen.push(phase);
          }
          return inOrder(seen, FORWARD[window.status]);
        },
      ),
      200,
    );
  });
});
