import MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';

interface PendingTimer {
  readonly at: number;
  readonly callback: () => void;
}

/** An instant as epoch milliseconds, a `Date`, or an ISO 8601 string with an offset. */
export type InstantLike = number | Date | string;

export function toEpochMs(instant: InstantLike): number {
  const ms =
    typeof instant === 'number'
      ? instant
      : instant instanceof Date
        ? instant.getTime()
        : Date.parse(instant);
  if (!Number.isFinite(ms))
    throw new Error(`Not an instant: ${String(instant)}`);
  return ms;
}

/**
 * The clock service with a hand-moved wall clock and no native timer:
 * `tick(ms)` and `setNow(instant)` move time and fire exactly the wake-ups
 * that a real page would have seen, so a whole window renders in
 * milliseconds and `await settled()` never waits on a timer.
 */
export default class ManualClock extends MaintenanceBannerClock {
  #now = Date.parse('2027-02-18T08:00:00Z');
  #timer: PendingTimer | null = null;
  #hidden = false;

  /** Timer callbacks that ran: the wake-ups a real page would have had. */
  wakeUps = 0;

  /** Native timers this clock would hold right now (0 or 1). */
  get pendingTimers(): number {
    return this.#timer === null ? 0 : 1;
  }

  /** When the pending timer fires, or `null`. */
  get nextWakeUp(): number | null {
    return this.#timer?.at ?? null;
  }

  /**
   * Move the wall clock forward by `ms`, then fire the timer if it fell due:
   * the page sees the new time at once, as after a busy main thread. Tick in
   * small steps (with `await settled()` between) to watch every change.
   */
  tick(ms: number): void {
    if (!(ms >= 0))
      throw new Error(`tick() takes a duration of 0 ms or more, not ${ms}`);
    this.#runUntil(this.#now + ms);
  }

  /**
   * Set the wall clock. Forward, it behaves like a sleep through that time:
   * a due timer fires once, late. Backward (a clock set back), every
   * consumer re-reads the time, as the page would on its next resync.
   */
  setNow(instant: InstantLike): void {
    const target = toEpochMs(instant);
    if (target >= this.#now) {
      this.#runUntil(target);
    } else {
      this.#now = target;
      this.timeJumped();
    }
  }

  /** Hide or show the page, as `visibilitychange` would. */
  setHidden(hidden: boolean): void {
    this.#hidden = hidden;
    this.visibilityChanged();
  }

  #runUntil(target: number): void {
    this.#now = target;
    // A consumer that asks again for a past instant is served at once.
    for (
      let guard = 0;
      this.#timer !== null && this.#timer.at <= target;
      guard++
    ) {
      if (guard > 1000)
        throw new Error('A consumer keeps asking for past instants.');
      const timer = this.#timer;
      this.#timer = null;
      this.wakeUps++;
      timer.callback();
    }
  }

  protected override readWallClock(): number {
    return this.#now;
  }

  protected override startTimer(callback: () => void, delay: number): unknown {
    this.#timer = { at: this.#now + delay, callback };
    return this.#timer;
  }

  protected override stopTimer(handle: unknown): void {
    if (this.#timer === handle) this.#timer = null;
  }

  protected override isHidden(): boolean {
    return this.#hidden;
  }

  /** Real focus or visibility events of the test browser must not move a manual clock. */
  protected override eventTargets(): {
    window?: EventTarget;
    document?: EventTarget;
  } {
    return {};
  }
}
