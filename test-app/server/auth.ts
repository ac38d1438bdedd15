/**
 * Who may use the admin endpoints: a request with the `Api-Key` and
 * `Api-Username` headers (as Discourse's API takes them; no CSRF token, since
 * a cross-site page cannot set those headers), or a browser with an admin
 * session whose state-changing requests carry its `X-CSRF-Token`.
 */
import type { IncomingMessage } from 'node:http';
import { sameSecret } from './api-key.ts';
import type { Session, SessionStore } from './sessions.ts';

/** Discourse-style user names: letters, digits, `_`, `.`, `-`. */
const USERNAME = /^[A-Za-z0-9_.-]{1,60}$/;

export function isUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME.test(value);
}

export type AdminAuth =
  | { ok: true; username: string; session: Session | null }
  | { ok: false; status: 401 | 403; message: string };

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export class AdminAuthenticator {
  readonly #apiKey: string;
  readonly #sessions: SessionStore;

  constructor(apiKey: string, sessions: SessionStore) {
    this.#apiKey = apiKey;
    this.#sessions = sessions;
  }

  /** Is `given` the admin API key? (constant time) */
  isApiKey(given: string): boolean {
    return given !== '' && sameSecret(given, this.#apiKey);
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
    if (!this.isApiKey(key)) {
      return { ok: false, status: 403, message: 'That API key is not valid.' };
    }
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
