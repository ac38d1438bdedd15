import type {
  SaveResult,
  SettingsAdapter,
  SettingsChanges,
} from '../adapters/settings-adapter.ts';
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
    /** How to save: `DiscourseSettingsAdapter`, or any object with `save(changes)`. */
    adapter: SettingsAdapter;
    /** Called after a save that stored something: the stored values, and the whole result. */
    onSaved?: (saved: SettingsChanges, result: SaveResult) => void;
    /**
     * BCP 47 locale (or Discourse-style `zh_CN`) for the form's words, dates
     * and durations; the page's `lang`, then the browser's. `zh`/`zh-CN` get
     * the shipped Simplified Chinese table, everything else English.
     */
    locale?: string;
    /** The admin's own IANA zone, for "your time"; default: the browser's. */
    timeZone?: string;
    /** Overrides for any of the form's strings (keys as in `adminMessages.en`). */
    messages?: AdminMessageOverrides;
  };
}
