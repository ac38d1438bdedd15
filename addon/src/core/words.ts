/**
 * The words' parts: an instant as a sentence in one zone or two, and the
 * channel as visitors read it.
 */
import {
  formatDateAndTime,
  formatDateTime,
  formatTime,
  sameDay,
  zoneName,
  type Locale,
} from './format.ts';
import {
  interpolate,
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
