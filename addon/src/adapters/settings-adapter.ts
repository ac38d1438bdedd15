/**
 * How the settings form saves: a host with any backend passes an object
 * with a `save(changes)` method. For Discourse: `ThemeSettingsAdapter` (the
 * theme component's settings) or `DiscourseSettingsAdapter` (site settings
 * of a plugin that defines them, and the demo forum).
 */
import type { SettingKey } from '../core/index.ts';

/** A setting's value as the form saves it. */
export type SettingValue = string | number | boolean;

/** Only the settings the admin changed, each with its new value. */
export type SettingsChanges = Partial<Record<SettingKey, SettingValue>>;

/**
 * Why a setting was not stored:
 * - `invalid`: the server refused the value (Discourse's 422); shown next to the field
 * - `unauthorized` / `forbidden`: not signed in (401) or not an admin (403)
 * - `network`: no answer
 * - `server`: any other answer
 * - `not_sent`: skipped because an earlier request failed in a way the rest would too
 */
export type SaveFailureReason =
  'invalid' | 'unauthorized' | 'forbidden' | 'network' | 'server' | 'not_sent';

export interface SaveFailure {
  readonly key: SettingKey;
  readonly reason: SaveFailureReason;
  /** Sentences for a person: the server's own errors for `invalid`. */
  readonly messages: readonly string[];
}

/** What happened to each changed setting: a partial save says which is which. */
export interface SaveResult {
  /** The settings stored, in the order they were sent. */
  readonly saved: readonly SettingKey[];
  /** The settings not stored, each with the reason. */
  readonly failed: readonly SaveFailure[];
}

export interface SettingsAdapter {
  /**
   * Store `changes`. Report a refused key in `failed` rather than throwing;
   * a throw is shown to the admin as a failure of the whole save.
   */
  save(changes: SettingsChanges): Promise<SaveResult>;
}
