/**
 * The demo's wire format, declared once for both ends: the server writes
 * it (html.ts, events.ts, api.ts) and the forum's app reads it
 * (services/site-settings.ts, routes/admin/site-settings.ts).
 *
 * Plain TypeScript with no Node and no Ember import: the browser bundle
 * takes it as it is.
 */

/** Public: `{ settings, version, server_time }`. */
export const SETTINGS_PATH = '/maintenance-banner/settings.json';
/** Public: Server-Sent Events, `settings` on each change, `shutdown` last. */
export const EVENTS_PATH = '/maintenance-banner/events';

/** `<script type="application/json" id=…>` holding the settings object. */
export const PRELOAD_ID = 'maintenance-banner-settings';
/** `<meta name=…>`: the server's time (epoch ms) when it made the page. */
export const SERVER_TIME_META = 'maintenance-banner-server-time';
/** `<meta name=…>`: where the page listens for changes. */
export const EVENTS_META = 'maintenance-banner-events';
/** `<meta name=…>` for a logged-in admin's session token (Discourse's own name). */
export const CSRF_META = 'csrf-token';

/** The event that carries a {@link SettingsPayload}, with `id: <version>`. */
export const SETTINGS_EVENT = 'settings';
/** The last event before the server stops: the forum is going down. */
export const SHUTDOWN_EVENT = 'shutdown';

/** The JSON of settings.json and of every `settings` event. */
export interface SettingsPayload {
  settings: Record<string, unknown>;
  version: number;
  /** The server's clock, epoch ms. */
  server_time: number;
}

/** The JSON of the `shutdown` event. */
export interface ShutdownPayload {
  server_time: number;
}

/** What `GET /admin/site_settings.json` lists for each setting (Discourse's shape). */
export interface AdminSiteSetting {
  setting: string;
  /** The stored value; for a secret, only its masked form (`""` when unset). */
  value: unknown;
  default: string | number | boolean;
  type: 'bool' | 'integer' | 'string' | 'enum';
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** Write-only: `value` is a mask such as `https://hooks.slack.com/…Xy12`. */
  secret?: true;
}

/** `GET /admin/site_settings.json`; the same version is its `ETag`. */
export interface AdminSiteSettings {
  site_settings: AdminSiteSetting[];
  version: number;
}

/** One change, as `GET /admin/site_settings/history.json` lists it (secrets masked). */
export interface HistoryEntry {
  key: string;
  old_value: unknown;
  new_value: unknown;
  username: string;
  created_at: string;
  /** The settings version this change made. */
  version: number;
}

/** The 409 answer to a `PUT` whose `If-Match` version is stale. */
export interface ConflictBody {
  errors: string[];
  error_type: 'conflict';
  setting: string;
  /** The value stored now (masked for a secret). */
  value: unknown;
  /** The current settings version: send it as `If-Match` to overwrite. */
  version: number;
  /** The changes to this setting since the version sent, newest first (at most 10). */
  changes: HistoryEntry[];
}

/** The messages the Slack notifier posts, one per transition of the window. */
export const NOTICE_KINDS = [
  'imminent',
  'started',
  'overrun',
  'extended',
  'postponed',
  'moved',
  'cancelled',
  'completed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** One message of the Slack notifier, as its status lists it. */
export interface NotificationEntry {
  id: number;
  kind: NoticeKind;
  /**
   * `pending` (to send, or retrying: see `next_attempt_at`), `sent`,
   * `failed` (given up: see `error`), `superseded` (a newer one replaced it
   * before it went out), `not_configured` (no webhook URL when it was due).
   */
  state: 'pending' | 'sent' | 'failed' | 'superseded' | 'not_configured';
  /** The text posted (Slack mrkdwn). */
  text: string;
  attempts: number;
  created_at: string;
  sent_at: string | null;
  next_attempt_at: string | null;
  /** The last failure, such as `HTTP 404: no_service`. */
  error: string | null;
}

/** `GET /admin/maintenance-banner/notifier.json`. */
export interface NotifierStatus {
  webhook_configured: boolean;
  /** The phase the notifier saw last (`null`: none). */
  phase: string | null;
  /** When it next looks (the window's next phase change), or `null`. */
  next_check_at: string | null;
  /** The last 10 messages, newest first. */
  messages: NotificationEntry[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `settings` event's (or settings.json's) JSON, or `null` when it is not one. */
export function readSettingsPayload(data: string): SettingsPayload | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (
      isObject(parsed) &&
      isObject(parsed['settings']) &&
      Number.isSafeInteger(parsed['version']) &&
      typeof parsed['server_time'] === 'number'
    ) {
      return parsed as unknown as SettingsPayload;
    }
  } catch {
    // not JSON
  }
  return null;
}

/** The preload's JSON object, or `null` when it is missing or not an object. */
export function readPreloadSettings(
  text: string | null | undefined,
): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) return parsed;
  } catch {
    // not JSON
  }
  return null;
}
