/**
 * A fake of the two Discourse endpoints ThemeSettingsAdapter talks to, with
 * the request and answer shapes of Discourse's own code:
 *
 * - `PUT /admin/themes/:id/setting` (config/routes.rb, inside
 *   `resources :themes, constraints: AdminConstraint.new`) →
 *   Admin::ThemesController#update_single_setting: `params.require("name")`,
 *   `Theme.find_by(id:)` or InvalidParameters (400), Theme#update_setting
 *   (NotFound, 404, for an unknown name), ThemeSettingsManager's cast and
 *   ThemeSettingsValidator (InvalidParameters → render_json_error, 422),
 *   then 200 with `{ name => stored value }`;
 * - anyone but an admin: the route does not match (404, an HTML page);
 * - a wrong CSRF token: 403 with the plain body `["BAD CSRF"]`
 *   (ApplicationController#handle_unverified_request); an API key needs none;
 * - `GET /session/csrf` → `{ csrf }`.
 *
 * The settings (types, limits, choices) are the generated settings.yml's.
 * The 422 sentences stand in for Discourse's translated
 * `themes.settings_errors.*` strings, which the adapter passes on as they come.
 */
import { SETTINGS_YML } from './theme-page.gts';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly form: Record<string, string>;
}

type Role = 'admin' | 'moderator' | 'anonymous';

const json = (body: unknown, status: number) => Response.json(body, { status });

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html><body><h1>Oops! That page doesn’t exist or is private.</h1></body></html>';

export class FakeThemeEndpoint {
  themeId = 7;
  role: Role = 'admin';
  token = 'csrf-1';
  apiKey = 'key-with-global-scope';
  /** The theme's settings, by name, as ThemeSetting rows hold them (strings). */
  readonly values: Record<string, string> = {};
  readonly requests: RecordedRequest[] = [];
  /** Answer every request with a network failure. */
  offline = false;
  #settings: Record<string, Record<string, unknown>>;

  constructor(options: { without?: readonly string[] } = {}) {
    this.#settings = Object.fromEntries(
      Object.entries(SETTINGS_YML).filter(
        ([name]) => !options.without?.includes(name),
      ),
    );
    for (const [name, setting] of Object.entries(this.#settings)) {
      this.values[name] = String(setting['default']);
    }
  }

  /** The session's token changes (another tab signed in again): the page's is stale. */
  rotateToken(): void {
    this.token = `csrf-${Number(this.token.split('-')[1]) + 1}`;
  }

  /** The PUTs, as [name, value]. */
  puts(): [string, string][] {
    return this.requests
      .filter((request) => request.method === 'PUT')
      .map((request) => [
        request.form['name'] ?? '',
        request.form['value'] ?? '',
      ]);
  }

  fetch = (
    input: RequestInfo | URL,
    init: RequestInit = {},
  ): Promise<Response> => {
    const url = new URL(
      input instanceof Request ? input.url : input,
      'https://forum.example.com',
    );
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(
        ([name, value]) => [name.toLowerCase(), value],
      ),
    );
    const form = Object.fromEntries(
      new URLSearchParams(typeof init.body === 'string' ? init.body : ''),
    );
    const method = init.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, headers, form });
    if (this.offline) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return Promise.resolve(this.#answer(method, url.pathname, headers, form));
  };

  #answer(
    method: string,
    path: string,
    headers: Record<string, string>,
    form: Record<string, string>,
  ): Response {
    if (method === 'GET' && path === '/session/csrf') {
      return json({ csrf: this.token }, 200);
    }
    const route = /^\/admin\/themes\/([^/]+)\/setting$/.exec(path);
    const viaApi = headers['api-key'] === this.apiKey;
    if (method !== 'PUT' || !route || (this.role !== 'admin' && !viaApi)) {
      return new Response(NOT_FOUND_PAGE, {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      });
    }
    if (!viaApi && headers['x-csrf-token'] !== this.token) {
      return new Response('["BAD CSRF"]', {
        status: 403,
        headers: { 'Content-Type': 'text/plain' },
      });
    }
    const name = form['name'];
    if (!name) {
      return json(
        { errors: ['param is missing or the value is empty: name'] },
        400,
      );
    }
    if (route[1] !== String(this.themeId)) {
      return json(
        {
          errors: ['You supplied invalid parameters to the request: id'],
          error_type: 'invalid_parameters',
        },
        400,
      );
    }
    const setting = this.#settings[name];
    if (!setting) {
      return json(
        {
          errors: ['The requested URL or resource could not be found.'],
          error_type: 'not_found',
        },
        404,
      );
    }
    const value = form['value'] ?? null;
    const refused = this.#validate(setting, value);
    if (refused) return json({ errors: [refused] }, 422);
    const stored = this.#cast(setting, value);
    this.values[name] = String(stored);
    return json({ [name]: stored }, 200);
  }

  /** ThemeSettingsValidator.validate_value, after the manager's cast. */
  #validate(
    setting: Record<string, unknown>,
    value: string | null,
  ): string | null {
    if (value === null) return null;
    const min = setting['min'] as number | undefined;
    const max = setting['max'] as number | undefined;
    switch (setting['type']) {
      case 'integer': {
        const number = this.#cast(setting, value) as number;
        return (min !== undefined && number < min) ||
          (max !== undefined && number > max)
          ? `number_value_not_valid_min_max: ${min}–${max}`
          : null;
      }
      case 'string':
        return max !== undefined && value.length > max
          ? `string_value_not_valid_min_max: ${max}`
          : null;
      case 'enum': {
        const choices = setting['choices'] as string[];
        return choices.includes(value)
          ? null
          : `enum_value_not_valid: ${choices.join(', ')}`;
      }
      default:
        return null;
    }
  }

  /** ThemeSettingsManager::Integer and ::Bool cast (Ruby's to_i, [true, "true"]). */
  #cast(setting: Record<string, unknown>, value: string | null): unknown {
    if (setting['type'] === 'integer') return parseInt(value ?? '', 10) || 0;
    if (setting['type'] === 'bool') return value === 'true';
    return value ?? '';
  }
}
