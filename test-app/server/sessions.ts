/**
 * Admin sessions for the browser: a random token in an HttpOnly cookie, a
 * CSRF token beside it (sent back in `X-CSRF-Token`, as Discourse does).
 * Kept in the database, as a hash of the token, so they survive a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Clock } from './clock.ts';
import type { Db } from './db.ts';

export const SESSION_COOKIE = 'mb_session';
/** How long a login lasts. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface Session {
  username: string;
  csrf: string;
  /** The hash the database knows it by. */
  id: string;
}

const hashToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** The value of one cookie, or `null`; a malformed header yields `null`. */
export function readCookie(
  request: IncomingMessage,
  name: string,
): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at === -1) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The session cookie (`null`: the one that clears it); `Secure` over https. */
export function sessionCookie(secure: boolean, token: string | null): string {
  const parts = [
    `${SESSION_COOKIE}=${token ?? ''}`,
    'HttpOnly',
    'SameSite=Lax',
    'Path=/',
  ];
  if (token === null) parts.push('Max-Age=0');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export class SessionStore {
  readonly #sql;
  readonly #clock: Clock;

  constructor(db: Db, clock: Clock) {
    this.#clock = clock;
    this.#sql = {
      insert: db.prepare<[string, string, string, number, number]>(
        `INSERT INTO admin_sessions (token_hash, username, csrf, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      find: db.prepare<[string, number], { username: string; csrf: string }>(
        'SELECT username, csrf FROM admin_sessions WHERE token_hash = ? AND expires_at > ?',
      ),
      remove: db.prepare<[string]>(
        'DELETE FROM admin_sessions WHERE token_hash = ?',
      ),
      purge: db.prepare<[number]>(
        'DELETE FROM admin_sessions WHERE expires_at <= ?',
      ),
    };
  }

  /** A new session; returns the token for the cookie. */
  create(username: string): { token: string; session: Session } {
    const now = this.#clock.now();
    this.#sql.purge.run(now);
    const token = newToken();
    const session = { username, csrf: newToken(), id: hashToken(token) };
    this.#sql.insert.run(
      session.id,
      username,
      session.csrf,
      now,
      now + SESSION_LIFETIME_MS,
    );
    return { token, session };
  }

  /** The live session the request's cookie names, if any. */
  fromRequest(request: IncomingMessage): Session | null {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token || token.length > 100) return null;
    const id = hashToken(token);
    const row = this.#sql.find.get(id, this.#clock.now());
    return row ? { ...row, id } : null;
  }

  end(session: Session): void {
    this.#sql.remove.run(session.id);
  }
}
