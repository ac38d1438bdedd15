/**
 * Who may use the admin endpoints: a request with the `Api-Key` and
 * `Api-Username` headers (as Discourse's API takes them; no CSRF token, since
 * a cross-site page cannot set those headers), or a browser with an admin
 * session whose state-changing requests carry its `X-CSRF-Token`.
 *
 * Every API key presented (in the headers or at login) goes through the
 * failure limiter of rate-limit.ts first: an address that guessed wrong too
 * often is answered 429 until its failures age out.
 */
import type { IncomingMessage } from 'node:http';
import { sameSecret } from './api-key.ts';
import type { ProxyTrust } from './proxy.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Session, SessionStore } from './sessions.ts';

/** Discourse-style user names: letters, digits, `_`, `.`, `-`. */
const USERNAME = /^[A-Za-z0-9_.-]{1,60}$/;

export function isUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME.test(value);
}

export type Refusal =
  | { ok: false; status: 401 | 403; message: string }
  | { ok: false; status: 429; message: string; retryAfterSeconds: number };

export type AdminAuth =
  { ok: true; username: string; session: Session | null } | Refusal;

export type KeyCheck = { ok: true } | Refusal;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export interface AuthenticatorOptions {
  apiKey: string;
  sessions: SessionStore;
  limiter: FailureLimiter;
  proxy: ProxyTrust;
}

export class AdminAuthenticator {
  readonly #apiKey: string;
  readonly #sessions: SessionStore;
  readonly #limiter: FailureLimiter;
  readonly #proxy: ProxyTrust;

  constructor(options: AuthenticatorOptions) {
    this.#apiKey = options.apiKey;
    this.#sessions = options.sessions;
    this.#limiter = options.limiter;
    this.#proxy = options.proxy;
  }

  /**
   * Is `given` (not empty) the admin API key? Refused with 429, unchecked,
   * while the request's address is over its failure limit; a wrong key
   * counts as one more failure.
   */
  checkApiKey(request: IncomingMessage, given: string): KeyCheck {
    const address = this.#proxy.clientAddress(request);
    const waitMs = this.#limiter.retryAfter(address);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return {
        ok: false,
        status: 429,
        message: `Too many wrong API keys from your address: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        retryAfterSeconds: seconds,
      };
    }
    if (sameSecret(given, this.#apiKey)) return { ok: true };
    this.#limiter.fail(address);
    return { ok: false, status: 403, message: 'That API key is not valid.' };
  }

  /** Does the request carry the session's CSRF token? (constant time) */
  hasCsrfToken(request: IncomingMessage, session: Session): boolean {
    const csrf = header(request, 'x-csrf-token')?.trim() ?? '';
    return csrf !== '' && sameSecret(csrf, session.csrf);
  }

  authenticate(request: IncomingMessage, changesState: boolean): AdminAuth {
    const key = header(request, 'api-key');
    if (key !== undefined) return this.#byApiKey(request, key.trim());

    const session = this.#sessions.fromRequest(request);
    if (!session) {
      return {
        ok: false,
        status: 401,
        message:
          'You are not logged in: send the Api-Key and Api-Username headers, or log in at POST /admin/session.',
      };
    }
    if (changesState && !this.hasCsrfToken(request, session)) {
      return {
        ok: false,
        status: 403,
        message:
          'Missing or wrong X-CSRF-Token header: send the token from GET /admin/session (or the csrf-token meta).',
      };
    }
    return { ok: true, username: session.username, session };
  }

  #byApiKey(request: IncomingMessage, key: string): AdminAuth {
    if (key === '') {
      return {
        ok: false,
        status: 401,
        message: 'The Api-Key header is empty.',
      };
    }
    const check = this.checkApiKey(request, key);
    if (!check.ok) return check;
    const username = header(request, 'api-username')?.trim() ?? '';
    if (username === '') {
      return {
        ok: false,
        status: 401,
        message:
          'Send the Api-Username header with the Api-Key: the history records who changed what.',
      };
    }
    if (!isUsername(username)) {
      return {
        ok: false,
        status: 403,
        message:
          'Api-Username must be 1 to 60 letters, digits, "_", "." or "-".',
      };
    }
    return { ok: true, username, session: null };
  }
}
