/**
 * The state the banner yields to every block and to headless templates.
 */
import type { HealthState } from '../core/health.ts';
import type { Phase } from '../core/phase.ts';
import type { MaintenanceWindow } from '../core/read-settings.ts';
import type { CountdownText, PhaseText } from '../core/text.ts';

/**
 * What the banner knows at this moment, yielded to every block. Reading a
 * property tracks just that property: `countdown` changes with each tick,
 * the rest only when the phase or the settings do.
 */
export interface MaintenanceBannerState {
  /** The phase shown (never `null` inside a block: nothing renders then). */
  readonly phase: Phase;
  /** The validated window: instants, zone, channel, thresholds. */
  readonly window: MaintenanceWindow;
  /** Everything the banner says for this phase (headline, when, details, announcement, labels). */
  readonly text: PhaseText;
  /** The ticking part while counting down (parts, granularity, text, target, datetime), else `null`. */
  readonly countdown: CountdownText | null;
  /** Each detail sentence as plain text, with the channel's name filled in. */
  readonly detailsText: readonly string[];
  /** Where updates are posted, or `null` when the admin named no channel. */
  readonly channel: {
    readonly name: string;
    readonly url: string | null;
  } | null;
  /** May the visitor dismiss it? */
  readonly dismissible: boolean;
  /** Hide this phase for this visitor (until the phase or the window changes). */
  readonly dismiss: () => void;
  /** During the window: `down` while the health URL fails, `back` once it answers again. */
  readonly health: HealthState;
  /** Reload the page (offered once the forum is back). */
  readonly reload: () => void;
  /** A `data:` URL of the window as an `.ics` file, while it is ahead; else `null`. */
  readonly calendarUrl: string | null;
}

/** What the state reads: the banner's own getters. */
export type StateSource = {
  readonly [
    K in Exclude<
      keyof MaintenanceBannerState,
      'phase' | 'window' | 'text' | 'channel' | 'health'
    >
  ]: MaintenanceBannerState[K];
} & {
  readonly phase: Phase | null;
  readonly window: MaintenanceWindow | null;
  readonly text: PhaseText | null;
};

/** The yielded state: getters over the banner's own, so each read tracks only itself. */
export class State implements MaintenanceBannerState {
  readonly #banner: StateSource;

  constructor(banner: StateSource) {
    this.#banner = banner;
  }

  get phase(): Phase {
    return this.#banner.phase as Phase;
  }

  get window(): MaintenanceWindow {
    return this.#banner.window as MaintenanceWindow;
  }

  get text(): PhaseText {
    return this.#banner.text as PhaseText;
  }

  get countdown(): CountdownText | null {
    return this.#banner.countdown;
  }

  get detailsText(): readonly string[] {
    return this.#banner.detailsText;
  }

  get channel() {
    return this.#banner.text?.channel ?? null;
  }

  get dismissible(): boolean {
    return this.#banner.dismissible;
  }

  get dismiss(): () => void {
    return this.#banner.dismiss;
  }

  get health(): HealthState {
    return this.#banner.text?.health ?? 'unknown';
  }

  get reload(): () => void {
    return this.#banner.reload;
  }

  get calendarUrl(): string | null {
    return this.#banner.calendarUrl;
  }
}
