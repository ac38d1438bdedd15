/**
 * A stand-in for the forum's health URL (Discourse answers `ok` at
 * /srv/status): it answers as told and records each request's URL, until
 * `restore()` puts the page's own fetch back.
 */
import { settled } from '@ember/test-helpers';

export class HealthEndpoint {
  up = true;
  readonly requests: string[] = [];
  readonly #original: typeof window.fetch = window.fetch.bind(window);

  constructor() {
    window.fetch = (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      this.requests.push(url);
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
