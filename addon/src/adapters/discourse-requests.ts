/**
 * What both Discourse adapters share: the order the settings are sent in,
 * sending them one at a time, the CSRF token on the page, and reading
 * Discourse's answers (read from its source: ApplicationController's
 * `render_json_error` gives `{ errors: [...], error_type }`, status 422 by
 * default; `handle_unverified_request` answers a bad CSRF token with 403
 * and the plain body `["BAD CSRF"]`).
 */
import { SETTING_KEYS } from '../core/index.ts';
import type {
  SaveFailure,
  SaveFailureReason,
  SaveResult,
  SettingName,
  SettingsChanges,
} from './settings-adapter.ts';

export type Token = string | null | undefined;

export const NOT_SENT =
  'Not saved: an earlier request failed, so the rest were not sent.';

export const DEFAULT_MESSAGES: Record<
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

export const BAD_CSRF_MESSAGE =
  'The page’s security token is out of date: reload the page and save again.';

/** The token Discourse puts in `<meta name="csrf-token">` (instance-initializers/csrf-token.js). */
export function readMetaToken(): Token {
  if (typeof document === 'undefined') return null;
  return document
    .querySelector<HTMLMetaElement>('meta[name="csrf-token"]')
    ?.getAttribute('content');
}

/** The headers of every request: JSON errors (Discourse answers XHRs with JSON), the token, an API key. */
export function discourseHeaders(options: {
  token: Token;
  apiKey?: string | undefined;
  apiUsername?: string | undefined;
  contentType?: string;
}): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (options.contentType) headers['Content-Type'] = options.contentType;
  if (options.token) headers['X-CSRF-Token'] = options.token;
  if (options.apiKey) headers['Api-Key'] = options.apiKey;
  if (options.apiUsername) headers['Api-Username'] = options.apiUsername;
  return headers;
}

/**
 * The order of the requests: switching the banner off goes first, and on
 * last, so visitors never see a window half-way through its changes; the
 * status goes after `completed_at`, so "completed" always has its time.
 * The host's own settings (`@extraSettings`) go after the banner's, before
 * the switch.
 */
export function saveOrder(changes: SettingsChanges): SettingName[] {
  const banner = new Set<string>(SETTING_KEYS);
  const keys: SettingName[] = [
    ...SETTING_KEYS.filter((key) => changes[key] !== undefined),
    ...Object.keys(changes).filter(
      (key) => !banner.has(key) && changes[key] !== undefined,
    ),
  ];
  const rank = (key: SettingName): number => {
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

/**
 * Sends `keys` one after another with `put`. A refused value (`invalid`)
 * or a setting changed by someone else (`conflict`) refuses only its key;
 * any other failure (signed out, not an admin, no network, a server error)
 * would fail the rest too, so they are reported as `not_sent` instead of
 * being sent.
 */
export async function saveInOrder(
  keys: readonly SettingName[],
  put: (key: SettingName) => Promise<SaveFailure | null>,
): Promise<SaveResult> {
  const saved: SettingName[] = [];
  const failed: SaveFailure[] = [];
  for (const [index, key] of keys.entries()) {
    const failure = await put(key);
    if (failure === null) {
      saved.push(key);
      continue;
    }
    failed.push(failure);
    if (failure.reason !== 'invalid' && failure.reason !== 'conflict') {
      for (const rest of keys.slice(index + 1)) {
        failed.push({ key: rest, reason: 'not_sent', messages: [NOT_SENT] });
      }
      break;
    }
  }
  return { saved, failed };
}

/** A failed answer, read once: Discourse's `errors` sentences and `error_type`. */
export interface DiscourseAnswer {
  readonly status: number;
  readonly errors: readonly string[];
  readonly errorType: string | null;
  /** 403 `["BAD CSRF"]`: the token was refused (the session may still be fine). */
  readonly badCsrf: boolean;
  /** The JSON body as parsed (`null` when there was none, or it was not JSON). */
  readonly body: Readonly<Record<string, unknown>> | null;
}

export async function readAnswer(response: Response): Promise<DiscourseAnswer> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // no body: the status says it
  }
  const badCsrf =
    response.status === 403 && /^\[?"?BAD CSRF"?\]?$/.test(text.trim());
  let errors: string[] = [];
  let errorType: string | null = null;
  let body: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // not JSON (an HTML error page): the default sentence for the status says it
  }
  if (Array.isArray(body?.['errors'])) {
    errors = (body['errors'] as unknown[]).filter(
      (error): error is string => typeof error === 'string' && error !== '',
    );
  }
  if (typeof body?.['error_type'] === 'string') errorType = body['error_type'];
  return {
    status: response.status,
    errors: badCsrf ? [BAD_CSRF_MESSAGE] : errors,
    errorType,
    badCsrf,
    body,
  };
}

/** The reason for a status, as Discourse uses them. */
export function reasonFor(
  answer: DiscourseAnswer,
): Exclude<SaveFailureReason, 'not_sent'> {
  const { status, errorType } = answer;
  if (status === 422 || status === 400) return 'invalid';
  if (status === 409 && errorType === 'conflict') return 'conflict';
  if (status === 401 || errorType === 'not_logged_in') return 'unauthorized';
  if (status === 403) return 'forbidden';
  return 'server';
}

/** The failure for `key`: the server's own sentences, else a default naming the status. */
export function failureOf(
  key: SettingName,
  reason: Exclude<SaveFailureReason, 'not_sent'>,
  answer: DiscourseAnswer,
  fallback: string = DEFAULT_MESSAGES[reason],
): SaveFailure {
  return {
    key,
    reason,
    messages:
      answer.errors.length > 0
        ? answer.errors
        : [`${fallback} (HTTP ${answer.status})`],
  };
}
