/**
 * A stand-in for the forum's health URL (Discourse answers `ok` at
 * /srv/status): it answers as told and records each request's URL and,
 * given a clock, when it came, until `restore()` puts the page's own fetch
 * back. A URL other than `url` is refused as a network error.
 */
import { settled } from '@ember/test-helpers';

export class HealthEndpoint {
  up = true;
  readonly requests: string[] = [];
  /** The clock's time of each request (empty without a clock). */
  readonly times: number[] = [];
  readonly #original: typeof window.fetch = window.fetch.bind(window);

  constructor({
    now,
    url = '/srv/status',
  }: { now?: () => number; url?: string } = {}) {
    window.fetch = (input: RequestInfo | URL) => {
      const asked = input instanceof Request ? input.url : String(input);
      this.requests.push(asked);
      if (now) this.times.push(now());
      if (asked !== url) return Promise.reject(new TypeError('unexpected URL'));
      return Promise.resolve(
        this.up
          ? new Response('ok', { status: 200 })
          : new Response('Bad Gateway', { status: 502 }),
      );
    };
  }

  restore(): void {
    window.fetch = this.#original;
  }
}

/** Lets a pending fetch settle, then the render. */
export async function answered(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await settled();
}
