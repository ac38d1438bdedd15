/**
 * The window as an iCalendar file (RFC 5545), built in the browser with no
 * server call, for "Add to calendar".
 *
 * - Instants are written in UTC (`DTSTART:20270218T180000Z`): every calendar
 *   shows them in its own zone, and no VTIMEZONE block is needed.
 * - An unknown length ends one hour after the start (`UNKNOWN_LENGTH_MINUTES`),
 *   and the description says that the length is unknown.
 * - The UID is derived from the start and the announcement's zone, so a
 *   second download of the same window updates the event instead of
 *   adding another; a postponed window is a new event.
 */
import { fingerprint } from './fingerprint.ts';
import type { MaintenanceWindow } from './read-settings.ts';

export const UNKNOWN_LENGTH_MINUTES = 60;

export interface CalendarText {
  /** SUMMARY: "Forum maintenance". */
  readonly summary: string;
  /** Lines of the DESCRIPTION, plain text. */
  readonly description: readonly string[];
}

const CRLF = '\r\n';

/** 2027-02-18T18:00:00.000Z → 20270218T180000Z */
function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The end written into the calendar: the expected end, or one hour when unknown. */
export function calendarEnd(window: MaintenanceWindow): number {
  return window.endsAt ?? window.startsAt + UNKNOWN_LENGTH_MINUTES * 60_000;
}

/** The `.ics` text for the window (CRLF line ends, folded, escaped). */
export function calendarFile(
  window: MaintenanceWindow,
  text: CalendarText,
  stampedAt: number,
): string {
  const url = window.channel.url?.startsWith('https:')
    ? window.channel.url
    : null;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ember-maintenance-banner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${fingerprint(`${window.startsAt}|${window.timeZone}`).toString(16).padStart(8, '0')}-${utcStamp(window.startsAt)}@maintenance-banner`,
    `DTSTAMP:${utcStamp(stampedAt)}`,
    `DTSTART:${utcStamp(window.startsAt)}`,
    `DTEND:${utcStamp(calendarEnd(window))}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(text.description.filter(Boolean).join('\n'))}`,
    ...(url ? [`URL:${url}`] : []),
    `STATUS:${window.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
