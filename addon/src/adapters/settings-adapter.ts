/**
 * How the settings form saves: a host with any backend passes an object
 * with a `save(changes)` method. For Discourse: `ThemeSettingsAdapter` (the
 * theme component's settings) or `DiscourseSettingsAdapter` (site settings
 * of a plugin that defines them, and the demo forum).
 */
import type { SettingKey } from '../core/index.ts';

/** A setting's value as the form saves it. */
export type SettingValue = string | number | boolean;

/**
 * A setting's name: one of the banner's (`SettingKey`), or one the host
 * added to the form with `@extraSettings`.
 */
export type SettingName = SettingKey | (string & {});

/** Only the settings the admin changed, each with its new value. */
export type SettingsChanges = Partial<Record<SettingName, SettingValue>>;

/**
 * Which state of the settings a value belongs to: the `version` of the
 * demo's `GET /maintenance-banner/settings.json`, an ETag, a revision.
 */
export type SettingsVersion = string | number;

/**
 * Why a setting was not stored:
 * - `invalid`: the server refused the value (Discourse's 422); shown next to the field
 * - `unauthorized` / `forbidden`: not signed in (401) or not an admin (403)
 * - `conflict`: the setting changed since the version the save was based
 *   on (409 to `If-Match`); `conflict` says what the server holds now
 * - `network`: no answer
 * - `server`: any other answer
 * - `not_sent`: skipped because an earlier request failed in a way the rest would too
 */
export type SaveFailureReason =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'network'
  | 'server'
  | 'not_sent';

/** What the server holds now, when a save was based on an older version. */
export interface SettingConflict {
  /** The value stored now (for a secret, its mask). */
  readonly value: SettingValue;
  /** The version that holds it: send it to overwrite that value knowingly. */
  readonly version: SettingsVersion;
  /** Who stored it (the latest change), when the server says. */
  readonly by: string | null;
  /** When, ISO 8601, when the server says. */
  readonly at: string | null;
  /** How many changes to the setting came after the version the save was based on (1 when the server does not say). */
  readonly changes: number;
}

export interface SaveFailure {
  readonly key: SettingName;
  readonly reason: SaveFailureReason;
  /** Sentences for a person: the server's own errors for `invalid`. */
  readonly messages: readonly string[];
  /** With `conflict`: the server's current value, its version, who and when. */
  readonly conflict?: SettingConflict;
}

/** What happened to each changed setting: a partial save says which is which. */
export interface SaveResult {
  /** The settings stored, in the order they were sent. */
  readonly saved: readonly SettingName[];
  /** The settings not stored, each with the reason. */
  readonly failed: readonly SaveFailure[];
  /**
   * The version every setting is known at after this save, when the server
   * says: the save's base, moved on through each stored change that
   * directly followed it (nobody else wrote in between). The base of the
   * next save.
   */
  readonly version?: SettingsVersion;
  /** The version each stored setting was stored at. */
  readonly versions?: Readonly<Partial<Record<SettingName, SettingsVersion>>>;
}

export interface SaveOptions {
  /**
   * The version the changes are based on (the one the form's settings
   * were read at): an adapter that can sends it as `If-Match` and reports
   * a setting changed since as a `conflict` failure, storing nothing over it.
   */
  readonly version?: SettingsVersion;
  /**
   * A later version for some settings: the one the form stored them at, or
   * the one of a conflict the admin answered ("keep mine", "take theirs").
   * Wins over `version` for those settings.
   */
  readonly versions?: Readonly<Partial<Record<SettingName, SettingsVersion>>>;
}

export interface SettingsAdapter {
  /**
   * Store `changes`. Report a refused key in `failed` rather than throwing;
   * a throw is shown to the admin as a failure of the whole save.
   */
  save(changes: SettingsChanges, options?: SaveOptions): Promise<SaveResult>;
}
