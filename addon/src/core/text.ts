/**
 * Window + phase + now → everything the banner says, as plain data.
 *
 * Nothing here returns HTML: admin text stays a string, and the places
 * where markup goes (the channel link, the countdown's `<time>`) are slots.
 */
import {
  countdown,
  type CountdownParts,
  type Granularity,
} from './countdown.ts';
import {
  formatDateAndTime,
  formatDateTime,
  formatDuration,
  formatTime,
  formatMinutes,
  sameDay,
  zoneName,
  type Locale,
} from './format.ts';
import { localTimeZone, zoneOffsetAt } from './zone.ts';
import {
  format,
  interpolate,
  resolveMessages,
  segmentsToText,
  type MessageKey,
  type Messages,
  type Segment,
} from './messages.ts';
import {
  PHASE_TABLE,
  isLongWindow,
  nextPhaseChange,
  phaseAt,
  type Phase,
} from './phase.ts';
import type { MaintenanceWindow } from './read-settings.ts';
import { toIsoInstant } from './instant.ts';
import type { HealthState } from './health.ts';

export interface TextOptions {
  /** BCP 47 locale(s) for dates, durations and lists; the runtime's by default. */
  readonly locale?: Locale;
  /** The viewer's IANA zone; the runtime's by default. */
  readonly timeZone?: string;
  /** Overrides for any of the strings in `en`. */
  readonly messages?: Partial<Messages> | null;
  /** The window as this visitor first saw it: a later change is said, not just shown. */
  readonly previous?: MaintenanceWindow | null;
  /** What the health checks have shown (in-progress and overrun only). */
  readonly health?: HealthState;
}

/** Where the countdown goes in a phase: fixed for the whole phase. */
export interface CountdownSlot {
  /** The instant counted to, and its ISO form for `<time datetime>`. */
  readonly target: number;
  readonly datetime: string;
  /** "Starts in {countdown}" as segments. */
  readonly sentence: readonly Segment[];
}

/** The ticking part: what the countdown shows at one instant. */
export interface CountdownReading {
  readonly granularity: Granularity;
  readonly parts: CountdownParts;
  /** "2 days, 5 hours" */
  readonly text: string;
}

export type CountdownText = CountdownSlot & CountdownReading;

/**
 * What the banner says for a whole phase: it changes only when the phase
 * or the settings do, never as the countdown ticks.
 */
export interface PhaseText {
  readonly phase: Phase;
  readonly headline: string;
  /** "Tue, Feb 18, 10:00 AM PST · 2:00 AM your time (GMT+8)" */
  readonly when: string | null;
  /** Where the countdown goes, in phases that count down. */
  readonly countdown: CountdownSlot | null;
  /** Sentences about length, progress and the channel, each as segments. */
  readonly details: readonly (readonly Segment[])[];
  /** The admin's own sentence, as plain text ("" when none). */
  readonly message: string;
  /** Where updates are posted; `null` when the admin named no channel. */
  readonly channel: {
    readonly name: string;
    readonly url: string | null;
  } | null;
  /** What the live region says: constant for a phase, never the ticking count. */
  readonly announcement: string;
  readonly longWindow: boolean;
  readonly unknownDuration: boolean;
  /** What the health checks have shown, during the window. */
  readonly health: HealthState;
  /** Labels for controls and assistive technology. */
  readonly labels: {
    readonly region: string;
    readonly dismiss: string;
    readonly newTab: string;
    readonly reload: string;
    readonly addToCalendar: string;
  };
  /** What goes into "Add to calendar", while the window is ahead. */
  readonly calendar: {
    readonly summary: string;
    readonly description: readonly string[];
    readonly fileName: string;
  } | null;
}

/** Everything the banner says at one instant. */
export interface BannerText extends Omit<PhaseText, 'countdown'> {
  readonly countdown: CountdownText | null;
}

// A sentence already closed by punctuation, in Latin or CJK scripts.
const SENTENCE_END = /[.!?。！？]$/u;

/** "Tue, Feb 18, 10:00 AM PST · 2:00 AM your time (GMT+8)" */
export function describeInstant(
  epochMs: number,
  announcementZone: string,
  messages: Messages,
  locale?: Locale,
  viewerZone: string = localTimeZone(),
): string {
  const announced = formatDateTime(epochMs, announcementZone, locale);
  if (
    zoneOffsetAt(epochMs, viewerZone) ===
    zoneOffsetAt(epochMs, announcementZone)
  ) {
    return format(messages['when.one'], { announced });
  }
  const local = sameDay(epochMs, announcementZone, viewerZone)
    ? formatTime(epochMs, viewerZone, locale)
    : formatDateAndTime(epochMs, viewerZone, locale);
  return format(messages['when.both'], {
    announced,
    local,
    zone: zoneName(epochMs, viewerZone, locale),
  });
}

function channelOf(window: MaintenanceWindow, messages: Messages) {
  const { name, url } = window.channel;
  if (name === '' && url === null) return null;
  return { name: name === '' ? messages['channel.fallbackName'] : name, url };
}

/** What the banner says throughout `phase`. */
export function phaseText(
  window: MaintenanceWindow,
  phase: Phase,
  options: TextOptions = {},
): PhaseText {
  const messages = resolveMessages(options.messages, options.locale);
  const { locale } = options;
  const viewerZone = options.timeZone ?? localTimeZone();
  const channel = channelOf(window, messages);
  const say = (key: MessageKey, params: Record<string, string> = {}) =>
    interpolate(messages[key], params);
  const withChannel = (key: MessageKey, noChannel: MessageKey) =>
    channel ? key : noChannel;

  const start = describeInstant(
    window.startsAt,
    window.timeZone,
    messages,
    locale,
    viewerZone,
  );
  const end =
    window.endsAt === null
      ? null
      : describeInstant(
          window.endsAt,
          window.timeZone,
          messages,
          locale,
          viewerZone,
        );
  const expected =
    window.durationMinutes === null
      ? null
      : formatMinutes(window.durationMinutes, locale);
  const longWindow = isLongWindow(window);

  const lengthNote = (): Segment[] => {
    if (expected === null) return say('duration.unknown');
    if (longWindow) {
      return say(withChannel('duration.long', 'duration.longNoChannel'), {
        duration: expected,
      });
    }
    return say('duration.known', { duration: expected });
  };

  const traits = PHASE_TABLE[phase];
  let when: string | null = null;
  const details: Segment[][] = [];

  switch (phase) {
    case 'upcoming':
    case 'imminent':
      when = format(messages['when.scheduled'], { when: start });
      details.push(lengthNote());
      break;
    case 'in-progress':
      when = format(messages['when.started'], { when: start });
      details.push(say(withChannel('progress.body', 'progress.bodyNoChannel')));
      details.push(
        end === null
          ? say('duration.unknown')
          : say('progress.expectedEnd', { end }),
      );
      break;
    case 'overrun':
      when = format(messages['when.started'], { when: start });
      details.push(
        say(withChannel('overrun.body', 'overrun.bodyNoChannel'), {
          end: end ?? '',
        }),
      );
      break;
    case 'completed':
      details.push(
        window.completedAt === null
          ? say('completed.bodyNoTime')
          : say('completed.body', {
              time: describeInstant(
                window.completedAt,
                window.timeZone,
                messages,
                locale,
                viewerZone,
              ),
            }),
      );
      break;
    case 'cancelled':
      details.push(say('cancelled.body', { when: start }));
      break;
  }

  const change = changeNote(options.previous ?? null, window, (instant) =>
    describeInstant(instant, window.timeZone, messages, locale, viewerZone),
  );
  if (change) details.unshift(say(change.key, change.params));

  const health = traits.checksHealth
    ? (options.health ?? 'unknown')
    : 'unknown';
  if (health === 'down')
    details.push(say(withChannel('health.down', 'health.downNoChannel')));
  if (health === 'back') details.push(say('health.back'));

  const headline = messages[`headline.${phase}`];
  const slots = { channel: channel?.name ?? '', countdown: '' };
  const body = [when, ...details.map((line) => segmentsToText(line, slots))]
    .filter((sentence): sentence is string => Boolean(sentence))
    .map((sentence) =>
      SENTENCE_END.test(sentence) ? sentence : `${sentence}.`,
    )
    .join(' ');

  return {
    phase,
    headline,
    when,
    countdown: traits.countsDown
      ? {
          target: window.startsAt,
          datetime: toIsoInstant(window.startsAt),
          sentence: say('countdown.starts'),
        }
      : null,
    details,
    message: window.message,
    channel,
    announcement: format(messages.announcement, { headline, body }),
    longWindow,
    unknownDuration: window.durationMinutes === null,
    health,
    labels: {
      region: messages['region.label'],
      dismiss: messages['dismiss.label'],
      newTab: messages['channel.newTab'],
      reload: messages['health.reload'],
      addToCalendar: messages['calendar.add'],
    },
    calendar: traits.offersCalendar
      ? {
          summary: messages['calendar.summary'],
          description: [
            window.message,
            expected === null ? messages['duration.unknown'] : '',
            channel
              ? format(messages['calendar.updates'], {
                  link: [channel.name, channel.url].filter(Boolean).join(' '),
                })
              : '',
          ],
          fileName: messages['calendar.fileName'],
        }
      : null,
  };
}

/** Which change to tell about, when the window moved since this visitor first saw it. */
function changeNote(
  previous: MaintenanceWindow | null,
  current: MaintenanceWindow,
  describe: (instant: number) => string,
): { key: MessageKey; params: Record<string, string> } | null {
  if (previous === null) return null;
  const when = describe(current.startsAt);
  if (current.startsAt > previous.startsAt)
    return { key: 'change.postponed', params: { when } };
  if (current.startsAt < previous.startsAt)
    return { key: 'change.advanced', params: { when } };
  if (previous.endsAt !== null && current.endsAt === null) {
    return { key: 'change.lengthUnknown', params: {} };
  }
  if (
    previous.endsAt !== null &&
    current.endsAt !== null &&
    current.endsAt > previous.endsAt
  ) {
    return {
      key: 'change.extended',
      params: { end: describe(current.endsAt) },
    };
  }
  return null;
}

/** What the countdown shows at `now`, or `null` once its target is reached. */
export function countdownText(
  target: number,
  now: number,
  locale?: Locale,
): CountdownReading | null {
  const left = countdown(target, now);
  if (!left) return null;
  return {
    granularity: left.granularity,
    parts: left.parts,
    text: formatDuration(left.parts, locale),
  };
}

/** The countdown of a phase's slot at `now`: where it goes and what it shows; `null` once reached. */
export function countdownAt(
  slot: CountdownSlot | null,
  now: number,
  locale?: Locale,
): CountdownText | null {
  const reading = slot && countdownText(slot.target, now, locale);
  return slot && reading ? { ...slot, ...reading } : null;
}

/** What the banner says in `phase` at `now`: the phase's text and the countdown's. */
export function bannerText(
  window: MaintenanceWindow,
  phase: Phase,
  now: number,
  options: TextOptions = {},
): BannerText {
  const text = phaseText(window, phase, options);
  return {
    ...text,
    countdown: countdownAt(text.countdown, now, options.locale),
  };
}

/** The next instant at which the countdown's text changes, while counting. */
export function nextCountdownChange(
  window: MaintenanceWindow | null,
  now: number,
): number | null {
  const phase = phaseAt(window, now);
  if (window === null || phase === null || !PHASE_TABLE[phase].countsDown)
    return null;
  return countdown(window.startsAt, now)?.nextChange ?? null;
}

/**
 * The next instant at which anything the banner says changes: a phase
 * boundary or the countdown's next step. `null` when nothing ever will.
 */
export function nextTextChange(
  window: MaintenanceWindow | null,
  now: number,
): number | null {
  const phaseChange = nextPhaseChange(window, now);
  const tick = nextCountdownChange(window, now);
  if (tick === null) return phaseChange;
  return phaseChange === null ? tick : Math.min(tick, phaseChange);
}
