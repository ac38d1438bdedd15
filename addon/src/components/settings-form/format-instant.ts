/** Instants as an admin reads them: with the year and the zone's name. */
import { formatDuration } from '../../core/index.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Thu, Feb 18, 2027, 10:00 AM PST" */
export function formatInstant(
  epochMs: number,
  timeZone: string,
  locale?: string,
): string {
  const key = `${locale ?? ''}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(epochMs);
}

/** 90 → "1 hour, 30 minutes"; 0 → "0 minutes". */
export function formatMinutes(total: number, locale?: string): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (total === 0) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    }).format(0);
  }
  return formatDuration({ days, hours, minutes }, locale);
}

/** "15 minutes before the start", "at the start", "2 hours after the start". */
export function relativeToStart(
  epochMs: number,
  startsAt: number,
  locale?: string,
): string {
  const minutes = Math.round((epochMs - startsAt) / 60_000);
  if (minutes === 0) return 'at the start';
  const length = formatMinutes(Math.abs(minutes), locale);
  return minutes < 0
    ? `${length} before the start`
    : `${length} after the start`;
}
