/**
 * When SQLite cannot write: the answer says so, with the reason, instead of
 * a bare 500. Nothing was stored (the transaction rolled back), and the
 * server keeps serving what it can read.
 */

export interface StorageFailure {
  status: 503 | 507;
  message: string;
  errorType: 'database_full' | 'database_unavailable';
  /** Seconds worth waiting before trying again, for `Retry-After`. */
  retryAfter?: number;
}

/** The SQLite result code of a better-sqlite3 error (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`, …). */
function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** The answer for a database that could not be written, or `null` for any other error. */
export function storageFailure(error: unknown): StorageFailure | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  const nothing =
    'Nothing was stored; the settings shown are still the last ones saved.';
  if (code === 'SQLITE_FULL') {
    return {
      status: 507,
      message: `The server could not write its database: the disk is full (${code}). ${nothing} Free some space and save again.`,
      errorType: 'database_full',
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      status: 503,
      message: `The server could not write its database: it stayed locked by another process (${code}). ${nothing} Save again in a moment.`,
      errorType: 'database_unavailable',
      retryAfter: 5,
    };
  }
  if (
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_CORRUPT') ||
    code === 'SQLITE_NOTADB'
  ) {
    return {
      status: 503,
      message: `The server could not write its database: a write to the disk failed (${code}; the disk may be full, read-only or failing). ${nothing}`,
      errorType: 'database_unavailable',
    };
  }
  return null;
}
