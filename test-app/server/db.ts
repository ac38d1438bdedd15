/**
 * The demo's embedded database: one SQLite file holding the settings, their
 * history, the admin sessions and the Slack notifier's record.
 *
 * Durability: WAL journal with `synchronous = FULL`, so a transaction is on
 * disk (the WAL is fsynced) before the write returns, and every write runs in
 * a transaction. A process killed mid-request leaves either the whole
 * change or none of it; a change the server acknowledged survives even a
 * power cut. Admin writes are rare, so the fsync per commit costs nothing
 * anyone notices (NORMAL would only risk the last commits on power loss, not
 * on a crash, but then a 200 would not mean "stored").
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Each entry moves the schema one version up (PRAGMA user_version). */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) STRICT;

  -- One row: the version every change increments (the SSE event id).
  CREATE TABLE settings_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL CHECK (version >= 1)
  ) STRICT;

  CREATE TABLE settings_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key        TEXT NOT NULL,
    old_value  TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
    new_value  TEXT NOT NULL CHECK (json_valid(new_value)),
    username   TEXT NOT NULL,
    version    INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  -- Only a hash of each session token is kept: a copy of the file logs nobody in.
  CREATE TABLE admin_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    username   TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  `,
  `
  -- A conditional write asks when its key last changed.
  CREATE INDEX settings_history_by_key ON settings_history (key, version);

  -- The Slack notifier: what it last saw (one row, JSON), and each message it
  -- decided to send, in the same transaction as that decision.
  CREATE TABLE notifier_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    observed   TEXT NOT NULL CHECK (json_valid(observed)),
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'superseded', 'not_configured')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    error           TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
  ) STRICT;
  `,
];

export class DatabaseError extends Error {}

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(path: string, dataDir: string): Db {
  if (!existsSync(dataDir))
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const isNew = !existsSync(path);
  let db: Db;
  try {
    db = new Database(path);
    if (isNew) chmodSync(path, 0o600);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal')
      throw new Error(`journal mode is ${String(mode)}, not wal`);
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    throw new DatabaseError(
      `Cannot open the settings database ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return db;
}

function migrate(db: Db): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `its schema (version ${current}) is newer than this server knows (${MIGRATIONS.length})`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version]!);
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
