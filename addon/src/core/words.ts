/**
 * The words' parts: an instant as a sentence in one zone or two, the
 * channel as visitors read it, and the locale the words are written in.
 */
import {
  formatDateAndTime,
  formatDateTime,
  formatTime,
  sameDay,
  zoneName,
  type Locale,
} from './format.ts';
import { intl } from './intl-cache.ts';
import { languageOf } from './locale.ts';
import {
  en,
  interpolate,
  messagesFor,
  segmentsToText,
  type Messages,
  type Segment,
} from './messages.ts';
import type { MaintenanceWindow } from './read-settings.ts';
import { localTimeZone, zoneOffsetAt } from './zone.ts';

/** "Tue, Feb 18, 10:00 AM PST · 2:00 AM your time (GMT+8)", as segments. */
export function instantSentence(
  epochMs: number,
  announcementZone: string,
  messages: Messages,
  locale: Locale,
  viewerZone: string,
): Segment[] {
  const announced = formatDateTime(epochMs, announcementZone, locale);
  if (
    zoneOffsetAt(epochMs, viewerZone) ===
    zoneOffsetAt(epochMs, announcementZone)
  ) {
    return interpolate(messages['when.one'], { announced });
  }
  const local = sameDay(epochMs, announcementZone, viewerZone)
    ? formatTime(epochMs, viewerZone, locale)
    : formatDateAndTime(epochMs, viewerZone, locale);
  return interpolate(messages['when.both'], {
    announced,
    local,
    zone: zoneName(epochMs, viewerZone, locale),
  });
}

/** "Tue, Feb 18, 10:00 AM PST · 2:00 AM your time (GMT+8)" */
export function describeInstant(
  epochMs: number,
  announcementZone: string,
  messages: Messages,
  locale?: Locale,
  viewerZone: string = localTimeZone(),
): string {
  return segmentsToText(
    instantSentence(epochMs, announcementZone, messages, locale, viewerZone),
    {},
  );
}

export function channelOf(window: MaintenanceWindow, messages: Messages) {
  const { name, url } = window.channel;
  if (name === '' && url === null) return null;
  return { name: name === '' ? messages['channel.fallbackName'] : name, url };
}

/**
 * The locale the words are in. A language without a table gets English
 * words, and then English dates and durations too (in the page's region):
 * never "Starts in ساعتان" on an Arabic page.
 */
export function wordsLocale(
  locale: Locale,
  overrides: Partial<Messages> | null | undefined,
): { locale: Locale; lang: string | null } {
  const asked =
    (typeof locale === 'string' ? locale : locale?.[0]) ??
    intl('runtime locale', () => new Intl.DateTimeFormat().resolvedOptions())
      .locale;
  const whole = overrides && Object.keys(en).every((key) => key in overrides);
  if (
    whole ||
    messagesFor(asked) !== en ||
    languageOf(asked) === languageOf('en')
  ) {
    return { locale, lang: null };
  }
  let region: string | undefined;
  try {
    region = new Intl.Locale(asked.replace(/_/g, '-')).region;
  } catch {
    // not a tag: plain English
  }
  return { locale: region ? `en-${region}` : 'en', lang: 'en' };
}
