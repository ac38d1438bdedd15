/**
 * What this visitor dismissed: one entry per window *and* phase, so hiding
 * the countdown never hides the in-progress notice, and any edit of the
 * window by the admin shows the banner again. Kept in `localStorage` until
 * the window is over; when storage throws (private mode, full, blocked) the
 * dismissal still holds for the page's life. A dismissal in another tab of
 * the site arrives as a `storage` event and hides the banner here too.
 */
import { tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';
import {
  completedNoticeEndsAt,
  forgottenAt,
  type Phase,
} from '../core/phase.ts';
import type { MaintenanceWindow } from '../core/read-settings.ts';
import { fingerprint } from '../core/fingerprint.ts';

const PREFIX = 'maintenance-banner:dismissed:';

/**
 * The storage key for hiding `phase` of `window`: it changes when the admin
 * edits anything a visitor reads (start, length, status, message, channel,
 * completion time), so an edited window shows again.
 */
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
  ).toString(36)}:${phase}`;
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself throws where storage is blocked
  }
}

function browserWindow(): EventTarget | null {
  return typeof window === 'undefined' ? null : window;
}

type StorageListener = (event: StorageEvent) => void;

/**
 * One `storage` listener per global window, shared by every banner in it:
 * added with the first, removed with the last.
 */
const audiences = new WeakMap<
  EventTarget,
  { members: Set<StorageListener>; stop: () => void }
>();

function listenForStorage(
  target: EventTarget,
  listener: StorageListener,
): () => void {
  let audience = audiences.get(target);
  if (!audience) {
    const members = new Set<StorageListener>();
    const dispatch = (event: Event) => {
      for (const member of [...members]) member(event as StorageEvent);
    };
    target.addEventListener('storage', dispatch);
    audience = {
      members,
      stop: () => {
        target.removeEventListener('storage', dispatch);
        audiences.delete(target);
      },
    };
    audiences.set(target, audience);
  }
  const { members, stop } = audience;
  members.add(listener);
  return () => {
    if (members.delete(listener) && members.size === 0) stop();
  };
}

export class Dismissals {
  @tracked private revision = 0;
  readonly #storage: Storage | null;
  readonly #memory = new Map<string, number>();

  /**
   * @param owner whose destruction stops listening to other tabs (the banner)
   * @param now the current time, to forget dismissals of windows now over
   * @param storage where dismissals persist; `localStorage` by default
   * @param events where other tabs' `storage` events arrive; the global window by default
   */
  constructor(
    owner: object,
    now: number,
    storage: Storage | null = browserStorage(),
    events: EventTarget | null = browserWindow(),
  ) {
    this.#storage = storage;
    this.#forgetExpired(now);
    if (events && storage) {
      const stop = listenForStorage(events, this.#onStorage);
      registerDestructor(owner, stop);
    }
  }

  /**
   * Does this visitor's dismissal hide `phase` of `window` at `now`? Tracked:
   * a dismissal here or in another tab re-renders.
   */
  hides(window: MaintenanceWindow, phase: Phase | null, now: number): boolean {
    // An admin who turns dismissal off means everyone must see it again.
    return (
      window.dismissible &&
      phase !== null &&
      this.has(dismissalKey(window, phase), now)
    );
  }

  /** Is `key` dismissed at `now`? Tracked: a dismissal here or in another tab re-renders. */
  has(key: string, now: number): boolean {
    void this.revision;
    const expiresAt = this.#memory.get(key) ?? this.#read(key);
    return expiresAt !== null && expiresAt > now;
  }

  /** Dismiss `phase` of `window` until the window is over. */
  dismiss(window: MaintenanceWindow, phase: Phase): void {
    this.add(
      dismissalKey(window, phase),
      Math.max(forgottenAt(window), completedNoticeEndsAt(window)),
    );
  }

  /** Dismiss `key` until `expiresAt` (epoch ms), in storage when it can be written. */
  add(key: string, expiresAt: number): void {
    this.#memory.set(key, expiresAt);
    try {
      this.#storage?.setItem(key, String(expiresAt));
    } catch {
      // Full or blocked: the in-memory entry covers this page.
    }
    this.revision++;
  }

  /** Another tab wrote (or cleared) a dismissal: re-read. */
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== null && !event.key.startsWith(PREFIX)) return;
    if (event.storageArea !== null && event.storageArea !== this.#storage)
      return; // sessionStorage, or a storage this banner does not use
    this.revision++;
  };

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
