/**
 * ISO 8601 instants, read strictly.
 *
 * `Date.parse` accepts far too much (and reads a string without an offset in
 * the *viewer's* zone), so a start time typed as "10:00" would mean a
 * different instant for every visitor. Here an instant must name its offset.
 */

export type InstantProblem =
  'required' | 'missing_offset' | 'invalid_format' | 'invalid_date';

export type InstantReading =
  { ok: true; epochMs: number } | { ok: false; problem: InstantProblem };

// date T time [.fraction] offset; "T" may be a space (RFC 3339 allows it).
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

const MS_PER_MINUTE = 60_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Offset in minutes east of UTC, from "Z", "+05:45", "-0800" or "+09". */
function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** Reads an ISO 8601 date-time that carries `Z` or an offset. */
export function readInstant(value: string): InstantReading {
  const text = value.trim();
  if (text === '') return { ok: false, problem: 'required' };

  const match = INSTANT.exec(text);
  if (!match) return { ok: false, problem: 'invalid_format' };

  const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = match;
  if (offset === undefined) return { ok: false, problem: 'missing_offset' };

  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offsetMin = parseOffset(offset);

  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetMin === null
  ) {
    return { ok: false, problem: 'invalid_date' };
  }

  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const date = new Date(
    Date.UTC(2000, month - 1, day, hour, minute, second, ms),
  );
  date.setUTCFullYear(year);
  return { ok: true, epochMs: date.getTime() - offsetMin * MS_PER_MINUTE };
}

/** The canonical form used in `datetime` attributes: UTC with milliseconds. */
export function toIsoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
