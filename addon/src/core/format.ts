/**
 * Dates, zones and durations, formatted with `Intl` only: no hand-made month
 * names, zone abbreviations or plural rules.
 */
import type { CountdownParts } from './countdown.ts';
import { intl } from './intl-cache.ts';

export type Locale = string | readonly string[] | undefined;

type Locales = string | string[] | undefined;

const memo = <T>(
  kind: string,
  locale: Locale,
  options: object,
  build: () => T,
): T => intl(JSON.stringify([kind, locale, options]), build);

function dateTimeFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return memo(
    'date',
    locale,
    options,
    () => new Intl.DateTimeFormat(locale as Locales, options),
  );
}

function numberFormat(
  locale: Locale,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return memo(
    'number',
    locale,
    options,
    () => new Intl.NumberFormat(locale as Locales, options),
  );
}

function listFormat(locale: Locale): Intl.ListFormat {
  const options: Intl.ListFormatOptions = { type: 'unit', style: 'long' };
  return memo(
    'list',
    locale,
    options,
    () => new Intl.ListFormat(locale as Locales, options),
  );
}

const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
};
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** The zone's short name at that instant: "PST", "PDT", "GMT+8", "GMT+5:45". */
export function zoneName(
  epochMs: number,
  timeZone: string,
  locale?: Locale,
): string {
  const parts = dateTimeFormat(locale, {
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * "Tue, Feb 18, 10:00 AM PST" (with `withYear`: "Tue, Feb 18, 2027, 10:00
 * AM PST"). Built from Intl's parts with the zone moved to the end: some
 * locales put it between the date and the time ("12月1日周二 GMT-8 13:15"),
 * which reads as if the zone belonged to the date.
 */
export function formatDateTime(
  epochMs: number,
  timeZone: string,
  locale?: Locale,
  { withYear = false }: { withYear?: boolean } = {},
): string {
  const formatter = dateTimeFormat(locale, {
    ...DATE,
    ...(withYear ? { year: 'numeric' } : {}),
    ...TIME,
    timeZone,
    timeZoneName: 'short',
  });
  const parts = formatter.formatToParts(epochMs);
  const at = parts.findIndex((part) => part.type === 'timeZoneName');
  const zone = parts[at];
  // Where the zone already ends it, `format` (whose spaces browsers keep plain).
  if (!zone || at === parts.length - 1) return formatter.format(epochMs);
  // The zone and the separator after it go; the zone comes back at the end.
  const rest = parts.filter(
    (part, index) =>
      index !== at && !(index === at + 1 && part.type === 'literal'),
  );
  return `${rest.map((part) => part.value).join('')} ${zone.value}`;
}

/** "10:00 AM" */
export function formatTime(
  epochMs: number,
  timeZone: string,
  locale?: Locale,
): string {
  return dateTimeFormat(locale, { ...TIME, timeZone }).format(epochMs);
}

/** "Wed, Feb 19, 2:00 AM" */
export function formatDateAndTime(
  epochMs: number,
  timeZone: string,
  locale?: Locale,
): string {
  return dateTimeFormat(locale, { ...DATE, ...TIME, timeZone }).format(epochMs);
}

/** Do the two zones show the same calendar day at that instant? */
export function sameDay(
  epochMs: number,
  zoneA: string,
  zoneB: string,
): boolean {
  const day = (timeZone: string) =>
    dateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone,
    }).format(epochMs);
  return day(zoneA) === day(zoneB);
}

type DurationInput = Partial<CountdownParts>;

interface DurationFormatLike {
  format(duration: DurationInput): string;
}
type DurationFormatConstructor = new (
  locale: Locale,
  options: { style: 'long' | 'short' | 'narrow' },
) => DurationFormatLike;

/** Units in the order they are read out. */
const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

/**
 * A duration without `Intl.DurationFormat`: each unit through
 * `Intl.NumberFormat` (which owns plural rules), joined by `Intl.ListFormat`.
 */
export function formatDurationFallback(
  duration: DurationInput,
  locale?: Locale,
): string {
  const unitFormat = (unit: (typeof UNITS)[number]) =>
    numberFormat(locale, {
      style: 'unit',
      unit: unit.slice(0, -1),
      unitDisplay: 'long',
    });
  const shown = UNITS.filter((unit) => (duration[unit] ?? 0) > 0);
  if (shown.length === 0) return unitFormat('seconds').format(0);
  return listFormat(locale).format(
    shown.map((unit) => unitFormat(unit).format(duration[unit] ?? 0)),
  );
}

/** "2 days, 5 hours": `Intl.DurationFormat` where the runtime has it. */
export function formatDuration(
  duration: DurationInput,
  locale?: Locale,
): string {
  const DurationFormat = (
    Intl as { DurationFormat?: DurationFormatConstructor }
  ).DurationFormat;
  if (DurationFormat === undefined || UNITS.every((unit) => !duration[unit])) {
    return formatDurationFallback(duration, locale);
  }
  return memo(
    'duration',
    locale,
    {},
    () => new DurationFormat(locale, { style: 'long' }),
  ).format(duration);
}

/** A length in minutes: 90 → "1 hour, 30 minutes"; 0 → "0 minutes". */
export function formatMinutes(totalMinutes: number, locale?: Locale): string {
  if (totalMinutes === 0) {
    return numberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    }).format(0);
  }
  return formatDuration(minutesToParts(totalMinutes), locale);
}

/** Minutes → the largest sensible parts: 90 → 1 hour, 30 minutes. */
export function minutesToParts(totalMinutes: number): DurationInput {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  return { days, hours, minutes };
}
