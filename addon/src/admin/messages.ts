/**
 * Every string of the settings form, as a flat table with `{placeholders}`,
 * the same shape as the banner's own tables (`en` of
 * `ember-maintenance-banner/core`): English here, other languages under
 * ./locales/, which a host registers (./translations.ts). Framework-free,
 * so a server or a script can read them too.
 *
 * Counted sentences come in plural forms, one key per CLDR category
 * (`save.changes.one`, `save.changes.other`; a host may add `.few`, `.many`
 * and so on for its language); `{count}` is the number.
 *
 * Each setting's label and help, and the status choices, are the core's
 * setting texts (`SETTING_TEXTS` of `ember-maintenance-banner/core`), one
 * table for the form, the Discourse settings page and the docs.
 *
 * A host overrides any entry, and those, with the form's `@messages`.
 */
import type { MaintenanceStatus, SettingKey } from '../core/index.ts';

export const en = {
  // Fields built from the schema.
  'field.withUnit': '{label} ({unit})',
  'field.counter': '{count} of {max} characters',
  'field.announceError': '{label}: {error}',
  'field.linkRefused': '{protocol} links are not allowed here.',
  'unit.minutes': 'minutes',
  'unit.hours': 'hours',

  // The sections.
  'section.banner': 'Banner',
  'section.text': 'What visitors read',
  'section.timing': 'Timing rules',
  'section.health': 'Back-online check',
  'section.more': 'More settings',

  // The start: a date and a time in a zone (the widget's own explanations;
  // each setting's label and help come from the core's texts).
  'start.intro':
    'Enter the date and time as people in the chosen time zone read their clocks. It is saved with that zone’s offset, so every visitor sees the same instant in their own time.',
  'start.zoneHint':
    'Type to search, such as Los_Angeles or Berlin. Visitors also see the time in this zone.',
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
  'save.resolve.one': 'Answer {count} conflict to save',
  'save.resolve.other': 'Answer {count} conflicts to save',
  'save.resolveFirst':
    'Someone else changed {fields}: keep yours or take theirs first.',
  'save.conflicts.one':
    '{fields} was changed by someone else after this page loaded it: choose below which value to keep.',
  'save.conflicts.other':
    '{fields} were changed by someone else after this page loaded them: choose below which values to keep.',
  'discard.button': 'Discard changes',
  'discard.done': 'Changes discarded.',

  // Someone else saved the same setting first.
  'conflict.changed': '{who} changed {label} at {when}.',
  'conflict.changedMore':
    '{who} changed {label} at {when} ({count} changes since this page loaded it).',
  'conflict.changedUntimed': '{who} changed {label}.',
  'conflict.someone': 'Someone else',
  'conflict.theirs': 'Now',
  'conflict.yours': 'Yours',
  'conflict.keep': 'Keep mine',
  'conflict.take': 'Take theirs',
  'conflict.kept': 'You keep yours: saving replaces the value stored now.',
  'conflict.took': '{label}: the value stored now is taken.',
  'conflict.on': 'on',
  'conflict.off': 'off',
  'conflict.empty': '(empty)',

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
 * The settings' own words, which come from the core's setting texts
 * (`SETTING_TEXTS`) and which a host may override too: a setting's label
 * and help, a status's label and hint.
 */
export type SettingTextKey =
  | `label.${SettingKey}`
  | `help.${SettingKey}`
  | `status.${MaintenanceStatus}`
  | `status.${MaintenanceStatus}.hint`;

/**
 * What a host may pass as `@messages`: any entry of the table, any plural
 * category its language needs (`save.changes.few`), and the settings' own
 * words.
 */
export type AdminMessageOverrides = Partial<
  Record<
    | AdminMessageKey
    | `${AdminPluralKey}.${Intl.LDMLPluralRule}`
    | SettingTextKey,
    string
  >
>;

const SETTING_TEXT =
  /^(label|help)\.maintenance_banner_\w+$|^status\.\w+(\.hint)?$/;
const PLURAL = /\.(zero|one|two|few|many)$/;

/** A language's `table` with the host's overrides on top; unknown keys are ignored. */
export function resolveAdminMessages(
  table: AdminMessages,
  overrides?: AdminMessageOverrides | null,
): Readonly<Record<string, string>> {
  const base: Record<string, string> = { ...table };
  if (!overrides) return base;
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') continue;
    const known =
      Object.hasOwn(en, key) ||
      Object.hasOwn(en, key.replace(PLURAL, '.other')) ||
      SETTING_TEXT.test(key);
    if (known) base[key] = value;
  }
  return base;
}
