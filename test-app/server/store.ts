/**
 * The stored settings, their version and their history. Every read of the
 * full settings and every change runs in one transaction, so a reader never
 * sees half a change and two admins saving different keys at once both win.
 *
 * A row that is not valid JSON (written around the CHECK constraint, or a
 * damaged file) reads as unset, logged once with its key: one bad setting
 * never takes a page down, and saving a valid value repairs it.
 */
import { SETTING_KEYS, type SettingKey } from 'ember-maintenance-banner/core';
import type { Db } from './db.ts';
import type { SecretKey } from './secret-settings.ts';
import type { HistoryEntry } from './wire-format.ts';

/** Each setting as stored: normally its typed value; whatever a settings file held otherwise. */
export type Settings = Record<SettingKey, unknown>;
/** A public setting or one only the server reads. */
export type StoredKey = SettingKey | SecretKey;

export interface Snapshot {
  settings: Settings;
  version: number;
}

/** What a change decides, given the settings it applies to. */
export type Decision<E> =
  { ok: true; value: unknown } | { ok: false; error: E };

/** `If-Match`: any version (`*`), or the versions the client has seen. */
export type Precondition = '*' | readonly number[];

export interface Conflict {
  /** The current settings version. */
  version: number;
  /** The value stored now, as the history would show it. */
  value: unknown;
  /** The changes to the key after the oldest version sent, newest first. */
  changes: HistoryEntry[];
}

export type ChangeResult<E> =
  | { ok: true; changed: boolean; snapshot: Snapshot }
  | { ok: false; error: E }
  | { ok: false; conflict: Conflict };

export interface ChangeOptions {
  /** Refuse unless `key` is unchanged since a version given. */
  ifMatch?: Precondition | null;
  /** What the history keeps of a value (a secret's mask); the value itself by default. */
  shown?: (value: unknown) => unknown;
  now?: Date;
}

interface HistoryRow {
  key: string;
  old_value: string | null;
  new_value: string;
  username: string;
  created_at: string;
  version: number;
}

const CONFLICT_CHANGES = 10;

export class SettingsStore {
  readonly #db: Db;
  readonly #sql;
  /** Keys whose damaged row was logged already (logged again only after a repair). */
  readonly #reported = new Set<string>();

  constructor(db: Db) {
    this.#db = db;
    this.#sql = {
      settings: db.prepare<[], { key: string; value: string }>(
        'SELECT key, value FROM settings',
      ),
      one: db
        .prepare<[string], string>('SELECT value FROM settings WHERE key = ?')
        .pluck(),
      version: db
        .prepare<[], number>(
          'SELECT version FROM settings_version WHERE id = 1',
        )
        .pluck(),
      insertMissing: db.prepare<[string, string]>(
        'INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)',
      ),
      firstVersion: db.prepare<[]>(
        'INSERT INTO settings_version (id, version) VALUES (1, 1)',
      ),
      bumpVersion: db
        .prepare<[], number>(
          'UPDATE settings_version SET version = version + 1 WHERE id = 1 RETURNING version',
        )
        .pluck(),
      set: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)',
      ),
      record: db.prepare<
        [string, string | null, string, string, number, string]
      >(
        `INSERT INTO settings_history (key, old_value, new_value, username, version, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      history: db.prepare<[number], HistoryRow>(
        `SELECT key, old_value, new_value, username, created_at, version
         FROM settings_history ORDER BY id DESC LIMIT ?`,
      ),
      lastChanged: db
        .prepare<[string], number | null>(
          'SELECT max(version) FROM settings_history WHERE key = ?',
        )
        .pluck(),
      changesSince: db.prepare<[string, number, number], HistoryRow>(
        `SELECT key, old_value, new_value, username, created_at, version
         FROM settings_history WHERE key = ? AND version > ?
         ORDER BY version DESC LIMIT ?`,
      ),
    };
  }

  /**
   * Fills an empty database with `initial` (version 1). A database that
   * already holds settings keeps them; a key it lacks (a setting added since)
   * gets its initial value. Returns whether this was the first start.
   */
  seed(initial: Settings): { seeded: boolean } {
    return this.#db
      .transaction(() => {
        const version = this.#sql.version.get();
        let added = 0;
        for (const key of SETTING_KEYS) {
          added += this.#sql.insertMissing.run(
            key,
            JSON.stringify(initial[key] ?? null),
          ).changes;
        }
        if (version === undefined) {
          this.#sql.firstVersion.run();
          return { seeded: true };
        }
        if (added > 0) this.#sql.bumpVersion.get();
        return { seeded: false };
      })
      .immediate();
  }

  snapshot(): Snapshot {
    return this.#db.transaction(() => this.#snapshot())();
  }

  /** A setting only the server reads: its stored text, `""` when unset (or damaged). */
  secret(key: SecretKey): string {
    const json = this.#sql.one.get(key);
    const value = json === undefined ? '' : this.#parse(key, json);
    return typeof value === 'string' ? value : '';
  }

  /**
   * Sets one key, if `decide` (which sees the current settings, inside the
   * transaction) allows it and, with `ifMatch`, if the key has not changed
   * since a version the client names. A value equal to the stored one
   * changes nothing: no history row, no new version.
   */
  change<E>(
    key: StoredKey,
    username: string,
    decide: (current: Settings) => Decision<E>,
    options: ChangeOptions = {},
  ): ChangeResult<E> {
    const shown = options.shown ?? ((value: unknown) => value);
    return this.#db
      .transaction((): ChangeResult<E> => {
        const before = this.#snapshot();
        const stored = this.#stored(key);
        const conflict = options.ifMatch
          ? this.#conflict(key, before.version, options.ifMatch)
          : null;
        const decision = decide(before.settings);
        const newJson = decision.ok ? JSON.stringify(decision.value) : null;
        const unchanged = newJson === JSON.stringify(stored);
        // A stale write that would store what is there already loses nothing.
        if (conflict && !unchanged)
          return {
            ok: false,
            conflict: { ...conflict, value: shown(stored) },
          };
        if (!decision.ok) return decision;
        if (unchanged || newJson === null)
          return { ok: true, changed: false, snapshot: before };

        this.#sql.set.run(key, newJson);
        this.#reported.delete(key);
        const version = this.#sql.bumpVersion.get()!;
        this.#sql.record.run(
          key,
          stored === null ? null : JSON.stringify(shown(stored)),
          JSON.stringify(shown(decision.value)),
          username,
          version,
          (options.now ?? new Date()).toISOString(),
        );
        const settings = Object.hasOwn(before.settings, key)
          ? { ...before.settings, [key]: decision.value }
          : before.settings;
        return { ok: true, changed: true, snapshot: { settings, version } };
      })
      .immediate();
  }

  /** The latest changes, newest first. */
  history(limit = 50): HistoryEntry[] {
    return this.#sql.history.all(limit).map((row) => this.#entry(row));
  }

  /** `null` when the precondition holds, else what the client missed. */
  #conflict(
    key: StoredKey,
    current: number,
    ifMatch: Precondition,
  ): Omit<Conflict, 'value'> | null {
    if (ifMatch === '*') return null;
    const lastChanged = this.#sql.lastChanged.get(key) ?? 0;
    if (ifMatch.some((seen) => seen >= lastChanged && seen <= current))
      return null;
    const since = Math.min(...ifMatch);
    return {
      version: current,
      changes: this.#sql.changesSince
        .all(key, since, CONFLICT_CHANGES)
        .map((row) => this.#entry(row)),
    };
  }

  /** The stored value of any key (`null` when there is none, or it is damaged). */
  #stored(key: StoredKey): unknown {
    const json = this.#sql.one.get(key);
    return json === undefined ? null : this.#parse(key, json);
  }

  #entry(row: HistoryRow): HistoryEntry {
    return {
      key: row.key,
      old_value:
        row.old_value === null
          ? null
          : this.#parse(row.key, row.old_value, false),
      new_value: this.#parse(row.key, row.new_value, false),
      username: row.username,
      created_at: row.created_at,
      version: row.version,
    };
  }

  /** JSON → value; a damaged one is `null`, and a damaged setting is logged once. */
  #parse(key: string, json: string, report = true): unknown {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      if (report && !this.#reported.has(key)) {
        this.#reported.add(key);
        console.warn(
          `Settings database: the stored value of ${key} is not valid JSON; it reads as unset until an admin saves a new value.`,
        );
      }
      return null;
    }
  }

  #snapshot(): Snapshot {
    const stored = new Map<string, string>();
    for (const { key, value } of this.#sql.settings.all())
      stored.set(key, value);
    const settings = {} as Settings;
    for (const key of SETTING_KEYS) {
      const json = stored.get(key);
      settings[key] = json === undefined ? null : this.#parse(key, json);
    }
    return { settings, version: this.#sql.version.get() ?? 0 };
  }
}
