/**
 * Every string of the settings form, as a flat table with `{placeholders}`,
 * the same shape as the banner's own tables (`en` of
 * `ember-maintenance-banner/core`): English here, other languages under
 * ./locales/. Framework-free, so a server or a script can read them too.
 *
 * Counted sentences come in plural forms, one key per CLDR category
 * (`save.changes.one`, `save.changes.other`; a host may add `.few`, `.many`
 * and so on for its language); `{count}` is the number.
 *
 * A host overrides any entry with the form's `@messages` argument.
 */
import { TRANSLATIONS, messagesFor } from '../core/index.ts';
import { zh_CN } from './locales/zh-CN.ts';

export const en = {
  // What the form calls each setting, and a short explanation under it.
  'label.maintenance_banner_enabled': 'Show the banner to visitors',
  'label.maintenance_banner_starts_at': 'Start',
  'label.maintenance_banner_duration_minutes': 'Expected length',
  'label.maintenance_banner_time_zone': 'Time zone',
  'label.maintenance_banner_message': 'Message',
  'label.maintenance_banner_channel_name': 'Channel name',
  'label.maintenance_banner_channel_url': 'Channel link',
  'label.maintenance_banner_status': 'Status',
  'label.maintenance_banner_completed_at': 'Completed at',
  'label.maintenance_banner_notice_hours': 'Announce it ahead by',
  'label.maintenance_banner_imminent_minutes': '“Starts soon” from',
  'label.maintenance_banner_long_window_minutes': '“Long downtime” from',
  'label.maintenance_banner_completed_notice_minutes':
    'Keep “completed” up for',
  'label.maintenance_banner_dismissible': 'Visitors may dismiss it',
  'label.maintenance_banner_health_url': 'Health check URL',

  'hint.maintenance_banner_enabled':
    'The master switch. Off: no visitor sees anything, whatever the rest says.',
  'hint.maintenance_banner_starts_at':
    'Enter the date and time as people in the chosen time zone read their clocks. It is saved with that zone’s offset, so every visitor sees the same instant in their own time.',
  'hint.maintenance_banner_duration_minutes': '',
  'hint.maintenance_banner_time_zone':
    'Type to search, such as Los_Angeles or Berlin. Visitors also see the time in this zone.',
  'hint.maintenance_banner_message':
    'Optional, plain text: HTML is not allowed.',
  'hint.maintenance_banner_channel_name':
    'Where updates are posted, such as #announcements.',
  'hint.maintenance_banner_channel_url':
    'An https: link (or a slack: link) to the channel; empty: the name without a link.',
  'hint.maintenance_banner_status': '',
  'hint.maintenance_banner_completed_at': '',
  'hint.maintenance_banner_notice_hours':
    'Hours before the start that the banner appears.',
  'hint.maintenance_banner_imminent_minutes':
    'Minutes before the start that it turns into a prominent countdown; 0: never.',
  'hint.maintenance_banner_long_window_minutes':
    'A window longer than this many minutes asks visitors to follow the channel.',
  'hint.maintenance_banner_completed_notice_minutes':
    'Minutes the “completed” note stays up after you mark it completed; 0: not at all.',
  'hint.maintenance_banner_dismissible':
    'A dismissed countdown never hides the in-progress notice.',
  'hint.maintenance_banner_health_url':
    'A path on this site (such as /srv/status) or an https: link that answers once the site is back; empty: no check.',

  // Fields built from the schema.
  'field.withUnit': '{label} ({unit})',
  'field.range': '{hint} {min}–{max}.',
  'field.counter': '{count} of {max} characters',
  'field.announceError': '{label}: {error}',
  'unit.minutes': 'minutes',
  'unit.hours': 'hours',

  // The sections.
  'section.banner': 'Banner',
  'section.text': 'What visitors read',
  'section.timing': 'Timing rules',
  'section.health': 'Back-online check',
  'section.more': 'More settings',

  // The start: a date and a time in a zone.
  'start.date': 'Date',
  'start.time': 'Time',
  'start.useMyZone': 'Use my time zone ({zone})',
  'start.incomplete':
    'Enter both a date and a time, such as 2027-02-18 and 10:00.',
  'start.noOffset':
    'The saved start “{value}” has no offset, so it named no single instant. It is shown here as a time in {zone}: check it and save.',
  'start.unreadable':
    'The saved start “{value}” could not be read: enter it again.',
  'start.skipped':
    '{typed} does not exist in {zone} on {day}: clocks jump from {from} to {to}. It is saved as {becomes} {becomesZone}, the same time after the jump. Pick another time if you meant something else.',
  'start.repeated':
    '{typed} happens twice in {zone} on {day}: clocks go back from {from} to {to}. Which one?',
  'start.repeated.earlier': 'The first',
  'start.repeated.later': 'The second',
  'start.repeated.choice': '{which} ({zone}, {offset}): {utc}',
  'start.inUtc': 'In UTC',
  'start.yourTime': 'Your time ({zone})',
  'start.savedAs': 'Saved as',
  'start.savedAsZone': '({zone}, {offset})',

  // The expected length.
  'duration.about': 'About',
  'duration.minutesLabel': 'Expected length in minutes',
  'duration.approximately': '≈ {length}',
  'duration.unknown': 'Unknown: “we are not sure how long it will take”',

  // The status.
  'status.scheduled': 'Scheduled',
  'status.scheduled.hint':
    'The banner follows the clock: countdown, in progress at the start, “taking longer” after the expected end.',
  'status.in_progress': 'In progress',
  'status.in_progress.hint':
    'Shows “maintenance in progress” now, whatever the start says.',
  'status.completed': 'Completed',
  'status.completed.hint':
    'Shows “completed” from now for the time set below, then nothing.',
  'status.cancelled': 'Cancelled',
  'status.cancelled.hint':
    'Shows “cancelled” until the planned start, then nothing.',
  'status.completedAt': 'Marked completed at {when}.',
  'status.early.question':
    'The planned start is {when}, {left} from now. Marked in progress, every visitor reads “Maintenance in progress” as soon as you save. Has it started already?',
  'status.early.yes': 'Yes, it has started',
  'status.early.no': 'No, not yet',
  'status.early.asked':
    'The start is still ahead: confirm that the maintenance has started, or keep it scheduled.',

  // Saving.
  'save.saving': 'Saving…',
  'save.none': 'No changes to save',
  'save.changes.one': 'Save {count} change',
  'save.changes.other': 'Save {count} changes',
  'save.fix.one': 'Fix {count} field to save',
  'save.fix.other': 'Fix {count} fields to save',
  'save.confirm': 'Confirm the status to save',
  'save.fixFirst.one': 'Fix {count} field to save: {fields}.',
  'save.fixFirst.other': 'Fix {count} fields to save: {fields}.',
  'save.nothing': 'Nothing to save: every setting is as saved.',
  'save.threw': 'Nothing was saved: {reason}',
  'save.notSaved': 'Not saved: {fields}.',
  'save.refused.one': 'The server refused {fields}: see the field below.',
  'save.refused.other': 'The server refused {fields}: see the fields below.',
  'save.savedFields': 'Saved: {fields}.',
  'save.done.one': 'Saved {count} setting.',
  'save.done.other': 'Saved {count} settings.',
  'discard.button': 'Discard changes',
  'discard.done': 'Changes discarded.',

  // Leaving with unsaved edits.
  'leave.title': 'Leave without saving?',
  'leave.text': 'Your changes to {fields} are not saved yet.',
  'leave.stay': 'Stay on this page',
  'leave.go': 'Leave without saving',

  // The preview.
  'preview.title': 'Preview',
  'preview.off':
    'The banner is switched off, so visitors see nothing. The preview shows it as if it were on.',
  'preview.moments': 'Show the banner',
  'preview.now': 'Now',
  'preview.phase.upcoming': 'Upcoming',
  'preview.phase.imminent': 'Starts soon',
  'preview.phase.in-progress': 'In progress',
  'preview.phase.overrun': 'Taking longer',
  'preview.phase.completed': 'Completed',
  'preview.phase.cancelled': 'Cancelled',
  'preview.unavailable': '{phase}: {reason}.',
  'preview.reason.short-notice':
    'the announcement period is no longer than the “starts soon” one',
  'preview.reason.no-imminent': '“starts soon” is set to 0 minutes',
  'preview.reason.unknown-length':
    'the length is unknown, so it cannot run over',
  'preview.reason.no-completed-notice':
    '“completed” is set to stay up 0 minutes',
  'preview.reason.unreachable': 'not with these settings',
  'preview.slider': 'Moment',
  'preview.readout': '{when}, {relative}',
  'preview.readoutNow': 'Now: {when}, {relative}',
  'preview.atStart': 'at the start',
  'preview.beforeStart': '{length} before the start',
  'preview.afterStart': '{length} after the start',
  'preview.statusNote': 'Shown with the status {shown}; yours is {yours}.',
  'preview.nothingNow':
    'Nothing shows at this moment: pick a phase or move the slider.',
  'preview.invalid': 'The preview appears once the settings are valid.',
  'preview.invalidFix':
    'The preview appears once the settings are valid (fix the marked fields).',
  'preview.stale.one':
    'Shown with the last valid {fields}: fix the field to see your change.',
  'preview.stale.other':
    'Shown with the last valid {fields}: fix the fields to see your changes.',
  'preview.firstSeen': 'Visitors see it from {when}, {lead} before the start.',
  'preview.firstSeenPast':
    'Visitors have seen it since {when}, {lead} before the start.',
  'preview.firstSeenOff':
    'Once you switch it on, visitors see it from {when}, {lead} before the start.',
  'preview.seenNow': 'Visitors see it now, whatever the start says.',
  'preview.seenUntil': 'Visitors see “completed” until {when}.',
  'preview.seenNever': 'Visitors see nothing of it any more.',
} as const;

export type AdminMessageKey = keyof typeof en;
export type AdminMessages = Readonly<Record<AdminMessageKey, string>>;

type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** The counted sentences: `save.changes` for `save.changes.one` / `.other`. */
export type AdminPluralKey = PluralBase<AdminMessageKey>;

/**
 * What a host may pass as `@messages`: any entry of the table, and any
 * plural category its language needs (`save.changes.few`).
 */
export type AdminMessageOverrides = Partial<
  Record<AdminMessageKey | `${AdminPluralKey}.${Intl.LDMLPluralRule}`, string>
>;

/** The shipped tables, by Discourse-style locale name. */
export const ADMIN_TRANSLATIONS: Readonly<
  Record<'en' | 'zh_CN', AdminMessages>
> = { en, zh_CN };

/**
 * The shipped table for a BCP 47 (or Discourse-style `zh_CN`) locale: the
 * same choice as the banner's, so the form and its preview never speak two
 * languages.
 */
export function adminMessagesFor(
  locale?: string | readonly string[],
): AdminMessages {
  return messagesFor(locale) === TRANSLATIONS.zh_CN ? zh_CN : en;
}

/** The locale's table with the host's overrides on top (unknown keys are ignored). */
export function resolveAdminMessages(
  overrides?: AdminMessageOverrides | null,
  locale?: string | readonly string[],
): Readonly<Record<string, string>> {
  const base: Record<string, string> = { ...adminMessagesFor(locale) };
  if (!overrides) return base;
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') continue;
    const known =
      Object.hasOwn(en, key) ||
      Object.hasOwn(en, key.replace(/\.(zero|one|two|few|many)$/, '.other'));
    if (known) base[key] = value;
  }
  return base;
}
