import type {
  SaveResult,
  SettingsAdapter,
  SettingsChanges,
  SettingsVersion,
} from '../adapters/settings-adapter.ts';
import type { ExtraSetting, ExtraSettingState } from './extra-settings.ts';
import type { AdminMessageOverrides } from './messages.ts';

export interface MaintenanceSettingsFormSignature {
  /** The `<form>`. */
  Element: HTMLFormElement;
  Args: {
    /**
     * The saved settings: a Discourse-style object of `maintenance_banner_*`
     * keys (`siteSettings`, or the values of `/admin/site_settings.json`).
     * Read when the form is created, so a refresh in the background never
     * overwrites what the admin is typing; render a new form to start over.
     */
    settings: object | null | undefined;
    /** How to save: `DiscourseSettingsAdapter`, or any object with `save(changes, options)`. */
    adapter: SettingsAdapter;
    /**
     * The version `@settings` were read at (the `version` or `ETag` of
     * `/admin/site_settings.json`, settings.json's `version`, the event id).
     * Every save passes it to the adapter, which sends it as `If-Match`; a
     * setting someone else changed since is then answered field by field.
     */
    version?: SettingsVersion | null;
    /**
     * Settings of the host's own, drawn after the banner's with the same
     * field components and saved by the same adapter: a descriptor of the
     * core's kind, its words, `secret` for a write-only value. Their values
     * come from `@settings` too. Read when the form is created.
     */
    extraSettings?: readonly ExtraSetting[];
    /** Called after a save that stored something: the stored values, and the whole result. */
    onSaved?: (saved: SettingsChanges, result: SaveResult) => void;
    /**
     * BCP 47 locale (or Discourse-style `zh_CN`) for the form's words, dates
     * and durations; the page's `lang`, then the browser's. The words are
     * the language's registered translation (`registerAdminTranslation`;
     * Simplified Chinese ships), English otherwise.
     */
    locale?: string;
    /** The admin's own IANA zone, for "your time"; default: the browser's. */
    timeZone?: string;
    /** Overrides for any of the form's strings (keys as in `adminMessages.en`). */
    messages?: AdminMessageOverrides;
  };
  Blocks: {
    /**
     * Under each of the host's `@extraSettings`: the host's own controls
     * for it (a "send a test message" button), given the field's state.
     */
    extraSetting: [ExtraSettingState];
  };
}
