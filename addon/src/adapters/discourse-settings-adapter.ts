/**
 * Saves settings the way Discourse's admin does: one
 * `PUT /admin/site_settings/{key}` per changed setting, with the session's
 * CSRF token, or an API key for scripts.
 */
import { SETTING_KEYS, type SettingKey } from '../core/index.ts';
import type {
  SaveFailure,
  SaveFailureReason,
  SaveResult,
  SettingsAdapter,
  SettingsChanges,
} from './settings-adapter.ts';

type Token = string | null | undefined;

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

const NOT_SENT =
  'Not saved: an earlier request failed, so the rest were not sent.';

const DEFAULT_MESSAGES: Record<
  Exclude<SaveFailureReason, 'not_sent'>,
  string
> = {
  invalid: 'The server refused this value.',
  unauthorized:
    'You are not signed in (or the session expired): sign in again and save.',
  forbidden: 'Only admins can change these settings.',
  conflict: 'Someone else changed the settings since this page loaded them.',
  network: 'The server did not answer: check the connection and save again.',
  server: 'The server could not save this setting.',
};

function readMetaToken(): Token {
  if (typeof document === 'undefined') return null;
  return document
    .querySelector<HTMLMetaElement>('meta[name="csrf-token"]')
    ?.getAttribute('content');
}

/**
 * The order of the requests: switching the banner off goes first, and on
 * last, so visitors never see a window half-way through its changes; the
 * status goes after `completed_at`, so "completed" always has its time.
 */
function saveOrder(changes: SettingsChanges): SettingKey[] {
  const keys = SETTING_KEYS.filter((key) => changes[key] !== undefined);
  const rank = (key: SettingKey): number => {
    if (key === 'maintenance_banner_enabled') {
      return changes[key] === false ? -1 : 2;
    }
    return key === 'maintenance_banner_status' ? 1 : 0;
  };
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
    .map(({ key }) => key);
}

async function readErrors(response: Response): Promise<string[]> {
  try {
    const text = await response.text();
    if (text.trim() === 'BAD CSRF') {
      return [
        'The page’s security token is out of date: reload the page and save again.',
      ];
    }
    const body = JSON.parse(text) as { errors?: unknown };
    if (Array.isArray(body.errors)) {
      return body.errors.filter(
        (error): error is string => typeof error === 'string' && error !== '',
      );
    }
  } catch {
    // not JSON: the default sentence for the status says it
  }
  return [];
}

function reasonFor(status: number): Exclude<SaveFailureReason, 'not_sent'> {
  if (status === 422 || status === 400) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  return 'server';
}

/**
 * The settings form's adapter for Discourse (and the demo forum, which
 * answers the same API).
 *
 * Requests are sent one after another, not in parallel: the banner is
 * switched on only after the rest of the window is stored (see `saveOrder`),
 * and once the session has expired (401/403) or the network is down, the
 * remaining settings are not sent, just reported as `not_sent`. A 422 for
 * one setting does not stop the others.
 */
export default class DiscourseSettingsAdapter implements SettingsAdapter {
  readonly #options: DiscourseSettingsAdapterOptions;

  constructor(options: DiscourseSettingsAdapterOptions = {}) {
    this.#options = options;
  }

  async save(changes: SettingsChanges): Promise<SaveResult> {
    const saved: SettingKey[] = [];
    const failed: SaveFailure[] = [];
    const keys = saveOrder(changes);

    for (const [index, key] of keys.entries()) {
      const failure = await this.#put(key, changes[key]);
      if (failure === null) {
        saved.push(key);
        continue;
      }
      failed.push(failure);
      if (failure.reason !== 'invalid') {
        for (const rest of keys.slice(index + 1)) {
          failed.push({ key: rest, reason: 'not_sent', messages: [NOT_SENT] });
        }
        break;
      }
    }
    return { saved, failed };
  }

  /** One setting: `null` when stored, else why not. */
  async #put(key: SettingKey, value: unknown): Promise<SaveFailure | null> {
    const { baseUrl = '', apiKey, apiUsername } = this.#options;
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      // Discourse answers errors as JSON to requests that say they are XHR.
      'X-Requested-With': 'XMLHttpRequest',
    };
    const token = this.#csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
    if (apiKey) headers['Api-Key'] = apiKey;
    if (apiUsername) headers['Api-Username'] = apiUsername;

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
    if (response.ok) return null;

    const reason = reasonFor(response.status);
    const errors = await readErrors(response);
    return {
      key,
      reason,
      messages:
        errors.length > 0
          ? errors
          : [`${DEFAULT_MESSAGES[reason]} (HTTP ${response.status})`],
    };
  }

  #csrfToken(): Token {
    const { csrfToken } = this.#options;
    if (typeof csrfToken === 'function') return csrfToken();
    return csrfToken ?? readMetaToken();
  }
}
