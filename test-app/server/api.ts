/**
 * The settings API, in Discourse's shapes:
 *
 *   GET    /maintenance-banner/settings.json     public: { settings, version, server_time }
 *   GET    /maintenance-banner/events            public: Server-Sent Events, `settings` on each change
 *   GET    /admin/site_settings.json             admin:  { site_settings: [...] }
 *   PUT    /admin/site_settings/{key}            admin:  body { "{key}": value }
 *   GET    /admin/site_settings/history.json     admin:  { history: [...] }, newest first
 *   GET    /admin/session                        the browser admin's { username, csrf }, or 401
 *   POST   /admin/session                        log in with { api_key, username }
 *   DELETE /admin/session                        log out
 *
 * and, for trying the banner's health checks, the forum's own health path:
 *
 *   GET    /srv/status                           public: "ok" (200), or 503 while switched down
 *   GET    /admin/demo/health                    admin:  { up }
 *   PUT    /admin/demo/health                    admin:  body { "up": false } takes the forum "down"
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdminAuthenticator, isUsername } from './auth.ts';
import type { SettingsEvents, SettingsPayload } from './events.ts';
import { HttpError, readJsonObject, sendError, sendJson } from './http-json.ts';
import { sessionCookie, type SessionStore } from './sessions.ts';
import {
  decideChange,
  discourseSiteSettings,
  isSettingKey,
} from './settings-rules.ts';
import type { SettingsStore, Snapshot } from './store.ts';

export const SETTINGS_PATH = '/maintenance-banner/settings.json';
export const EVENTS_PATH = '/maintenance-banner/events';
const SITE_SETTINGS_PATH = '/admin/site_settings.json';
const HISTORY_PATH = '/admin/site_settings/history.json';
const SETTING_PREFIX = '/admin/site_settings/';
const SESSION_PATH = '/admin/session';
/** Where a Discourse site answers "ok" when it is up. */
export const HEALTH_PATH = '/srv/status';
const DEMO_HEALTH_PATH = '/admin/demo/health';

export interface ApiOptions {
  store: SettingsStore;
  events: SettingsEvents;
  sessions: SessionStore;
  auth: AdminAuthenticator;
  /** Headers every answer carries (nosniff, CSP). */
  headers: Record<string, string>;
  now?: () => number;
}

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void | Promise<void>;
type Methods = Partial<Record<string, Handler>>;

export class Api {
  readonly #options: ApiOptions;
  readonly #now: () => number;
  /** The demo's pretend upgrade: while false, /srv/status fails like a forum being rebuilt. */
  #up = true;

  constructor(options: ApiOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The current settings, as settings.json and every event carry them. */
  payload(
    snapshot: Snapshot = this.#options.store.snapshot(),
  ): SettingsPayload {
    return {
      settings: snapshot.settings,
      version: snapshot.version,
      server_time: this.#now(),
    };
  }

  /** Handles the request if its path is one of the API's; returns false otherwise. */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): boolean {
    const methods = this.#route(path);
    if (!methods) return false;
    const method =
      request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    const handler = Object.hasOwn(methods, method)
      ? methods[method]
      : undefined;
    if (!handler) {
      this.#error(
        response,
        405,
        `${method} is not allowed here.`,
        'method_not_allowed',
        {
          Allow: Object.keys(methods).join(', '),
        },
      );
      return true;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          // A refused body is not read any further: close the connection.
          this.#error(response, error.status, error.message, error.errorType, {
            Connection: 'close',
          });
          return;
        }
        console.error(error);
        this.#error(
          response,
          500,
          'Something went wrong on the server.',
          'server_error',
        );
      });
    return true;
  }

  #route(path: string): Methods | null {
    switch (path) {
      case SETTINGS_PATH:
        return {
          GET: (_, response) => this.#json(response, 200, this.payload()),
        };
      case EVENTS_PATH:
        return {
          GET: (request, response) =>
            this.#options.events.connect(request, response, this.payload()),
        };
      case SITE_SETTINGS_PATH:
        return {
          GET: (request, response) => {
            if (!this.#admin(request, response, false)) return;
            const { settings } = this.#options.store.snapshot();
            this.#json(response, 200, discourseSiteSettings(settings));
          },
        };
      case HISTORY_PATH:
        return {
          GET: (request, response) => {
            if (!this.#admin(request, response, false)) return;
            this.#json(response, 200, {
              history: this.#options.store.history(50),
            });
          },
        };
      case HEALTH_PATH:
        return {
          GET: (_, response) => {
            response.writeHead(this.#up ? 200 : 503, {
              'Content-Type': 'text/plain; charset=utf-8',
              'Cache-Control': 'no-store',
              ...this.#options.headers,
            });
            response.end(this.#up ? 'ok' : 'Service Unavailable');
          },
        };
      case DEMO_HEALTH_PATH:
        return {
          GET: (request, response) => {
            if (!this.#admin(request, response, false)) return;
            this.#json(response, 200, { up: this.#up });
          },
          PUT: async (request, response) => {
            if (!this.#admin(request, response, true)) return;
            const body = await readJsonObject(request);
            if (
              typeof body['up'] !== 'boolean' ||
              Object.keys(body).length !== 1
            ) {
              throw new HttpError(
                400,
                'Send { "up": true } or { "up": false }.',
              );
            }
            this.#up = body['up'];
            this.#json(response, 200, { up: this.#up });
          },
        };
      case SESSION_PATH:
        return {
          GET: (request, response) => this.#whoAmI(request, response),
          POST: (request, response) => this.#logIn(request, response),
          DELETE: (request, response) => this.#logOut(request, response),
        };
    }
    if (path.startsWith(SETTING_PREFIX)) {
      const key = path.slice(SETTING_PREFIX.length);
      return { PUT: (request, response) => this.#put(request, response, key) };
    }
    return null;
  }

  async #put(
    request: IncomingMessage,
    response: ServerResponse,
    key: string,
  ): Promise<void> {
    const admin = this.#admin(request, response, true);
    if (!admin) return;
    if (!isSettingKey(key)) {
      this.#error(
        response,
        404,
        `There is no setting named ${JSON.stringify(key.slice(0, 100))}.`,
        'not_found',
      );
      return;
    }
    const body = await readJsonObject(request);
    const keys = Object.keys(body);
    if (keys.length !== 1 || keys[0] !== key) {
      throw new HttpError(
        400,
        `Send exactly one key, the one in the path: { "${key}": value }.`,
      );
    }
    const result = this.#options.store.change(key, admin, (current) =>
      decideChange(current, key, body[key]),
    );
    if (!result.ok) {
      this.#error(response, 422, result.error, 'invalid_parameters');
      return;
    }
    this.#json(response, 200, {
      success: 'OK',
      version: result.snapshot.version,
    });
    if (result.changed)
      this.#options.events.broadcast(this.payload(result.snapshot));
  }

  #whoAmI(request: IncomingMessage, response: ServerResponse): void {
    const session = this.#options.sessions.fromRequest(request);
    if (!session) {
      this.#error(response, 401, 'You are not logged in.', 'not_logged_in');
      return;
    }
    this.#json(response, 200, {
      username: session.username,
      csrf: session.csrf,
    });
  }

  async #logIn(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const body = await readJsonObject(request);
    const apiKey =
      typeof body['api_key'] === 'string' ? body['api_key'].trim() : '';
    const username =
      typeof body['username'] === 'string' ? body['username'].trim() : '';
    if (apiKey === '') {
      this.#error(
        response,
        401,
        'Give the admin API key as "api_key".',
        'not_logged_in',
      );
      return;
    }
    if (!this.#options.auth.isApiKey(apiKey)) {
      this.#error(
        response,
        403,
        'That API key is not valid.',
        'invalid_access',
      );
      return;
    }
    if (username === '') {
      this.#error(
        response,
        401,
        'Give your user name as "username": the history records who changed what.',
        'not_logged_in',
      );
      return;
    }
    if (!isUsername(username)) {
      this.#error(
        response,
        403,
        'A user name is 1 to 60 letters, digits, "_", "." or "-".',
        'invalid_access',
      );
      return;
    }
    // A fresh token on every login: a cookie planted before it is worth nothing.
    const previous = this.#options.sessions.fromRequest(request);
    if (previous) this.#options.sessions.end(previous);
    const { token, session } = this.#options.sessions.create(username);
    this.#json(
      response,
      200,
      { username: session.username, csrf: session.csrf },
      { 'Set-Cookie': sessionCookie(request, token) },
    );
  }

  #logOut(request: IncomingMessage, response: ServerResponse): void {
    const session = this.#options.sessions.fromRequest(request);
    if (session) {
      if (!this.#options.auth.hasCsrfToken(request, session)) {
        this.#error(
          response,
          403,
          'Log out with the X-CSRF-Token header of your session.',
          'invalid_access',
        );
        return;
      }
      this.#options.sessions.end(session);
    }
    this.#json(
      response,
      200,
      { success: 'OK' },
      { 'Set-Cookie': sessionCookie(request, null) },
    );
  }

  /** The admin's user name, or `null` after answering 401/403. */
  #admin(
    request: IncomingMessage,
    response: ServerResponse,
    changesState: boolean,
  ): string | null {
    const auth = this.#options.auth.authenticate(request, changesState);
    if (auth.ok) return auth.username;
    this.#error(
      response,
      auth.status,
      auth.message,
      auth.status === 401 ? 'not_logged_in' : 'invalid_access',
    );
    return null;
  }

  #json(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string | string[]> = {},
  ): void {
    sendJson(response, status, body, { ...this.#options.headers, ...headers });
  }

  #error(
    response: ServerResponse,
    status: number,
    errors: string | string[],
    errorType: string,
    headers: Record<string, string> = {},
  ): void {
    sendError(response, status, errors, errorType, {
      ...this.#options.headers,
      ...headers,
    });
  }
}
