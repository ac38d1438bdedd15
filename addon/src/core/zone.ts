/**
 * IANA zones and their offsets, from `Intl.DateTimeFormat` only: the one
 * place that knows what a zone name is and what offset it has at an
 * instant. The visitor's text, the admin's wall times and the server use it.
 */

import { intl } from './intl-cache.ts';

const offsetFormatter = (timeZone: string): Intl.DateTimeFormat =>
  intl(
    `offset ${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        timeZoneName: 'longOffset',
      }),
  );

/**
 * The runtime's name for a zone ("asia/tokyo" → "Asia/Tokyo"), or `null` when
 * it is not a zone this runtime knows. Offsets such as "+05:30" are refused:
 * they are not IANA names and have no daylight saving rules.
 */
export function canonicalTimeZone(name: string): string | null {
  const text = name.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(text)) {
    return null;
  }
  try {
    return offsetFormatter(text).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Minutes east of UTC in `timeZone` at that instant: -480 for PST, 345 for Nepal. */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  // "GMT", "GMT+05:45", "GMT-08:00" (and "GMT-07:52:58" for old local mean times)
  const name =
    offsetFormatter(timeZone)
      .formatToParts(epochMs)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours, minutes, seconds] =
    /([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(name) ?? [];
  if (!sign) return 0;
  const total =
    Number(hours) * 60 +
    Number(minutes) +
    Math.round(Number(seconds ?? 0) / 60);
  return sign === '-' ? -total : total;
}

let localZone: string | undefined;

/** The zone this runtime (the visitor's browser) is in. */
export function localTimeZone(): string {
  return (localZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
}
