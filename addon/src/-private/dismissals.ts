/**
 * What this visitor dismissed: one entry per window *and* phase, so hiding
 * the countdown never hides the in-progress notice, and any edit of the
 * window by the admin shows the banner again. Kept in `localStorage` until
 * the window is over; when storage throws (private mode, full, blocked) the
 * dismissal still holds for the page's life.
 */
import { tracked } from '@glimmer/tracking';
import type { MaintenanceWindow, Phase } from '../core/index.ts';

const PREFIX = 'maintenance-banner:dismissed:';

/** FNV-1a: a short, stable fingerprint; not a secret. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function dismissalKey(window: MaintenanceWindow, phase: Phase): string {
  const { startsAt, durationMinutes, status, message, channel, completedAt } =
    window;
  return `${PREFIX}${fingerprint(
    JSON.stringify([
      startsAt,
      durationMinutes,
      status,
      message,
      channel,
      completedAt,
    ]),
  )}:${phase}`;
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself throws where storage is blocked
  }
}

export class Dismissals {
  @tracked private revision = 0;
  readonly #storage: Storage | null;
  readonly #memory = new Map<string, number>();

  constructor(_owner: object, now: number, storage: Storage | null = browserStorage()) {
    this.#storage = storage;
    this.#forgetExpired(now);
  }

  has(key: string, now: number): boolean {
    void this.revision;
    const expiresAt = this.#memory.get(key) ?? this.#read(key);
    return expiresAt !== null && expiresAt > now;
  }

  add(key: string, expiresAt: number): void {
    this.#memory.set(key, expiresAt);
    try {
      this.#storage?.setItem(key, String(expiresAt));
    } catch {
      // Full or blocked: the in-memory entry covers this page.
    }
    this.revision++;
  }

  #read(key: string): number | null {
    try {
      const value = Number(this.#storage?.getItem(key) ?? NaN);
      return Number.isFinite(value) ? value : null;
    } catch {
      return null;
    }
  }

  #forgetExpired(now: number): void {
    try {
      const storage = this.#storage;
      if (!storage) return;
      const stale: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX) && !((this.#read(key) ?? 0) > now))
          stale.push(key);
      }
      for (const key of stale) storage.removeItem(key);
    } catch {
      // Nothing to clean where storage is unusable.
    }
  }
}
