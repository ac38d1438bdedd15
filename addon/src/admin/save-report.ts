/** A save's result in the admin's words: what to say at the top, in the status line, and where to go. */
import type {
  SaveResult,
  SettingName,
  SettingsChanges,
} from '../adapters/settings-adapter.ts';
import type { FormText } from './form-text.ts';
import { inPageOrder } from './layout.ts';

export interface SaveReport {
  /** Failures of the whole save (signed out, no network), shown above the form. */
  readonly problems: readonly string[];
  /** What was stored, or `null`. */
  readonly savedNote: string | null;
  /** The polite announcement. */
  readonly announcement: string;
  /** The refused values' reasons, per key, to show next to their fields. */
  readonly refused: ReadonlyMap<SettingName, readonly string[]>;
  /** The stored keys with the values sent. */
  readonly stored: SettingsChanges;
  /** The first refused or conflicting field in page order: the focus goes there. */
  readonly firstRefused: SettingName | undefined;
}

/** "Channel link and Message", in page order. */
export function fieldList(keys: Iterable<SettingName>, text: FormText): string {
  return text.list(inPageOrder(keys).map((key) => text.label(key)));
}

export function reportSave(
  { saved, failed }: SaveResult,
  changes: SettingsChanges,
  text: FormText,
): SaveReport {
  const refused = failed.filter((failure) => failure.reason === 'invalid');
  const conflicts = failed.filter(
    (failure) => failure.reason === 'conflict' && failure.conflict,
  );
  const other = failed.filter(
    (failure) => !refused.includes(failure) && !conflicts.includes(failure),
  );

  const problems: string[] = [];
  const cause = other.find((failure) => failure.reason !== 'not_sent');
  if (cause) problems.push(...cause.messages);
  if (other.length > 0) {
    problems.push(
      text.t('save.notSaved', {
        fields: fieldList(
          other.map((failure) => failure.key),
          text,
        ),
      }),
    );
  }
  // Refused values and conflicts are answered next to their fields.
  const summaries = [
    ['save.refused', refused],
    ['save.conflicts', conflicts],
  ] as const;
  for (const [key, failures] of summaries) {
    if (failures.length === 0) continue;
    problems.push(
      text.plural(key, failures.length, {
        fields: fieldList(
          failures.map((failure) => failure.key),
          text,
        ),
      }),
    );
  }

  const stored: SettingsChanges = {};
  for (const key of saved) {
    const value = changes[key];
    if (value !== undefined) stored[key] = value;
  }

  return {
    problems,
    savedNote:
      saved.length > 0
        ? text.t('save.savedFields', { fields: fieldList(saved, text) })
        : null,
    announcement:
      failed.length === 0 ? text.plural('save.done', saved.length) : '',
    refused: new Map(refused.map((failure) => [failure.key, failure.messages])),
    stored,
    firstRefused: inPageOrder(
      [...refused, ...conflicts].map((failure) => failure.key),
    )[0],
  };
}
