/**
 * Saves settings as Discourse *site settings*: one
 * `PUT /admin/site_settings/{key}` per changed setting, with the session's
 * CSRF token, or an API key for scripts.
 *
 * Only a server that defines `maintenance_banner_*` site settings answers
 * this: a Discourse **plugin** declaring them in its settings.yml, or the
 * demo forum's backend. A stock Discourse has no such site settings (it
 * answers 404), and the theme component's settings are theme settings:
 * save those with `ThemeSettingsAdapter`.
 */
import type { SettingKey } from '../core/index.ts';
import {
  DEFAULT_MESSAGES,
  discourseHeaders,
  failureOf,
  readAnswer,
  readMetaToken,
  reasonFor,
  saveInOrder,
  saveOrder,
  type Token,
} from './discourse-requests.ts';
import type {
  SaveFailure,
  SaveResult,
  SettingsAdapter,
  SettingsChanges,
} from './settings-adapter.ts';

export interface DiscourseSettingsAdapterOptions {
  /** The forum's origin, e.g. `https://forum.example.com`; default: this page's. */
  baseUrl?: string;
  /**
   * The CSRF token for a signed-in admin's session (sent as `X-CSRF-Token`),
   * or a function that returns the current one. Default: the page's
   * `<meta name="csrf-token">`, where Discourse puts it.
   */
  csrfToken?: Token | (() => Token);
  /** An admin API key, for scripts (sent as `Api-Key`). */
  apiKey?: string;
  /** The user the API key acts as (sent as `Api-Username`). */
  apiUsername?: string;
  /** The `fetch` to use (a test's fake server, a wrapped one); default: the global. */
  fetch?: typeof fetch;
}

/**
 * The settings form's adapter for site settings: a Discourse plugin that
 * defines the `maintenance_banner_*` site settings, or the demo forum,
 * which answers the same API.
 *
 * Requests are sent one after another, not in parallel: the banner is
 * switched on only after the rest of the window is stored (see
 * `saveOrder`), and once the session has expired (401/403) or the network is
 * down, the remaining settings are not sent, just reported as `not_sent`. A
 * 422 for one setting does not stop the others.
 */
export default class DiscourseSettingsAdapter implements SettingsAdapter {
  readonly #options: DiscourseSettingsAdapterOptions;

  constructor(options: DiscourseSettingsAdapterOptions = {}) {
    this.#options = options;
  }

  save(changes: SettingsChanges): Promise<SaveResult> {
    return saveInOrder(saveOrder(changes), (key) =>
      this.#put(key, changes[key]),
    );
  }

  /** One setting: `null` when stored, else why not. */
  async #put(key: SettingKey, value: unknown): Promise<SaveFailure | null> {
    const { baseUrl = '', apiKey, apiUsername } = this.#options;
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(
        `${baseUrl.replace(/\/+$/, '')}/admin/site_settings/${encodeURIComponent(key)}`,
        {
          method: 'PUT',
          headers: discourseHeaders({
            token: this.#csrfToken(),
            apiKey,
            apiUsername,
            contentType: 'application/json',
          }),
          body: JSON.stringify({ [key]: value }),
          credentials: baseUrl ? 'include' : 'same-origin',
        },
      );
    } catch {
      return { key, reason: 'network', messages: [DEFAULT_MESSAGES.network] };
    }
    if (response.ok) return null;
    const answer = await readAnswer(response);
    return failureOf(key, reasonFor(answer), answer);
  }

  #csrfToken(): Token {
    const { csrfToken } = this.#options;
    if (typeof csrfToken === 'function') return csrfToken();
    return csrfToken ?? readMetaToken();
  }
}
