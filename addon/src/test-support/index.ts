/**
 * Test helpers for apps that render the banner: a manual clock that
 * replaces the page's clock service, and readers for the banner's markup.
 */
import type Owner from '@ember/owner';
import { preloadOnDemand } from '../banner/on-demand.ts';
import ManualClock, { toEpochMs, type InstantLike } from './manual-clock.ts';

export { ManualClock, toEpochMs, type InstantLike };

interface Hooks {
  beforeEach(callback: (this: { owner: Owner }) => void | Promise<void>): void;
  afterEach(callback: (this: { owner: Owner }) => void): void;
}

export interface ClockOptions {
  /** Where the clock starts: epoch ms, a `Date`, or ISO 8601 with an offset. */
  now?: InstantLike;
}

/** Time units for readable ticks: `clock.tick(minutes(30))`. */
export const seconds = (n: number): number => n * 1000;
export const minutes = (n: number): number => n * 60_000;
export const hours = (n: number): number => n * 3_600_000;
export const days = (n: number): number => n * 86_400_000;

/**
 * Replaces the clock service with a `ManualClock` for each test of the
 * module and returns a handle to it:
 *
 * ```ts
 * const clock = setupMaintenanceClock(hooks, { now: '2027-02-18T09:00:00-08:00' });
 * test('…', async function (assert) {
 *   await render(<template><MaintenanceBanner @settings={{settings}} /></template>);
 *   clock.tick(minutes(30));
 *   await settled();
 * });
 * ```
 */
export function setupMaintenanceClock(
  hooks: Hooks,
  options: ClockOptions = {},
): ManualClock {
  let current: ManualClock | undefined;
  // What loads on demand is loaded before each test, so a test that moves the
  // clock into the window finds the back-online checks ready, as a page
  // that loaded them ahead does.
  hooks.beforeEach(() => preloadOnDemand());
  hooks.beforeEach(function () {
    this.owner.register('service:maintenance-banner-clock', ManualClock);
    current = this.owner.lookup(
      'service:maintenance-banner-clock',
    ) as ManualClock;
    if (options.now !== undefined) current.setNow(options.now);
  });
  hooks.afterEach(function () {
    current = undefined;
  });
  // Every property read goes to the current test's clock.
  return new Proxy({} as ManualClock, {
    get(_target, property) {
      if (!current)
        throw new Error('The manual clock exists only inside a test.');
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function'
        ? (value as () => unknown).bind(current)
        : value;
    },
    set(_target, property, value) {
      if (!current)
        throw new Error('The manual clock exists only inside a test.');
      return Reflect.set(current, property, value, current);
    },
  });
}

/** What a rendered banner shows, read from its public markup hooks. */
export interface BannerReading {
  phase: string | null;
  countdown: { text: string; datetime: string | null } | null;
  channelHref: string | null;
  announcement: string;
  dismissible: boolean;
}

/** Reads the banner inside `root` (the test container by default). */
export function readBanner(root: ParentNode = document): BannerReading | null {
  const banner = root.querySelector<HTMLElement>('.maintenance-banner');
  if (!banner) return null;
  const time = banner.querySelector('time.maintenance-banner__countdown');
  return {
    phase: banner.dataset['maintenancePhase'] ?? null,
    countdown: time
      ? {
          text: time.textContent ?? '',
          datetime: time.getAttribute('datetime'),
        }
      : null,
    channelHref:
      banner
        .querySelector('a.maintenance-banner__channel')
        ?.getAttribute('href') ?? null,
    announcement:
      banner.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    dismissible:
      banner.querySelector('button.maintenance-banner__dismiss') !== null,
  };
}
