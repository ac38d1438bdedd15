/**
 * Saves the settings of the Discourse **theme component** itself, the way
 * Discourse's own admin does (admin/models/theme-settings.js): one
 * `PUT /admin/themes/{id}/setting` per setting with the form fields `name`
 * and `value`, and the session's CSRF token.
 *
 * What Discourse answers, read from its source (config/routes.rb,
 * Admin::ThemesController#update_single_setting, Theme#update_setting,
 * ThemeSettingsManager, ApplicationController):
 *
 * | answer | when | reported as |
 * |---|---|---|
 * | 200 `{ "<name>": <value> }` | stored | saved |
 * | 422 `{ errors: [...] }` | the value fails the setting's type, min/max or choices | `invalid`, the server's sentence |
 * | 400 `{ errors, error_type: "invalid_parameters" }` | no theme with that id | `server` |
 * | 404 `{ error_type: "not_found" }` | the theme has no setting of that name | `server` |
 * | 404 (HTML) | not an admin: the route's AdminConstraint does not match | `forbidden` |
 * | 403 `["BAD CSRF"]` | the token is stale: a fresh one from `GET /session/csrf`, one retry | `forbidden` if it fails again |
 * | 403 `error_type: "not_logged_in"` | signed out | `unauthorized` |
 * | 429, 503, 5xx | rate limit, read-only mode, a crash | `server` |
 *
 * Like `DiscourseSettingsAdapter`: one request at a time, the banner off
 * first and on last, a refused value refuses only its key, any other
 * failure stops the rest (`not_sent`). Saving `maintenance_banner_starts_at`
 * first clears the theme's plain start date and time, which would
 * otherwise win over it on the forum.
 *
 * **No lost-update check.** `update_single_setting` takes only `name` and
 * `value`: it reads the previous value for the staff action log, stores the
 * new one whatever it is, and answers `{ "<name>": <value> }`. Theme
 * settings carry no version, the theme's answers no ETag, and nothing
 * honours `If-Match`. So when two admins change the same setting, the
 * last save wins and neither is told; this adapter cannot detect it and
 * ignores `options.version` (the staff action log, /admin/logs/staff_action_logs,
 * shows who changed what afterwards).
 */
import {
  DEFAULT_MESSAGES,
  discourseHeaders,
  failureOf,
  readAnswer,
  readMetaToken,
  reasonFor,
  saveInOrder,
  saveOrder,
  type DiscourseAnswer,
  type Token,
} from './discourse-requests.ts';
import type {
  SaveFailure,
  SaveFailureReason,
  SaveResult,
  SettingName,
  SettingsAdapter,
  SettingsChanges,
} from './settings-adapter.ts';

type ThemeId = number | string | null | undefined;

export interface ThemeSettingsAdapterOptions {
  /**
   * The theme component's id, or a function returning it. On a page where
   * the component runs, `themeIdFromPrefix(themePrefix)`; elsewhere, the
   * number in its admin URL (`/admin/customize/components/{id}`).
   */
  themeId: ThemeId | (() => ThemeId);
  /** The forum's origin, e.g. `https://forum.example.com`; default: this page's. */
  baseUrl?: string;
  /**
   * The CSRF token (sent as `X-CSRF-Token`), or a function returning the
   * current one; default: `<meta name="csrf-token">`, else one asked from
   * `GET /session/csrf`, as Discourse's ajax() does when a page has none.
   */
  csrfToken?: Token | (() => Token);
  /** An admin API key, for scripts (sent as `Api-Key`); no token is needed then. */
  apiKey?: string;
  /** The user the API key acts as (sent as `Api-Username`). */
  apiUsername?: string;
  /** The `fetch` to use (a test's fake server, a wrapped one); default: the global. */
  fetch?: typeof fetch;
  /**
   * Theme settings that win over `maintenance_banner_starts_at` when set,
   * cleared before it is saved. Default: the component's start date and time.
   */
  plainStartSettings?: readonly string[];
}

const PLAIN_START = [
  'maintenance_banner_start_date',
  'maintenance_banner_start_time',
] as const;

const NO_THEME_ID =
  'Not saved: the theme component’s id is not known (give ThemeSettingsAdapter a themeId).';
const NOT_ADMIN =
  'Only admins can change the component’s settings: Discourse does not answer this request for anyone else.';

/**
 * The theme id in a theme's `themePrefix`: Discourse's theme compiler
 * defines it as `` key => `theme_translations.${themeId}.${key}` ``
 * (frontend/asset-processor/rollup-virtual-imports.js). `null` if it does
 * not have that form.
 */
export function themeIdFromPrefix(
  themePrefix: (key: string) => string,
): number | null {
  const match = /^theme_translations\.(\d+)\./.exec(themePrefix('id'));
  return match ? Number(match[1]) : null;
}

export default class ThemeSettingsAdapter implements SettingsAdapter {
  readonly #options: ThemeSettingsAdapterOptions;
  /** A token asked from the server, after a refusal or when the page has none. */
  #freshToken: Token = null;

  constructor(options: ThemeSettingsAdapterOptions) {
    this.#options = options;
  }

  /** Saves `changes`; a version in the options is not sent (Discourse has no check for it). */
  async save(changes: SettingsChanges): Promise<SaveResult> {
    const keys = saveOrder(changes);
    const id = this.#themeId();
    if (id === null) {
      return {
        saved: [],
        failed: keys.map((key) => ({
          key,
          reason: 'server' as const,
          messages: [NO_THEME_ID],
        })),
      };
    }
    const plain = this.#options.plainStartSettings ?? PLAIN_START;
    return saveInOrder(keys, async (key) => {
      if (key === 'maintenance_banner_starts_at') {
        for (const name of plain) {
          const failure = await this.#put(id, name, '', key, true);
          if (failure) return failure;
        }
      }
      return this.#put(id, key, changes[key], key, false);
    });
  }

  /**
   * One `PUT`: `null` when stored, else why not, reported as `key`. A setting
   * the theme does not have is fine when `optional` (an older component
   * without the plain start fields has nothing to clear).
   */
  async #put(
    id: string,
    name: string,
    value: unknown,
    key: SettingName,
    optional: boolean,
    retried = false,
  ): Promise<SaveFailure | null> {
    const { apiKey, apiUsername } = this.#options;
    let response: Response;
    try {
      response = await this.#fetch(`/admin/themes/${id}/setting`, {
        method: 'PUT',
        headers: discourseHeaders({
          token: await this.#csrfToken(),
          apiKey,
          apiUsername,
          contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
        }),
        body: new URLSearchParams({ name, value: String(value) }).toString(),
      });
    } catch {
      return { key, reason: 'network', messages: [DEFAULT_MESSAGES.network] };
    }
    if (response.ok) return null;

    const answer = await readAnswer(response);
    if (answer.badCsrf && !retried && !apiKey) {
      // As Discourse's ajax(): drop the token, ask a fresh one, try once more.
      this.#freshToken = await this.#askToken();
      if (this.#freshToken) {
        return this.#put(id, name, value, key, optional, true);
      }
    }
    if (optional && answer.status === 404 && answer.errorType === 'not_found') {
      return null;
    }
    return this.#failure(key, name, answer);
  }

  #failure(
    key: SettingName,
    name: string,
    answer: DiscourseAnswer,
  ): SaveFailure {
    let reason: Exclude<SaveFailureReason, 'not_sent'> = reasonFor(answer);
    let fallback: string | undefined;
    if (answer.status === 400) {
      reason = 'server'; // the theme id: every other request would fail too
    } else if (answer.status === 404) {
      const noSetting = answer.errorType === 'not_found';
      reason = noSetting ? 'server' : 'forbidden';
      fallback = noSetting
        ? `The theme component has no setting ${name}: update the component.`
        : NOT_ADMIN;
      return { key, reason, messages: [`${fallback} (HTTP 404)`] };
    }
    return failureOf(key, reason, answer, fallback);
  }

  #themeId(): string | null {
    const { themeId } = this.#options;
    const id = typeof themeId === 'function' ? themeId() : themeId;
    const text = id === null || id === undefined ? '' : String(id).trim();
    return /^\d+$/.test(text) ? text : null;
  }

  async #csrfToken(): Promise<Token> {
    if (this.#freshToken) return this.#freshToken;
    const { csrfToken, apiKey } = this.#options;
    const given = typeof csrfToken === 'function' ? csrfToken() : csrfToken;
    if (given || apiKey) return given;
    this.#freshToken = readMetaToken() || (await this.#askToken());
    return this.#freshToken;
  }

  /** `GET /session/csrf` → `{ csrf }` (Discourse's updateCsrfToken in lib/ajax.js). */
  async #askToken(): Promise<Token> {
    try {
      const response = await this.#fetch('/session/csrf', {
        headers: discourseHeaders({ token: null }),
      });
      if (!response.ok) return null;
      const body = (await response.json()) as { csrf?: unknown };
      return typeof body.csrf === 'string' ? body.csrf : null;
    } catch {
      return null;
    }
  }

  #fetch(path: string, init: RequestInit): Promise<Response> {
    const { baseUrl = '' } = this.#options;
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    return doFetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
      ...init,
      credentials: baseUrl ? 'include' : 'same-origin',
    });
  }
}
