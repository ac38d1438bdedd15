/**
 * Every visible string, as a flat table with `{placeholders}`, one table
 * per language: English here and built in, others under ./locales/, added
 * by the host with `registerTranslation` (so a visitor downloads only the
 * languages the host ships).
 *
 * A host overrides any entry by passing a partial table; `{channel}` and
 * `{countdown}` are slots that the component fills with markup (a link, a
 * `<time>` element), every other placeholder is plain text.
 *
 * A seam: the Discourse theme ships no table, so its build swaps this module
 * for one with the same exports that reads each string from Discourse's
 * i18n (discourse/build.ts, DISCOURSE_SEAMS); interpolate.ts is shared.
 */
import type { Locale } from './format.ts';
import { englishFallback, languageTables, localeOrRuntime } from './locale.ts';

export {
  format,
  interpolate,
  segmentsToText,
  type Param,
  type Segment,
  type Slot,
} from './interpolate.ts';

export const en = {
  'headline.upcoming': 'Scheduled maintenance',
  'headline.imminent': 'Maintenance starts soon',
  'headline.in-progress': 'Maintenance in progress',
  'headline.overrun': 'Maintenance is taking longer than planned',
  'headline.completed': 'Maintenance complete',
  'headline.cancelled': 'Maintenance cancelled',
  'headline.goingDown': 'The forum is going down for the upgrade',
  'headline.back': 'The upgrade looks done',

  'when.one': '{announced}',
  'when.both': '{announced} · {local} your time ({zone})',
  'when.scheduled': '{when}',
  'when.started': 'Started {when}',

  'countdown.starts': 'Starts in {countdown}',

  'duration.unknown': 'We are not sure how long it will take.',
  'duration.known': 'Expected to take about {duration}.',
  'duration.long':
    'This may take a while (about {duration}): follow {channel} for updates.',
  'duration.longNoChannel': 'This may take a while (about {duration}).',

  'progress.body':
    'The forum may be unavailable until it is done. Updates in {channel}.',
  'progress.bodyNoChannel': 'The forum may be unavailable until it is done.',
  'progress.expectedEnd': 'Expected to be done around {end}.',
  'overrun.body':
    'It was expected to be done by {end}. Follow {channel} for updates.',
  'overrun.bodyNoChannel': 'It was expected to be done by {end}.',
  'completed.body': 'Finished at {time}. Thank you for your patience.',
  'completed.bodyNoTime': 'Thank you for your patience.',
  'cancelled.body': 'The maintenance planned for {when} is cancelled.',

  'channel.fallbackName': 'the announcement channel',
  'channel.newTab': ' (opens in a new tab)',
  announcement: '{headline}. {body}',
  'sentence.end': '.',
  'region.label': 'Maintenance announcement',
  'dismiss.label': 'Dismiss the maintenance announcement',

  'change.postponed': 'Postponed: it now starts {when}.',
  'change.advanced': 'Moved earlier: it now starts {when}.',
  'change.extended': 'Extended: now expected to be done around {end}.',
  'change.lengthUnknown':
    'The length is no longer known: it may take longer than planned.',

  'health.down':
    'The forum is unreachable while it is upgraded. Follow {channel} for updates.',
  'health.downNoChannel': 'The forum is unreachable while it is upgraded.',
  'health.back': 'The forum answers again: reload the page to carry on.',
  'health.reload': 'Reload the page',

  'calendar.add': 'Add to calendar',
  'calendar.summary': 'Forum maintenance',
  'calendar.updates': 'Updates: {link}',
  'calendar.fileName': 'maintenance.ics',

  'details.toggle': 'Details',
  'notice.show': 'Show',
  'notice.hide': 'Hide this notice',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

const tables = languageTables<Messages>(en);

/**
 * Makes `table` the strings for `locale`'s language (and script), for every
 * banner of the page: `registerTranslation('zh-CN', zh_CN)` serves `zh`,
 * `zh_CN` and `zh-Hans-SG` alike. Register once, at boot; a later table for
 * the same language wins. Returns what takes it back.
 */
export function registerTranslation(
  locale: string,
  table: Messages,
): () => void {
  return tables.register(locale, table);
}

/** The registered table for a BCP 47 (or Discourse-style `zh_CN`) locale; English otherwise. */
export function messagesFor(locale?: string | readonly string[]): Messages {
  return tables.for(typeof locale === 'string' ? locale : locale?.[0]);
}

/** The locale's table (English by default) with the host's overrides on top. */
export function resolveMessages(
  overrides?: Partial<Messages> | null,
  locale?: string | readonly string[],
): Messages {
  const base = messagesFor(locale);
  if (!overrides) return base;
  const table: Record<string, string> = { ...base };
  for (const key of Object.keys(en) as MessageKey[]) {
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (typeof value === 'string') table[key] = value;
  }
  return table as Messages;
}

/**
 * The locale the words are in. A language without a table gets English
 * words, and then English dates and durations too (in the page's region):
 * never "Starts in ساعتان" on an Arabic page; and their `lang` and `dir`,
 * when they are not the page's.
 */
export function wordsLocale(
  locale: Locale,
  overrides: Partial<Messages> | null | undefined,
): { locale: Locale; lang: string | null; dir: 'ltr' | 'rtl' | null } {
  const asked = localeOrRuntime(
    typeof locale === 'string' ? locale : locale?.[0],
  );
  const english = englishFallback(asked, messagesFor(asked), en, overrides);
  return english === null
    ? { locale, lang: null, dir: null }
    : { locale: english, lang: 'en', dir: 'ltr' };
}
