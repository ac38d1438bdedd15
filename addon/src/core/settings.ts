/**
 * Settings → window, with sentences: what a server, the admin form and the
 * staff notice use. The banner reads the same settings through
 * `readSettings` (read-settings.ts), which gives codes only.
 */
import { describe } from './sentences/index.ts';
import {
  readSettings,
  settingProblems,
  type MaintenanceWindow,
  type SettingProblem,
} from './read-settings.ts';
import type { SettingErrorCode } from './codecs.ts';
import type { SettingKey } from './schema.ts';

export interface SettingError {
  /** The setting at fault; `null` when the settings object itself is unusable. */
  readonly key: SettingKey | null;
  /** A stable reason, for translations and tests. */
  readonly code: SettingErrorCode;
  /** A sentence that tells a person what to change. */
  readonly message: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      /** `null` when the banner is switched off. */
      readonly window: MaintenanceWindow | null;
      /** Invalid optional values, left out of the window (present only when some were). */
      readonly dropped?: readonly SettingError[];
    }
  | { readonly ok: false; readonly errors: readonly SettingError[] };

/** A problem with its English sentence. */
export function toSettingError(
  problem: SettingProblem,
  locale?: string,
): SettingError {
  return {
    key: problem.key,
    code: problem.code,
    message: describe(problem, locale),
  };
}

/** Every problem with the settings, one entry per key at fault. */
export function validateSettings(input: unknown): SettingError[] {
  return settingProblems(input).map((problem) => toSettingError(problem));
}

/**
 * Settings → window. `null` or `undefined` (no settings yet) and a
 * switched-off banner are not errors: both read as `{ ok: true, window: null }`
 * without looking at the other keys. An invalid optional value (message,
 * channel name or link, health URL) is left out of the window and listed in
 * `dropped`; any other invalid value gives no window.
 */
export function parseSettings(input: unknown): ParseResult {
  const { window, problems } = readSettings(input);
  const errors = problems.map((problem) => toSettingError(problem));
  if (window === null) {
    return errors.length > 0 ? { ok: false, errors } : { ok: true, window };
  }
  return errors.length > 0
    ? { ok: true, window, dropped: errors }
    : { ok: true, window };
}
