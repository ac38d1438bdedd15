/**
 * The server's one clock: what time it is, and a wake-up at an instant.
 * The notifier, the rate limiter, the shutdown deadline, settings.json's
 * `server_time` and the history's dates all read it; main.ts picks the
 * system clock, or a manual one when the tests ask for it (manual-clock.ts).
 */

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /**
   * Calls `callback` once, at `at` (epoch ms) or as soon after as the clock
   * gets there. Returns the function that cancels it.
   */
  at(at: number, callback: () => void): () => void;
}

/** `setTimeout`'s largest delay (about 24.8 days): a later wake-up re-arms. */
const MAX_DELAY = 2 ** 31 - 1;

/** The machine's clock, with `setTimeout` for wake-ups. */
export const systemClock: Clock = {
  now: () => Date.now(),
  at(at, callback) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const arm = () => {
      const delay = at - Date.now();
      if (delay <= 0) {
        timer = undefined;
        callback();
        return;
      }
      timer = setTimeout(
        () => {
          if (!cancelled) arm();
        },
        Math.min(delay, MAX_DELAY),
      );
    };
    arm();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  },
};

interface Wake {
  at: number;
  seq: number;
  callback: () => void;
}

/**
 * A clock that moves only when told: `advance` runs each wake-up due on the
 * way, in order, with the clock set to its instant (as fake timers do).
 */
export class ManualClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #pending = new Set<Wake>();
  /** Told of every wake-up set (the tests wait for the one they expect). */
  readonly #onSchedule: (at: number) => void;

  constructor(start: number, onSchedule: (at: number) => void = () => {}) {
    this.#now = start;
    this.#onSchedule = onSchedule;
  }

  now(): number {
    return this.#now;
  }

  at(at: number, callback: () => void): () => void {
    const wake = { at, seq: this.#seq++, callback };
    this.#pending.add(wake);
    this.#onSchedule(at);
    return () => this.#pending.delete(wake);
  }

  /** The instants of the wake-ups still to come, soonest first. */
  pending(): number[] {
    return [...this.#pending].map((wake) => wake.at).sort((a, b) => a - b);
  }

  /** Moves to `target` (never backwards), running what falls due on the way. */
  set(target: number): void {
    for (;;) {
      const next = [...this.#pending]
        .filter((wake) => wake.at <= target)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.#pending.delete(next);
      this.#now = Math.max(this.#now, next.at);
      next.callback();
    }
    this.#now = Math.max(this.#now, target);
  }

  advance(ms: number): void {
    this.set(this.#now + ms);
  }
}
