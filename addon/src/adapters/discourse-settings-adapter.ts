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
 *
 * With a version (`save(changes, { version })`), each request carries
 * `If-Match: "<version>"`, and a 409 (the demo's server: the setting changed
 * since that version) is a `conflict` failure with the value stored now,
 * its version, and who changed it when. A Discourse site ignores
 * `If-Match`: there a lost update goes unnoticed, as in Discourse's own
 * admin.
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
  type Token,
} from './discourse-requests.ts';
import { SaveVersions, conflictOf, ifMatch, versionOf } from './if-match.ts';
import type {
  SaveFailure,
  SaveOptions,
  SaveResult,
  SettingName,
  SettingsAdapter,
  SettingsChanges,
  SettingsVersion,
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
 * 422 or a 409 for one setting does not stop the others.
 */
export default class DiscourseSettingsAdapter implements SettingsAdapter {
  readonly #options: DiscourseSettingsAdapterOptions;

  constructor(options: DiscourseSettingsAdapterOptions = {}) {
    this.#options = options;
  }

  async save(
    changes: SettingsChanges,
    options?: SaveOptions,
  ): Promise<SaveResult> {
    const versions = new SaveVersions(options);
    const result = await saveInOrder(saveOrder(changes), (key) =>
      this.#put(key, changes[key], versions),
    );
    return { ...result, ...versions.result() };
  }

  /** One setting: `null` when stored, else why not. */
  async #put(
    key: SettingName,
    value: unknown,
    versions: SaveVersions,
  ): Promise<SaveFailure | null> {
    const { baseUrl = '', apiKey, apiUsername } = this.#options;
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers = discourseHeaders({
      token: this.#csrfToken(),
      apiKey,
      apiUsername,
      contentType: 'application/json',
    });
    const version: SettingsVersion | undefined = versions.for(key);
    if (version !== undefined) headers['If-Match'] = ifMatch(version);
    let response: Response;
    try {
      response = await doFetch(
        `${baseUrl.replace(/\/+$/, '')}/admin/site_settings/${encodeURIComponent(key)}`,
        {
          method: 'PUT',
          headers,
          body: JSON.stringify({ [key]: value }),
          credentials: baseUrl ? 'include' : 'same-origin',
        },
      );
    } catch {
      return { key, reason: 'network', messages: [DEFAULT_MESSAGES.network] };
    }
    const answer = await readAnswer(response);
    if (response.ok) {
      versions.stored(key, versionOf(answer.body));
      return null;
    }
    const reason = reasonFor(answer);
    const failure = failureOf(key, reason, answer);
    if (reason !== 'conflict') return failure;
    const conflict = conflictOf(answer.body);
    // A 409 that says nothing usable is the server's failure, not a conflict to resolve.
    return conflict
      ? { ...failure, conflict }
      : failureOf(key, 'server', answer);
  }

  #csrfToken(): Token {
    const { csrfToken } = this.#options;
    if (typeof csrfToken === 'function') return csrfToken();
    return csrfToken ?? readMetaToken();
  }
}
