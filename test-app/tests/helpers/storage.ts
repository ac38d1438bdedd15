/**
 * Storage that misbehaves the ways browsers' does: blocked (every call
 * throws), full (writes throw `QuotaExceededError`), or unreachable (reading
 * `window.localStorage` itself throws). Installed in place of the page's
 * `localStorage` for one test.
 */

/** The prefix of the banner's dismissal keys. */
export const DISMISSED = 'maintenance-banner:dismissed:';

/** The dismissal entries in `storage`, as `[key, value]`, sorted by key. */
export function dismissalsIn(storage: Storage): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DISMISSED)) entries.push([key, storage.getItem(key)!]);
  }
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

/** A Map-backed Storage; `failWrites` makes every write throw as a full disk does. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  failWrites = false;
  writes = 0;

  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    if (this.failWrites) {
      throw new DOMException(
        "Failed to execute 'setItem' on 'Storage': exceeded the quota.",
        'QuotaExceededError',
      );
    }
    this.#items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
  [name: string]: unknown;
}

const blocked = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Storage where every call throws, as with storage disabled by policy. */
export class BlockedStorage implements Storage {
  calls = 0;
  get length(): number {
    this.calls++;
    return blocked();
  }
  key(): string | null {
    this.calls++;
    return blocked();
  }
  getItem(): string | null {
    this.calls++;
    return blocked();
  }
  setItem(): void {
    this.calls++;
    blocked();
  }
  removeItem(): void {
    this.calls++;
    blocked();
  }
  clear(): void {
    this.calls++;
    blocked();
  }
  [name: string]: unknown;
}

/** The page's `localStorage`, replaced for one test. */
export interface ReplacedStorage {
  /** How often the page looked `window.localStorage` up. */
  readonly reads: number;
  /** Puts the real one back. */
  restore(): void;
}

/**
 * Makes `window.localStorage` return `storage` (or throw, for `'throws'`)
 * until `restore()` puts the real one back.
 */
export function replaceLocalStorage(
  storage: Storage | 'throws',
): ReplacedStorage {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  let reads = 0;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      reads++;
      return storage === 'throws' ? blocked() : storage;
    },
  });
  return {
    get reads() {
      return reads;
    },
    restore() {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: Storage }).localStorage;
    },
  };
}
