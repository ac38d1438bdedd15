/**
 * Asks the health URL, during the window, whether the forum answers again.
 *
 * One request at a time, a timeout, jittered exponential backoff (see
 * core/health.ts); scheduled on the page's clock, so there is still one
 * native timer on the page and nothing runs while the page is hidden.
 * Created by the live region's modifier (region.ts) when the window needs
 * checks, and stopped with it.
 */
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
  /** The URL to ask. */
  readonly url: string;
  /** Has the expected end passed? Then a good answer means "done". */
  readonly overdue: boolean;
}

/** The banner, as the checks see it: its clock, and what the checks have shown so far. */
export interface HealthHost {
  readonly clock: MaintenanceBannerClock;
  shown(): HealthState;
  show(state: HealthState): void;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export class HealthMonitor {
  readonly #host: HealthHost;
  readonly #subscription: ClockSubscription;
  readonly #fetch: () => Fetch | undefined;
  #watch: HealthWatch | null = null;
  #unchanged = 0;
  #request: AbortController | null = null;
  #pending: 'check' | 'timeout' | null = null;

  constructor(
    host: HealthHost,
    // Looked up at each check, so a page's own fetch wrapper is honoured.
    fetcher: () => Fetch | undefined = () => globalThis.fetch?.bind(globalThis),
  ) {
    this.#host = host;
    this.#fetch = fetcher;
    this.#subscription = host.clock.subscribe(() => this.#woken());
  }

  /** Check `watch.url` from now on; `null` stops checking. A new URL starts over. */
  follow(watch: HealthWatch | null): void {
    const before = this.#watch;
    this.#watch = watch;
    if (!watch) {
      if (before) this.#halt();
    } else if (before?.url !== watch.url) {
      this.#halt();
      this.#schedule();
    }
  }

  /** No more checks, ever: the clock is released. */
  stop(): void {
    this.#halt();
    this.#subscription.release();
  }

  #schedule(): void {
    this.#pending = 'check';
    this.#subscription.wakeAt(
      this.#host.clock.now() + healthDelay(this.#unchanged),
    );
  }

  #halt(): void {
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
    const url = this.#watch?.url;
    const fetch = this.#fetch();
    if (!url || !fetch) return;
    const request = new AbortController();
    this.#request = request;
    this.#pending = 'timeout';
    this.#subscription.wakeAt(this.#host.clock.now() + HEALTH_POLICY.timeoutMs);

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

    const state = this.#host.shown();
    const next = nextHealthState(state, ok, this.#watch?.overdue ?? false);
    this.#unchanged = next === state ? this.#unchanged + 1 : 0;
    if (next !== state) this.#host.show(next);
    if (this.#watch) this.#schedule();
  }
}
