/**
 * The settings API, in Discourse's shapes:
 *
 *   GET    /maintenance-banner/settings.json     public: { settings, version, server_time }
 *   GET    /maintenance-banner/events            public: Server-Sent Events, `settings` on each change
 *   GET    /admin/site_settings.json             admin:  { site_settings: [...], version }, ETag "<version>"
 *   PUT    /admin/site_settings/{key}            admin:  body { "{key}": value }; If-Match "<version>"
 *   GET    /admin/site_settings/history.json     admin:  { history: [...] }, newest first
 *   GET    /admin/session                        the browser admin's { username, csrf }, or 401
 *   POST   /admin/session                        log in with { api_key, username }
 *   DELETE /admin/session                        log out
 *
 * the Slack notifier's (notifier-api.ts):
 *
 *   GET    /admin/maintenance-banner/notifier.json   admin: what it sent, what failed, when it looks next
 *   POST   /admin/maintenance-banner/notifier/test   admin: body {} or { url }: one test message
 *
 * and, for trying the banner's health checks, the forum's own health path:
 *
 *   GET    /srv/status                           public: "ok" (200), or 503 while switched down
 *   GET    /admin/demo/health                    admin:  { up }
 *   PUT    /admin/demo/health                    admin:  body { "up": false } takes the forum "down"
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminAuthenticator, Refusal } from './auth.ts';
import type { Clock } from './clock.ts';
import { storageFailure } from './db-errors.ts';
import type { SettingsEvents } from './events.ts';
import { HttpError, readJsonObject, Reply } from './http-json.ts';
import type { Notifier } from './notifier.ts';
import {
  NOTIFIER_PATH,
  NOTIFIER_TEST_PATH,
  notifierStatus,
  sendTestMessage,
} from './notifier-api.ts';
import type { ProxyTrust } from './proxy.ts';
import { logIn, logOut, whoAmI } from './session-api.ts';
import type { SessionStore } from './sessions.ts';
import { adminSiteSettings, putSetting } from './settings-api.ts';
import type { SettingsStore, Snapshot } from './store.ts';
import {
  EVENTS_PATH,
  SETTINGS_PATH,
  type SettingsPayload,
} from './wire-format.ts';

export { EVENTS_PATH, SETTINGS_PATH };
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
  notifier: Notifier;
  proxy: ProxyTrust;
  clock: Clock;
  /** Headers every answer carries (nosniff, framing, CSP). */
  headers: Record<string, string>;
}

/** What the handlers in the other api modules get. */
export interface ApiContext extends ApiOptions {
  reply: Reply;
  /** The admin's user name, or `null` after answering 401/403/429. */
  admin(
    request: IncomingMessage,
    response: ServerResponse,
    changesState: boolean,
  ): string | null;
  /** Answers a refused credential (429 with `Retry-After` in Discourse's shape). */
  refuse(response: ServerResponse, refusal: Refusal): void;
  payload(snapshot?: Snapshot): SettingsPayload;
}

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void | Promise<void>;
type Methods = Partial<Record<string, Handler>>;

export class Api {
  readonly #context: ApiContext;
  /** The demo's pretend upgrade: while false, /srv/status fails like a forum being rebuilt. */
  #up = true;

  constructor(options: ApiOptions) {
    const reply = new Reply(options.headers);
    const refuse = (response: ServerResponse, refusal: Refusal) => {
      if (refusal.status === 429) {
        reply.json(
          response,
          429,
          {
            errors: [refusal.message],
            error_type: 'rate_limit',
            extras: { wait_seconds: refusal.retryAfterSeconds },
          },
          { 'Retry-After': String(refusal.retryAfterSeconds) },
        );
        return;
      }
      reply.error(
        response,
        refusal.status,
        refusal.message,
        refusal.status === 401 ? 'not_logged_in' : 'invalid_access',
      );
    };
    this.#context = {
      ...options,
      reply,
      refuse,
      admin: (request, response, changesState) => {
        const auth = options.auth.authenticate(request, changesState);
        if (auth.ok) return auth.username;
        refuse(response, auth);
        return null;
      },
      payload: (snapshot = options.store.snapshot()) => ({
        settings: snapshot.settings,
        version: snapshot.version,
        server_time: options.clock.now(),
      }),
    };
  }

  /** The current settings, as settings.json and every event carry them. */
  payload(): SettingsPayload {
    return this.#context.payload();
  }

  /** Handles the request if its path is one of the API's; returns false otherwise. */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): boolean {
    const methods = this.#route(path);
    if (!methods) return false;
    const { reply } = this.#context;
    const method =
      request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    const handler = Object.hasOwn(methods, method)
      ? methods[method]
      : undefined;
    if (!handler) {
      reply.error(
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
          reply.error(response, error.status, error.message, error.errorType, {
            Connection: 'close',
          });
          return;
        }
        const failure = storageFailure(error);
        if (failure) {
          reply.error(
            response,
            failure.status,
            failure.message,
            failure.errorType,
            failure.retryAfter
              ? { 'Retry-After': String(failure.retryAfter) }
              : {},
          );
          return;
        }
        console.error(error);
        reply.error(
          response,
          500,
          'Something went wrong on the server.',
          'server_error',
        );
      });
    return true;
  }

  #route(path: string): Methods | null {
    const context = this.#context;
    const { reply } = context;
    switch (path) {
      case SETTINGS_PATH:
        return {
          GET: (_, response) => reply.json(response, 200, context.payload()),
        };
      case EVENTS_PATH:
        return {
          GET: (request, response) =>
            context.events.connect(request, response, context.payload()),
        };
      case SITE_SETTINGS_PATH:
        return {
          GET: (request, response) =>
            adminSiteSettings(context, request, response),
        };
      case HISTORY_PATH:
        return {
          GET: (request, response) => {
            if (!context.admin(request, response, false)) return;
            reply.json(response, 200, { history: context.store.history(50) });
          },
        };
      case NOTIFIER_PATH:
        return {
          GET: (request, response) =>
            notifierStatus(context, request, response),
        };
      case NOTIFIER_TEST_PATH:
        return {
          POST: (request, response) =>
            sendTestMessage(context, request, response),
        };
      case HEALTH_PATH:
        return {
          GET: (_, response) => {
            response.writeHead(this.#up ? 200 : 503, {
              'Content-Type': 'text/plain; charset=utf-8',
              'Cache-Control': 'no-store',
              ...context.headers,
            });
            response.end(this.#up ? 'ok' : 'Service Unavailable');
          },
        };
      case DEMO_HEALTH_PATH:
        return {
          GET: (request, response) => {
            if (!context.admin(request, response, false)) return;
            reply.json(response, 200, { up: this.#up });
          },
          PUT: async (request, response) => {
            if (!context.admin(request, response, true)) return;
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
            reply.json(response, 200, { up: this.#up });
          },
        };
      case SESSION_PATH:
        return {
          GET: (request, response) => whoAmI(context, request, response),
          POST: (request, response) => logIn(context, request, response),
          DELETE: (request, response) => logOut(context, request, response),
        };
    }
    if (path.startsWith(SETTING_PREFIX)) {
      const key = path.slice(SETTING_PREFIX.length);
      return {
        PUT: (request, response) => putSetting(context, request, response, key),
      };
    }
    return null;
  }
}
