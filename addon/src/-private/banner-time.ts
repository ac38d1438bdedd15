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
import { cached, tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';
import type {
  ClockSubscription,
  default as MaintenanceBannerClock,
} from '../services/maintenance-banner-clock.ts';

export interface TimeRules {
  /** The next instant the phase changes, or `null`. */
  nextPhaseChange(now: number): number | null;
  /** The next instant the countdown's text changes, or `null` when none is shown. */
  nextCountdownChange(now: number): number | null;
}

export class BannerTime {
  @tracked private phaseWakes = 0;
  @tracked private countdownWakes = 0;

  readonly #clock: MaintenanceBannerClock;
  readonly #rules: TimeRules;
  readonly #subscription: ClockSubscription;
  #nextPhase: number | null = null;
  #nextCountdown: number | null = null;
  #counting = false;

  constructor(owner: object, clock: MaintenanceBannerClock, rules: TimeRules) {
    this.#clock = clock;
    this.#rules = rules;
    this.#subscription = clock.subscribe((everyone) => this.#woken(everyone));
    registerDestructor(owner, () => this.#subscription.release());
  }

  // Each lane is a `@cached` getter (a `createCache` per instance inside):
  // it re-runs when its wake counter or anything the rules read changes.
  // Discourse gives themes `@glimmer/tracking`, not its `primitives/cache`.

  /** The time, as of the last phase change (or settings change). */
  @cached
  get phaseNow(): number {
    void this.phaseWakes;
    const now = this.#clock.now();
    this.#nextPhase = this.#rules.nextPhaseChange(now);
    this.#counting = this.#rules.nextCountdownChange(now) !== null;
    this.#request(now);
    return now;
  }

  /** The time, as of the last change of the countdown's text. */
  @cached
  get countdownNow(): number {
    void this.countdownWakes;
    void this.phaseWakes; // a new phase may bring a new countdown
    const now = this.#clock.now();
    this.#nextCountdown = this.#rules.nextCountdownChange(now);
    this.#request(now);
    return now;
  }

  /** One wake-up at the earliest instant either lane needs. */
  #request(now: number): void {
    const wanted = [
      this.#nextPhase,
      this.#counting ? this.#nextCountdown : null,
    ].filter((at): at is number => at !== null && at > now);
    this.#subscription.wakeAt(wanted.length > 0 ? Math.min(...wanted) : null);
  }

  #woken(everyone: boolean): void {
    const now = this.#clock.now();
    const due = (at: number | null) => everyone || (at !== null && at <= now);
    if (due(this.#nextPhase)) this.phaseWakes++;
    if (this.#counting && due(this.#nextCountdown)) this.countdownWakes++;
  }
}
