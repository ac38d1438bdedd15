/**
 * Window + phase + now → everything the banner says, as plain data.
 *
 * Nothing here returns HTML: admin text stays a string, and the places
 * where markup goes (the channel link, the countdown's `<time>`, each
 * inserted value's `<bdi>`) are segments.
 */
import {
  countdown,
  type CountdownParts,
  type Granularity,
} from './countdown.ts';
import { formatDuration, formatMinutes, type Locale } from './format.ts';
import { localTimeZone } from './zone.ts';
import {
  format,
  interpolate,
  resolveMessages,
  wordsLocale,
  segmentsToText,
  type MessageKey,
  type Messages,
  type Param,
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
import { changeOf, type ForumState } from './story.ts';
import { channelOf, instantSentence } from './words.ts';

export { describeInstant } from './words.ts';

export interface TextOptions {
  /** BCP 47 locale(s) for dates, durations and lists; the runtime's by default. */
  readonly locale?: Locale;
  /** The viewer's IANA zone; the runtime's by default. */
  readonly timeZone?: string;
  /** Overrides for any of the strings in `en`. */
  readonly messages?: Partial<Messages> | null;
  /**
   * The window as it was when this phase began on the page (see
   * core/story.ts): a change since then is said, not just shown.
   */
  readonly previous?: MaintenanceWindow | null;
  /** What the health checks have shown (in-progress and overrun only). */
  readonly health?: HealthState;
  /** The host's word on the forum: `going-down` while it stops for the upgrade. */
  readonly forum?: ForumState;
  /**
   * When the phase is read: "in progress" set before the planned start
   * says it is under way, never that it started at a time still to come.
   */
  readonly now?: number;
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
  /** One headline for the state: "The upgrade looks done" wins over the phase's own. */
  readonly headline: string;
  /** "Tue, Feb 18, 10:00 AM PST · 2:00 AM your time (GMT+8)" */
  readonly when: string | null;
  /** `when` as segments, each inserted date and zone isolated. */
  readonly whenSentence: readonly Segment[] | null;
  /** Where the countdown goes, in phases that count down. */
  readonly countdown: CountdownSlot | null;
  /**
   * Sentences about changes, progress, length and the channel, each as
   * segments; the first `summary` of them (with the countdown) say what
   * matters now, the rest sit behind "Details" on a narrow banner.
   */
  readonly details: readonly (readonly Segment[])[];
  readonly summary: number;
  /** The admin's own sentence, as plain text ("" when none, or not in this phase). */
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
  /** The locale the words and the values in them are written in. */
  readonly locale: Locale;
  /**
   * The words' language when it is not the one asked for (English, for a
   * language with no table), for a `lang` (and `dir`) of their own; else `null`.
   */
  readonly lang: string | null;
  /** The direction of `lang`'s script, for the `dir` beside it; `null` without a `lang`. */
  readonly dir: 'ltr' | 'rtl' | null;
  /** Labels for controls and assistive technology. */
  readonly labels: {
    readonly region: string;
    readonly dismiss: string;
    readonly newTab: string;
    readonly reload: string;
    readonly addToCalendar: string;
    readonly details: string;
    readonly show: string;
    readonly hideNotice: string;
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

/** What the banner says throughout `phase`. */
export function phaseText(
  window: MaintenanceWindow,
  phase: Phase,
  options: TextOptions = {},
): PhaseText {
  const messages = resolveMessages(options.messages, options.locale);
  const {
    locale,
    lang: langTag,
    dir,
  } = wordsLocale(options.locale, options.messages);
  const viewerZone = options.timeZone ?? localTimeZone();
  const channel = channelOf(window, messages);
  const say = (key: MessageKey, params: Record<string, Param> = {}) =>
    interpolate(messages[key], params);
  const withChannel = (key: MessageKey, noChannel: MessageKey) =>
    channel ? key : noChannel;
  const instant = (epochMs: number) =>
    instantSentence(epochMs, window.timeZone, messages, locale, viewerZone);

  const start = instant(window.startsAt);
  const end = window.endsAt === null ? null : instant(window.endsAt);
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
  const health = traits.checksHealth
    ? (options.health ?? 'unknown')
    : 'unknown';
  const down = health === 'down';
  // "In progress" set before the planned start: under way, started when it did.
  const early = options.now !== undefined && options.now < window.startsAt;
  let whenSentence: Segment[] | null = null;
  // What matters now, then what sits behind "Details".
  const lead: Segment[][] = [];
  const rest: Segment[][] = [];

  switch (phase) {
    case 'upcoming':
    case 'imminent':
      whenSentence = interpolate(messages['when.scheduled'], { when: start });
      rest.push(lengthNote());
      break;
    case 'in-progress':
      if (!early)
        whenSentence = interpolate(messages['when.started'], { when: start });
      lead.push(
        down
          ? say(withChannel('health.down', 'health.downNoChannel'))
          : say(withChannel('progress.body', 'progress.bodyNoChannel')),
      );
      rest.push(
        end === null || early
          ? say(expected === null ? 'duration.unknown' : 'duration.known', {
              duration: expected ?? '',
            })
          : say('progress.expectedEnd', { end }),
      );
      break;
    case 'overrun':
      whenSentence = interpolate(messages['when.started'], { when: start });
      if (down) {
        lead.push(say(withChannel('health.down', 'health.downNoChannel')));
        rest.push(say('overrun.bodyNoChannel', { end: end ?? '' }));
      } else {
        lead.push(
          say(withChannel('overrun.body', 'overrun.bodyNoChannel'), {
            end: end ?? '',
          }),
        );
      }
      break;
    case 'completed':
      lead.push(
        window.completedAt === null
          ? say('completed.bodyNoTime')
          : say('completed.body', { time: instant(window.completedAt) }),
      );
      break;
    case 'cancelled':
      lead.push(say('cancelled.body', { when: start }));
      break;
  }

  // The forum answers again: one story, whatever the phase had to say.
  if (health === 'back') {
    lead.splice(0, lead.length, say('health.back'));
    rest.length = 0;
  } else if (traits.tellsChanges) {
    const change = changeOf(options.previous ?? null, window);
    if (change === 'extended' && end)
      lead.unshift(say('change.extended', { end }));
    else if (change === 'lengthUnknown')
      lead.unshift(say('change.lengthUnknown'));
    else if (change) lead.unshift(say(`change.${change}`, { when: start }));
  }

  const headline =
    health === 'back'
      ? messages['headline.back']
      : options.forum === 'going-down' && traits.checksHealth
        ? messages['headline.goingDown']
        : messages[`headline.${phase}`];
  const slots = { channel: channel?.name ?? '', countdown: '' };
  const body = [...lead, ...(whenSentence ? [whenSentence] : []), ...rest]
    .map((line) => segmentsToText(line, slots))
    .filter(Boolean)
    .map((sentence) =>
      SENTENCE_END.test(sentence)
        ? sentence
        : `${sentence}${messages['sentence.end']}`,
    )
    .join(' ')
    // No space after a full-width stop (Chinese, Japanese): "。维护…", not "。 维护…".
    .replace(/([。！？]) /gu, '$1');

  return {
    phase,
    headline,
    when: whenSentence && segmentsToText(whenSentence, {}),
    whenSentence,
    countdown: traits.countsDown
      ? {
          target: window.startsAt,
          datetime: toIsoInstant(window.startsAt),
          sentence: say('countdown.starts'),
        }
      : null,
    details: [...lead, ...rest],
    summary: lead.length,
    message: traits.showsMessage ? window.message : '',
    channel,
    announcement: format(messages.announcement, { headline, body }),
    longWindow,
    unknownDuration: window.durationMinutes === null,
    health,
    locale,
    lang: langTag,
    dir,
    labels: {
      region: messages['region.label'],
      dismiss: messages['dismiss.label'],
      newTab: messages['channel.newTab'],
      reload: messages['health.reload'],
      addToCalendar: messages['calendar.add'],
      details: messages['details.toggle'],
      show: messages['notice.show'],
      hideNotice: messages['notice.hide'],
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
  const text = phaseText(window, phase, { now, ...options });
  return {
    ...text,
    countdown: countdownAt(text.countdown, now, text.locale),
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
