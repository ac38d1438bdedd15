/**
 * The stored settings, their version and their history. Every read of the
 * full settings and every change runs in one transaction, so a reader never
 * sees half a change and two admins saving different keys at once both win.
 */
import { SETTING_KEYS, type SettingKey } from 'ember-maintenance-banner/core';
import type { Db } from './db.ts';

/** Each setting as stored: normally its typed value; whatever a settings file held otherwise. */
export type Settings = Record<SettingKey, unknown>;

export interface Snapshot {
  settings: Settings;
  version: number;
}

export interface HistoryEntry {
  key: string;
  old_value: unknown;
  new_value: unknown;
  username: string;
  created_at: string;
}

/** What a change decides, given the settings it applies to. */
export type Decision<E> =
  { ok: true; value: unknown } | { ok: false; error: E };

export type ChangeResult<E> =
  { ok: true; changed: boolean; snapshot: Snapshot } | { ok: false; error: E };

interface HistoryRow {
  key: string;
  old_value: string | null;
  new_value: string;
  username: string;
  created_at: string;
}

export class SettingsStore {
  readonly #db: Db;
  readonly #sql;

  constructor(db: Db) {
    this.#db = db;
    this.#sql = {
      settings: db.prepare<[], { key: string; value: string }>(
        'SELECT key, value FROM settings',
      ),
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
        `SELECT key, old_value, new_value, username, created_at
         FROM settings_history ORDER BY id DESC LIMIT ?`,
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

  /**
   * Sets one key, if `decide` (which sees the current settings, inside the
   * transaction) allows it. A value equal to the stored one changes nothing:
   * no history row, no new version.
   */
  change<E>(
    key: SettingKey,
    username: string,
    decide: (current: Settings) => Decision<E>,
    now: Date = new Date(),
  ): ChangeResult<E> {
    return this.#db
      .transaction((): ChangeResult<E> => {
        const before = this.#snapshot();
        const decision = decide(before.settings);
        if (!decision.ok) return decision;

        const oldJson = JSON.stringify(before.settings[key]) ?? null;
        const newJson = JSON.stringify(decision.value);
        if (oldJson === newJson)
          return { ok: true, changed: false, snapshot: before };

        this.#sql.set.run(key, newJson);
        const version = this.#sql.bumpVersion.get()!;
        this.#sql.record.run(
          key,
          oldJson,
          newJson,
          username,
          version,
          now.toISOString(),
        );
        return {
          ok: true,
          changed: true,
          snapshot: {
            settings: { ...before.settings, [key]: decision.value },
            version,
          },
        };
      })
      .immediate();
  }

  /** The latest changes, newest first. */
  history(limit = 50): HistoryEntry[] {
    return this.#sql.history.all(limit).map((row) => ({
      key: row.key,
      old_value:
        row.old_value === null ? null : (JSON.parse(row.old_value) as unknown),
      new_value: JSON.parse(row.new_value) as unknown,
      username: row.username,
      created_at: row.created_at,
    }));
  }

  #snapshot(): Snapshot {
    const stored = new Map<string, string>();
    for (const { key, value } of this.#sql.settings.all())
      stored.set(key, value);
    const settings = {} as Settings;
    for (const key of SETTING_KEYS) {
      const json = stored.get(key);
      settings[key] = json === undefined ? null : (JSON.parse(json) as unknown);
    }
    return { settings, version: this.#sql.version.get() ?? 0 };
  }
}
