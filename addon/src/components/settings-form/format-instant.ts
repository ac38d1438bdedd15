/** Instants and lengths as an admin reads them: with the year and the zone's name. */
import { formatDateTime, formatMinutes } from '../../core/index.ts';

/** "Thu, Feb 18, 2027, 10:00 AM PST" */
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
  locale?: string,
): string {
  const minutes = Math.round((epochMs - startsAt) / 60_000);
  if (minutes === 0) return 'at the start';
  const length = formatMinutes(Math.abs(minutes), locale);
  return minutes < 0
    ? `${length} before the start`
    : `${length} after the start`;
}
