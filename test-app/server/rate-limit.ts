/**
 * Failed credential checks per client address, limited the way Discourse's
 * `RateLimiter` limits logins (`login-min-<ip>`: 6 a minute, `login-hr-<ip>`:
 * 30 an hour): each limit keeps the times of the last `max` events in a ring;
 * another is allowed while the ring is not full or its oldest entry is older
 * than the window, and `Retry-After` is the time until that entry ages out.
 *
 * Only failures count (a runbook with the right key is never slowed down);
 * once an address is over a limit, every credential it presents is refused
 * with 429 before it is checked, the right key too, so a guess that happens
 * to be right tells the guesser nothing.
 *
 * Memory is bounded: at most `maxTracked` addresses, one small ring each;
 * the address that failed least recently is forgotten first. IPv6 addresses
 * count per /64, which one subscriber usually holds whole.
 */
import { isIP } from 'node:net';
import type { Clock } from './clock.ts';

export interface Limit {
  max: number;
  windowMs: number;
}

/** Discourse's defaults for logins per IP (max_logins_per_ip_per_minute / _per_hour). */
export const CREDENTIAL_LIMITS: readonly Limit[] = [
  { max: 6, windowMs: 60_000 },
  { max: 30, windowMs: 3_600_000 },
];
export const MAX_TRACKED = 10_000;

/** The part of an address one client holds: all of IPv4, the /64 of IPv6. */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [
        ...left,
        ...Array<string>(8 - left.length - right.length).fill('0'),
        ...right,
      ]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

interface Failures {
  /**
   * The last `size` failure times, as a ring: whole seconds since the
   * limiter started (small integers, which V8 packs tightly; Discourse's
   * ring holds whole seconds too).
   */
  readonly times: number[];
  /** Where the next one goes. */
  next: number;
  count: number;
}

export class FailureLimiter {
  readonly #clock: Clock;
  readonly #limits: readonly Limit[];
  readonly #size: number;
  readonly #maxTracked: number;
  readonly #longest: number;
  readonly #epoch: number;
  /** In the order of each address's last failure: the first is the stalest. */
  readonly #byKey = new Map<string, Failures>();

  constructor(
    clock: Clock,
    limits: readonly Limit[] = CREDENTIAL_LIMITS,
    maxTracked = MAX_TRACKED,
  ) {
    this.#clock = clock;
    this.#limits = limits;
    this.#size = Math.max(...limits.map((limit) => limit.max));
    this.#longest = Math.max(...limits.map((limit) => limit.windowMs));
    this.#maxTracked = maxTracked;
    this.#epoch = clock.now();
  }

  /** How many addresses are remembered now. */
  get tracked(): number {
    return this.#byKey.size;
  }

  /** Milliseconds until `address` may present a credential again; 0: now. */
  retryAfter(address: string): number {
    const key = limitKey(address);
    const failures = this.#byKey.get(key);
    if (!failures) return 0;
    const now = this.#clock.now();
    let wait = 0;
    for (const { max, windowMs } of this.#limits) {
      if (failures.count < max) continue;
      // The max-th most recent failure: while it is inside the window, the limit is reached.
      const oldest = this.#at(
        failures.times[(failures.next - max + this.#size) % this.#size]!,
      );
      wait = Math.max(wait, oldest + windowMs - now);
    }
    if (wait <= 0 && this.#latest(failures) + this.#longest <= now) {
      this.#byKey.delete(key); // nothing of it counts any more
    }
    return Math.max(0, wait);
  }

  /** One more failed check from `address`. */
  fail(address: string): void {
    const key = limitKey(address);
    const failures = this.#byKey.get(key) ?? {
      times: new Array<number>(this.#size).fill(0),
      next: 0,
      count: 0,
    };
    failures.times[failures.next] = Math.floor(
      (this.#clock.now() - this.#epoch) / 1000,
    );
    failures.next = (failures.next + 1) % this.#size;
    failures.count = Math.min(failures.count + 1, this.#size);
    // Re-inserted at the end: the map stays ordered by last failure.
    this.#byKey.delete(key);
    this.#byKey.set(key, failures);
    while (this.#byKey.size > this.#maxTracked) {
      const stalest = this.#byKey.keys().next().value as string;
      this.#byKey.delete(stalest);
    }
  }

  /** A ring entry back in epoch ms. */
  #at(seconds: number): number {
    return this.#epoch + seconds * 1000;
  }

  #latest(failures: Failures): number {
    return this.#at(
      failures.times[(failures.next - 1 + this.#size) % this.#size]!,
    );
  }
}
