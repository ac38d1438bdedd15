/**
 * A fake of the demo's settings API for `DiscourseSettingsAdapter({ fetch })`:
 * `PUT /admin/site_settings/{key}` with the real server's rules for
 * `If-Match` (refused when that key changed after the version sent) and
 * its answers' shapes (the wire format's types), one version per change.
 * Another admin's save is `server.change(key, value, username)`.
 */
import type { ConflictBody, HistoryEntry } from '../../server/wire-format.ts';

interface Sent {
  key: string;
  ifMatch: string | null;
  body: unknown;
  headers: Record<string, string>;
}

export class FakeSettingsServer {
  version: number;
  readonly values: Record<string, unknown>;
  readonly history: HistoryEntry[] = [];
  readonly requests: Sent[] = [];
  /** The clock of the changes' `created_at`. */
  now = Date.parse('2027-02-15T20:00:00Z');
  /** Runs as each request arrives, before it is answered (another admin's save in between). */
  onRequest: (key: string) => void = () => {};

  constructor(values: Record<string, unknown>, version = 1) {
    this.values = { ...values };
    this.version = version;
  }

  /** Another admin stores `value` (a change, a new version, a history row). */
  change(key: string, value: unknown, username = 'alice'): number {
    this.version += 1;
    this.history.unshift({
      key,
      old_value: this.values[key] ?? null,
      new_value: value,
      username,
      created_at: new Date(this.now).toISOString(),
      version: this.version,
    });
    this.values[key] = value;
    return this.version;
  }

  /** What the adapter sent, per request: the key and its `If-Match`. */
  get sent(): [string, string | null][] {
    return this.requests.map(({ key, ifMatch }) => [key, ifMatch]);
  }

  fetch = (
    input: string | URL | globalThis.Request,
    init: RequestInit = {},
  ): Promise<Response> => {
    const url =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : input.url;
    const key = decodeURIComponent(url.split('/').pop() ?? '');
    const headers = (init.headers ?? {}) as Record<string, string>;
    const ifMatch = headers['If-Match'] ?? null;
    const body = JSON.parse(
      typeof init.body === 'string' ? init.body : '{}',
    ) as Record<string, unknown>;
    this.requests.push({ key, ifMatch, body, headers });
    this.onRequest(key);
    const value = body[key];

    const seen = ifMatch === null ? null : Number(ifMatch.replace(/"/g, ''));
    const lastChange = this.history.find((entry) => entry.key === key);
    const unchanged =
      JSON.stringify(value) === JSON.stringify(this.values[key]);
    if (
      seen !== null &&
      lastChange &&
      lastChange.version > seen &&
      !unchanged
    ) {
      const conflict: ConflictBody = {
        errors: [
          `${key} was changed after version ${seen}, the one you edited: ${lastChange.username} set it at ${lastChange.created_at} (version ${lastChange.version}). Nothing was stored; compare the values, then save again with If-Match: "${this.version}" to keep yours, or take theirs.`,
        ],
        error_type: 'conflict',
        setting: key,
        value: this.values[key],
        version: this.version,
        changes: this.history.filter(
          (entry) => entry.key === key && entry.version > seen,
        ),
      };
      return Promise.resolve(Response.json(conflict, { status: 409 }));
    }
    if (!unchanged) this.change(key, value, 'you');
    return Promise.resolve(
      Response.json({ success: 'OK', version: this.version }),
    );
  };
}
