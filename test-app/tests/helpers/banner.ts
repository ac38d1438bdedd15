/**
 * Domain helpers for the banner's rendering tests: the Go forum's window,
 * and observers that count what the DOM really did.
 */
import { trackedObject } from '@ember/reactive/collections';

/** The upgrade from the forum post: Feb 18, 10:00 Pacific. */
export const START = '2027-02-18T10:00:00-08:00';
export const SLACK = 'https://gophers.slack.com/messages/announcements';

/** The forum's settings, as `siteSettings` would hold them, with overrides. */
export function forumSettings(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return trackedObject<Record<string, unknown>>({
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: START,
    maintenance_banner_duration_minutes: 90,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_channel_name: '#announcements',
    maintenance_banner_channel_url: SLACK,
    // No health checks unless a test asks for them (and fakes the server).
    maintenance_banner_health_url: '',
    ...overrides,
  });
}

/** An instant relative to the start: `fromStart(-30, 'minutes')`. */
export function fromStart(
  amount: number,
  unit: 'seconds' | 'minutes' | 'hours',
): number {
  const ms = { seconds: 1000, minutes: 60_000, hours: 3_600_000 }[unit];
  return Date.parse(START) + amount * ms;
}

/** Every DOM mutation under `element`, read synchronously when asked. */
export class DomWrites {
  readonly #observer: MutationObserver;
  readonly #records: MutationRecord[] = [];

  constructor(element: Node) {
    this.#observer = new MutationObserver((records) =>
      this.#records.push(...records),
    );
    this.#observer.observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }

  /** All mutations so far. */
  get records(): MutationRecord[] {
    this.#records.push(...this.#observer.takeRecords());
    return this.#records;
  }

  get count(): number {
    return this.records.length;
  }

  /** Mutations whose target is (inside) an element matching `selector`. */
  countIn(selector: string): number {
    return this.records.filter((record) => {
      const node = record.target;
      const element = node instanceof Element ? node : node.parentElement;
      return element?.closest(selector) !== null;
    }).length;
  }

  stop(): void {
    this.#observer.disconnect();
  }
}
