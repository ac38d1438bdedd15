import Service from '@ember/service';
import { tracked } from '@glimmer/tracking';

/** The server refused the request: `status` says why (401: not logged in). */
export class AdminRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface SessionAnswer {
  username: string;
  csrf: string;
}

function isSessionAnswer(value: unknown): value is SessionAnswer {
  const answer = value as Partial<SessionAnswer> | null;
  return (
    typeof answer?.username === 'string' && typeof answer.csrf === 'string'
  );
}

/** The server's `errors` sentences, or a sentence for the status. */
async function errorOf(response: Response): Promise<AdminRequestError> {
  let message = `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { errors?: unknown };
    if (Array.isArray(body.errors) && typeof body.errors[0] === 'string') {
      message = body.errors.join(' ');
    }
  } catch {
    // not JSON: keep the status sentence
  }
  return new AdminRequestError(response.status, message);
}

/**
 * The admin's browser session with the demo server (Discourse-style): an
 * HttpOnly cookie the page never sees, and the CSRF token that every
 * request changing something must carry.
 */
export default class AdminSessionService extends Service {
  @tracked username: string | null = null;
  @tracked csrf: string | null = null;
  /** Where to go after logging in: the admin page that asked for it. */
  returnTo: string | null = null;
  #known = false;

  get isLoggedIn(): boolean {
    return this.username !== null;
  }

  /** Who is logged in (asked once per page, unless `refresh`). */
  async load(refresh = false): Promise<boolean> {
    if (this.#known && !refresh) return this.isLoggedIn;
    const response = await fetch('/admin/session', {
      headers: { Accept: 'application/json' },
    });
    if (response.status === 401) {
      this.#set(null);
    } else if (response.ok) {
      const body: unknown = await response.json();
      this.#set(isSessionAnswer(body) ? body : null);
    } else {
      throw await errorOf(response);
    }
    return this.isLoggedIn;
  }

  async logIn(apiKey: string, username: string): Promise<void> {
    const response = await fetch('/admin/session', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ api_key: apiKey, username }),
    });
    if (!response.ok) throw await errorOf(response);
    const body: unknown = await response.json();
    if (!isSessionAnswer(body)) {
      throw new AdminRequestError(
        500,
        'The server’s answer was not understood.',
      );
    }
    this.#set(body);
  }

  async logOut(): Promise<void> {
    const response = await fetch('/admin/session', {
      method: 'DELETE',
      headers: { Accept: 'application/json', ...this.#csrfHeader() },
    });
    if (!response.ok) throw await errorOf(response);
    this.#set(null);
  }

  /** An admin endpoint's JSON; a 401 means the session is gone. */
  async getJson<T>(path: string): Promise<T> {
    const response = await fetch(path, {
      headers: { Accept: 'application/json' },
    });
    if (response.status === 401) this.#set(null);
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  }

  /**
   * A change to an admin endpoint (with the session's CSRF token): its
   * status and JSON body, whatever the status (a 401 also means the
   * session is gone). Throws only when nothing answered.
   */
  async send(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...this.#csrfHeader(),
      },
      body: JSON.stringify(body),
    });
    if (response.status === 401) this.#set(null);
    let answer: unknown = null;
    try {
      answer = await response.json();
    } catch {
      // not JSON: the status says it
    }
    return { status: response.status, body: answer };
  }

  #csrfHeader(): Record<string, string> {
    return this.csrf ? { 'X-CSRF-Token': this.csrf } : {};
  }

  #set(answer: SessionAnswer | null): void {
    this.#known = true;
    this.username = answer?.username ?? null;
    this.csrf = answer?.csrf ?? null;
  }
}

declare module '@ember/service' {
  interface Registry {
    'admin-session': AdminSessionService;
  }
}
