/**
 * "A date and a time in an IANA zone" ↔ an instant, with daylight saving
 * time handled the way a person means it.
 *
 * An admin types "Feb 18, 10:00" and picks America/Los_Angeles; the window
 * is stored as `2027-02-18T10:00:00-08:00`, the offset the zone has at that
 * instant (a date in July gets `-07:00`). Two wall times need a decision,
 * and both are reported rather than guessed silently:
 *
 * - skipped: when clocks spring forward, 02:30 never happens. It resolves to
 *   the same length of time after the jump (03:30), as Temporal's
 *   "compatible" rule does, and carries the transition to explain it.
 * - repeated: when clocks fall back, 01:30 happens twice. Both instants are
 *   returned, earlier first; the earlier is picked unless told otherwise.
 *
 * Only `Intl.DateTimeFormat` is used: the zone rules are the runtime's own.
 */
import { intl } from './intl-cache.ts';
import { canonicalTimeZone, zoneOffsetAt } from './zone.ts';

/** A calendar date and a wall-clock time, without a zone. */
export interface WallTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** One instant a wall time can mean, with the zone's offset there. */
export interface ZonedCandidate {
  readonly epochMs: number;
  /** Minutes east of UTC at that instant: -480 for PST, 345 for Nepal. */
  readonly offsetMinutes: number;
}

/** A change of the zone's offset (daylight saving time begins or ends). */
export interface ZoneTransition {
  /** The first instant with the new offset. */
  readonly at: number;
  readonly offsetBefore: number;
  readonly offsetAfter: number;
  /** The wall clock just before the change ("02:00" when springing forward). */
  readonly wallBefore: WallTime;
  /** The wall clock at the change ("03:00" when springing forward). */
  readonly wallAfter: WallTime;
}

export type ZonedTime =
  | ({ readonly kind: 'exact' } & ZonedCandidate)
  | ({
      /** The wall time never happens: clocks jump over it. */
      readonly kind: 'skipped';
      /** The wall time the instant shows: the typed one, shifted by the gap. */
      readonly shiftedTo: WallTime;
      /** How far the clocks jump, in minutes. */
      readonly gapMinutes: number;
      readonly transition: ZoneTransition;
    } & ZonedCandidate)
  | ({
      /** The wall time happens twice: clocks fall back over it. */
      readonly kind: 'repeated';
      /** Both instants, earlier first; `epochMs` is the one chosen. */
      readonly candidates: readonly [ZonedCandidate, ZonedCandidate];
      readonly transition: ZoneTransition;
    } & ZonedCandidate);

export interface ResolveOptions {
  /** Which instant a repeated wall time means: the first (default) or the second. */
  readonly repeated?: 'earlier' | 'later';
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const wallFormatter = (timeZone: string): Intl.DateTimeFormat =>
  intl(
    `wall ${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );

/**
 * Every IANA zone this runtime knows (`Intl.supportedValuesOf('timeZone')`),
 * plus "UTC" and any `extra` names (the admin's own zone, the saved one),
 * sorted and without duplicates.
 */
export function timeZoneNames(extra: readonly string[] = []): string[] {
  const supported = (
    Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }
  ).supportedValuesOf;
  const names = new Set<string>(supported ? supported('timeZone') : []);
  names.add('UTC');
  for (const name of extra) if (canonicalTimeZone(name)) names.add(name);
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The wall clock in `timeZone` at that instant (milliseconds dropped). */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts = wallFormatter(timeZone).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The wall time read as if it were UTC, in epoch ms. */
function naiveMs(wall: WallTime): number {
  const date = new Date(
    Date.UTC(
      2000,
      wall.month - 1,
      wall.day,
      wall.hour,
      wall.minute,
      wall.second,
    ),
  );
  date.setUTCFullYear(wall.year); // Date.UTC maps years 0–99 to 1900–1999
  return date.getTime();
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/** The first instant (to the minute) in (from, to] with the offset `to` has. */
function findTransition(
  from: number,
  to: number,
  timeZone: string,
): ZoneTransition {
  const offsetBefore = zoneOffsetAt(from, timeZone);
  const offsetAfter = zoneOffsetAt(to, timeZone);
  let low = Math.floor(from / MS_PER_MINUTE);
  let high = Math.ceil(to / MS_PER_MINUTE);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffsetAt(middle * MS_PER_MINUTE, timeZone) === offsetBefore) {
      low = middle;
    } else {
      high = middle;
    }
  }
  const at = high * MS_PER_MINUTE;
  return {
    at,
    offsetBefore,
    offsetAfter,
    wallBefore: wallFromNaive(at + offsetBefore * MS_PER_MINUTE),
    wallAfter: wallFromNaive(at + offsetAfter * MS_PER_MINUTE),
  };
}

function wallFromNaive(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * The instant a wall time in `timeZone` means. Throws a `RangeError` for a
 * zone the runtime does not know (check with `canonicalTimeZone` first).
 */
export function resolveWallTime(
  wall: WallTime,
  timeZone: string,
  options: ResolveOptions = {},
): ZonedTime {
  const naive = naiveMs(wall);
  // Offset changes are far more than two days apart in every zone, so the
  // offsets a day either side are the only ones this wall time can have.
  const before = zoneOffsetAt(naive - MS_PER_DAY, timeZone);
  const after = zoneOffsetAt(naive + MS_PER_DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset * MS_PER_MINUTE)
    .filter((epochMs) => sameWall(wallTimeAt(epochMs, timeZone), wall))
    .sort((a, b) => a - b)
    .map((epochMs) => ({
      epochMs,
      offsetMinutes: zoneOffsetAt(epochMs, timeZone),
    }));

  const [first, second] = candidates;
  if (first && second) {
    const chosen = options.repeated === 'later' ? second : first;
    return {
      kind: 'repeated',
      ...chosen,
      candidates: [first, second],
      transition: findTransition(first.epochMs, second.epochMs, timeZone),
    };
  }
  if (first) return { kind: 'exact', ...first };

  // Skipped: read with the offset in force before the jump, which lands the
  // same distance past it (02:30 PST is 03:30 PDT).
  const epochMs = naive - before * MS_PER_MINUTE;
  return {
    kind: 'skipped',
    epochMs,
    offsetMinutes: zoneOffsetAt(epochMs, timeZone),
    shiftedTo: wallTimeAt(epochMs, timeZone),
    gapMinutes: after - before,
    transition: findTransition(
      naive - MS_PER_DAY,
      naive + MS_PER_DAY,
      timeZone,
    ),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "-08:00", "+05:45", "+00:00" */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const total = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** "2027-02-18" */
export function formatWallDate(wall: WallTime): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** "10:00", or "10:00:30" when there are seconds. */
export function formatWallTime(wall: WallTime): string {
  const hm = `${pad(wall.hour)}:${pad(wall.minute)}`;
  return wall.second === 0 ? hm : `${hm}:${pad(wall.second)}`;
}

/**
 * The instant as ISO 8601 with the offset `timeZone` has there, to the
 * second: `2027-02-18T10:00:00-08:00`. The form stores this, so the saved
 * value still reads as the admin's wall time.
 */
export function toZonedIso(epochMs: number, timeZone: string): string {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const wall = wallTimeAt(whole, timeZone);
  const offset = zoneOffsetAt(whole, timeZone);
  return `${formatWallDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offset)}`;
}

/**
 * A date ("2027-02-18") and a time ("10:00" or "10:00:30") as an
 * `<input type="date">` and `<input type="time">` give them; `null` when
 * either is not a real date or time.
 */
export function parseWallTime(date: string, time: string): WallTime | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(time.trim());
  if (!d || !t) return null;
  const wall: WallTime = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
    second: Number(t[3] ?? 0),
  };
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(wall.year, wall.month, 0);
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    wall.day < 1 ||
    wall.day > lastDay.getUTCDate() ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    return null;
  }
  return wall;
}
