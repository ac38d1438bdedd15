/** `<MaintenanceBanner>`'s public signature: its arguments and blocks. */
import type { Messages } from '../core/messages.ts';
import type { ForumState } from '../core/story.ts';
import type MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';
import type { MaintenanceBannerState } from './state.ts';

export interface MaintenanceBannerSignature {
  /** The banner's root, a `<section>` labelled by its headline (no root in the headless form). */
  Element: HTMLElement;
  Args: {
    /**
     * A Discourse-style settings object holding the `maintenance_banner_*`
     * keys (such as `siteSettings`). Tracked changes show at once; invalid
     * settings show nothing (or, for an optional value, the banner without
     * it) and log a warning naming the key.
     */
    settings: object | null | undefined;
    /**
     * BCP 47 locale (or Discourse-style `zh_CN`) for the strings, dates and
     * durations; the page's `lang`, then the browser's. The strings come
     * from the table registered for that language (`registerTranslation`),
     * else English, with English dates and durations.
     */
    locale?: string;
    /** The viewer's IANA time zone; the browser's by default. */
    timeZone?: string;
    /** Overrides for any string of the locale's table (keys as in `en` from `ember-maintenance-banner/core`). */
    messages?: Partial<Messages>;
    /**
     * A clock of its own instead of the page's clock service: an admin
     * preview travels in time without moving the site's banner.
     */
    clock?: MaintenanceBannerClock;
    /**
     * The host's word on the forum itself: `"going-down"` while it stops
     * for the upgrade (a server's shutdown notice, for example). A window
     * still ahead then shows as under way, headed "The forum is going down
     * for the upgrade", and the back-online checks start.
     */
    forumState?: ForumState;
  };
  Blocks: {
    /**
     * Headless: when given, the banner renders none of its own markup, only
     * this block (and its polite live region, visually hidden). The theme
     * writes the whole template from the state.
     */
    default: [banner: MaintenanceBannerState];
    /** Replaces the phase icon (decorative: hidden from screen readers). */
    icon: [banner: MaintenanceBannerState];
    /** Replaces the headline ("Scheduled maintenance"); it still labels the banner. */
    headline: [banner: MaintenanceBannerState];
    /** Replaces the body: when, countdown, detail sentences and the admin's message. */
    details: [banner: MaintenanceBannerState];
    /** Added beside the dismiss button: links or buttons of the host. */
    actions: [banner: MaintenanceBannerState];
  };
}
