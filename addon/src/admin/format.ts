/** Instants, wall times and lengths as an admin reads them, in the form's locale. */
import { formatDateTime, formatMinutes, type WallTime } from '../core/index.ts';
import type { FormText } from './form-text.ts';

/** "Thu, Feb 18, 2027, 10:00 AM PST": with the year and the zone's name. */
export function formatInstant(
  epochMs: number,
  timeZone: string,
  locale?: string,
): string {
  return formatDateTime(epochMs, timeZone, locale, { withYear: true });
}

/** "15 minutes before the start", "at the start", "2 hours after the start". */
export function relativeToStart(
  epochMs: number,
  startsAt: number,
  text: FormText,
): string {
  const minutes = Math.round((epochMs - startsAt) / 60_000);
  if (minutes === 0) return text.t('preview.atStart');
  const length = formatMinutes(Math.abs(minutes), text.locale);
  return text.t(minutes < 0 ? 'preview.beforeStart' : 'preview.afterStart', {
    length,
  });
}

const asUtc = (wall: WallTime): number =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

const clocks = new Map<string, Intl.DateTimeFormat>();
const days = new Map<string, Intl.DateTimeFormat>();

function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = locale ?? '';
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, found);
  }
  return found;
}

/** A wall time as the locale writes a time of day: "2:30 AM". */
export function wallClock(wall: WallTime, locale: string | undefined): string {
  return formatter(clocks, locale, {
    hour: 'numeric',
    minute: '2-digit',
  }).format(asUtc(wall));
}

/** A wall time's day: "Sun, Mar 14, 2027". */
export function wallDay(wall: WallTime, locale: string | undefined): string {
  return formatter(days, locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(asUtc({ ...wall, hour: 0, minute: 0 }));
}
