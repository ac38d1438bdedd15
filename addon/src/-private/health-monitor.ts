/**
 * Asks the health URL, during the window, whether the forum answers again.
 *
 * One request at a time, a timeout, jittered exponential backoff (see
 * core/health.ts); scheduled on the page's clock, so there is still one
 * native timer on the page and nothing runs while the page is hidden.
 * Nothing at all happens outside the window or without a URL.
 */
import { tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';
import {
  HEALTH_POLICY,
  healthDelay,
  isHealthy,
  nextHealthState,
  type HealthState,
} from '../core/health.ts';
import type MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';
import type { ClockSubscription } from '../services/maintenance-banner-clock.ts';

export interface HealthWatch {
  /** The URL to ask, or `null` for none. */
  readonly url: string | null;
  /** Is the window on (in progress or overrun)? */
  readonly active: boolean;
  /** Has the expected end passed? Then a good answer means "done". */
  readonly overdue: boolean;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export class HealthMonitor {
  @tracked state: HealthState = 'unknown';

  readonly #clock: MaintenanceBannerClock;
  readonly #subscription: ClockSubscription;
  readonly #fetch: () => Fetch | undefined;
  #watch: HealthWatch = { url: null, active: false, overdue: false };
  #unchanged = 0;
  #request: AbortController | null = null;
  #pending: 'check' | 'timeout' | null = null;

  constructor(
    owner: object,
    clock: MaintenanceBannerClock,
    // Looked up at each check, so a page's own fetch wrapper is honoured.
    fetcher: () => Fetch | undefined = () => globalThis.fetch?.bind(globalThis),
  ) {
    this.#clock = clock;
    this.#fetch = fetcher;
    this.#subscription = clock.subscribe(() => this.#woken());
    registerDestructor(owner, () => {
      this.#stop();
      this.#subscription.release();
    });
  }

  /**
   * Follow `watch` (the banner reads this while rendering, as a resource
   * would): starts checking when the window and a URL are there, stops when
   * they are not, and returns what the checks have shown.
   */
  follow(watch: HealthWatch): HealthState {
    const before = this.#watch;
    this.#watch = watch;
    const on = watch.active && watch.url !== null;
    const wasOn = before.active && before.url !== null;
    if (!on) {
      if (wasOn) this.#stop();
    } else if (!wasOn || before.url !== watch.url) {
      this.#stop();
      this.#schedule();
    }
    return on ? this.state : 'unknown';
  }

  #schedule(): void {
    this.#pending = 'check';
    this.#subscription.wakeAt(this.#clock.now() + healthDelay(this.#unchanged));
  }

  #stop(): void {
    this.#request?.abort();
    this.#request = null;
    this.#pending = null;
    this.#unchanged = 0;
    this.#subscription.wakeAt(null);
  }

  #woken(): void {
    if (this.#pending === 'timeout') {
      this.#request?.abort();
      return;
    }
    if (this.#pending === 'check') void this.#check();
  }

  async #check(): Promise<void> {
    const { url } = this.#watch;
    const fetch = this.#fetch();
    if (url === null || !fetch) return;
    const request = new AbortController();
    this.#request = request;
    this.#pending = 'timeout';
    this.#subscription.wakeAt(this.#clock.now() + HEALTH_POLICY.timeoutMs);

    let ok: boolean;
    try {
      const response = await fetch(url, {
        cache: 'no-store',
        credentials: 'same-origin',
        redirect: 'error',
        signal: request.signal,
      });
      // A cross-origin URL without CORS answers opaquely: it answered.
      ok =
        response.type === 'opaque' ||
        isHealthy(response.status, await response.text());
    } catch {
      ok = false; // unreachable, refused, timed out
    }
    if (this.#request !== request) return; // stopped or restarted meanwhile
    this.#request = null;

    const next = nextHealthState(this.state, ok, this.#watch.overdue);
    this.#unchanged = next === this.state ? this.#unchanged + 1 : 0;
    if (next !== this.state) this.state = next;
    if (this.#watch.active) this.#schedule();
  }
}
