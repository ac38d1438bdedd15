/**
 * Optimistic concurrency for the site-settings adapter: which version each
 * `PUT` sends as `If-Match`, and what a 409 says. The demo's server answers
 * both (docs/api.md); a Discourse site ignores `If-Match` and answers a
 * change with an empty 200, so there no version moves and nothing is
 * refused.
 */
import type {
  SaveOptions,
  SettingConflict,
  SettingName,
  SettingValue,
  SettingsVersion,
} from './settings-adapter.ts';

/** `If-Match`'s value for a version: an entity tag, quoted. */
export const ifMatch = (version: SettingsVersion): string =>
  `"${String(version).replace(/"/g, '')}"`;

function isVersion(value: unknown): value is SettingsVersion {
  return (
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    (typeof value === 'string' && value !== '')
  );
}

/** The `version` of a stored change's answer (`{ success: "OK", version }`), if any. */
export function versionOf(
  body: Readonly<Record<string, unknown>> | null,
): SettingsVersion | undefined {
  const version = body?.['version'];
  return isVersion(version) ? version : undefined;
}

const isValue = (value: unknown): value is SettingValue =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean';

/**
 * A 409's body as a conflict: `{ value, version, changes: [{ username,
 * created_at, … }] }`, newest change first. `null` when it is not one.
 */
export function conflictOf(
  body: Readonly<Record<string, unknown>> | null,
): SettingConflict | null {
  if (body === null) return null;
  const version = body['version'];
  if (!isVersion(version)) return null;
  const value = body['value'] ?? '';
  const changes = Array.isArray(body['changes']) ? body['changes'] : [];
  const latest = (changes[0] ?? {}) as Record<string, unknown>;
  const text = (field: string): string | null => {
    const found = latest[field];
    return typeof found === 'string' ? found : null;
  };
  return {
    value: isValue(value) ? value : JSON.stringify(value),
    version,
    by: text('username'),
    at: text('created_at'),
    changes: Math.max(1, changes.length),
  };
}

/**
 * The versions of one save. Each setting is sent with the version its value
 * is known at: its own (`options.versions`), else the save's base. The base
 * moves on with each stored answer that directly follows it (version + 1:
 * nobody else wrote in between), so the next request carries it; after a
 * gap another admin's change may lie between, and the base stays where it
 * was, so that change is still caught.
 */
export class SaveVersions {
  readonly #options: SaveOptions;
  #base: SettingsVersion | undefined;
  readonly #stored: Partial<Record<SettingName, SettingsVersion>> = {};

  constructor(options: SaveOptions = {}) {
    this.#options = options;
    this.#base = options.version;
  }

  /** The version to send for `key`, if any. */
  for(key: SettingName): SettingsVersion | undefined {
    return this.#options.versions?.[key] ?? this.#base;
  }

  /** `key` was stored, and the answer named `version` (or none). */
  stored(key: SettingName, version: SettingsVersion | undefined): void {
    if (version === undefined) return;
    this.#stored[key] = version;
    const base = Number(this.#base);
    if (this.#base !== undefined && Number(version) === base + 1) {
      this.#base = version;
    }
  }

  /** For the result: the base after the save, and each stored key's version. */
  result(): {
    version?: SettingsVersion;
    versions?: Partial<Record<SettingName, SettingsVersion>>;
  } {
    const versions = { ...this.#stored };
    return {
      ...(this.#base === undefined ? {} : { version: this.#base }),
      ...(Object.keys(versions).length > 0 ? { versions } : {}),
    };
  }
}
