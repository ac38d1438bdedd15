/**
 * The clock as one banner sees it, in two lanes that share one wake-up
 * request: `phaseNow` moves only when the phase changes, `countdownNow` only
 * when the shown countdown text does, and only while a countdown is shown.
 * So a tick re-renders the countdown's text node and nothing else, and a
 * banner without a countdown is woken only at its next phase change.
 *
 * Reading a lane (in a getter or template) returns the time and, as a
 * resource would, asks the shared clock for one wake-up at the earliest
 * instant either lane needs. A lane re-reads the clock when that wake-up
 * comes or when anything its rule read (the settings, a dismissal) changes.
 */
import { tracked } from '@glimmer/tracking';
import { createCache, getValue } from '@glimmer/tracking/primitives/cache';
import { registerDestructor } from '@ember/destroyable';
import type MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';

export interface TimeRules {
  /** The next instant the phase changes, or `null`. */
  nextPhaseChange(now: number): number | null;
  /** The next instant the countdown's text changes, or `null` when none is shown. */
  nextCountdownChange(now: number): number | null;
}

type Cache = ReturnType<typeof createCache<number>>;

export class BannerTime {
  @tracked private phaseWakes = 0;
  @tracked private countdownWakes = 0;

  readonly #clock: MaintenanceBannerClock;
  readonly #phase: Cache;
  readonly #countdown: Cache;
  #nextPhase: number | null = null;
  #nextCountdown: number | null = null;
  #counting = false;

  constructor(owner: object, clock: MaintenanceBannerClock, rules: TimeRules) {
    this.#clock = clock;
    const subscription = clock.subscribe((everyone) => this.#woken(everyone));
    registerDestructor(owner, () => subscription.release());

    const request = (now: number) => {
      const wanted = [
        this.#nextPhase,
        this.#counting ? this.#nextCountdown : null,
      ].filter((at): at is number => at !== null && at > now);
      subscription.wakeAt(wanted.length > 0 ? Math.min(...wanted) : null);
    };

    this.#phase = createCache(() => {
      void this.phaseWakes;
      const now = clock.now();
      this.#nextPhase = rules.nextPhaseChange(now);
      this.#counting = rules.nextCountdownChange(now) !== null;
      request(now);
      return now;
    });

    this.#countdown = createCache(() => {
      void this.countdownWakes;
      void this.phaseWakes; // a new phase may bring a new countdown
      const now = clock.now();
      this.#nextCountdown = rules.nextCountdownChange(now);
      request(now);
      return now;
    });
  }

  /** The time, as of the last phase change (or settings change). */
  get phaseNow(): number {
    return getValue(this.#phase) as number;
  }

  /** The time, as of the last change of the countdown's text. */
  get countdownNow(): number {
    return getValue(this.#countdown) as number;
  }

  #woken(everyone: boolean): void {
    const now = this.#clock.now();
    const due = (at: number | null) => everyone || (at !== null && at <= now);
    if (due(this.#nextPhase)) this.phaseWakes++;
    if (this.#counting && due(this.#nextCountdown)) this.countdownWakes++;
  }
}
