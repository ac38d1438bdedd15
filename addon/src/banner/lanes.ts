/**
 * The clock as one banner sees it, in two lanes: `phaseNow` moves only when
 * the phase changes (or the settings do), `countdownNow` only when the
 * countdown's text does, and only while a countdown is shown. So a tick
 * re-renders the countdown's text node and nothing else, and a banner
 * without a countdown is woken only at its next phase change.
 *
 * Every getter here only computes. The lanes hold one subscription to the
 * page's clock, made here and released with their owner; `wakeAt` asks for
 * the next wake-up (the banner calls it from its template, with
 * `nextWakeUp`), and each wake-up moves the lanes that are due.
 */
import { cached, tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';
import { countdown } from '../core/countdown.ts';
import { nextPhaseChange } from '../core/phase.ts';
import type { MaintenanceWindow } from '../core/read-settings.ts';
import type MaintenanceBannerClock from '../services/maintenance-banner-clock.ts';
import type { ClockSubscription } from '../services/maintenance-banner-clock.ts';

export interface LaneRules {
  /** The window the phase follows (a tracked read: a new one re-reads the time). */
  window(): MaintenanceWindow | null;
  /** The instant the countdown on screen counts to, or `null` when none is. */
  countdownTarget(): number | null;
}

export class Lanes {
  @tracked private phaseWakes = 0;
  @tracked private countdownWakes = 0;

  readonly #clock: MaintenanceBannerClock;
  readonly #rules: LaneRules;
  readonly #subscription: ClockSubscription;

  /** @param owner whose destruction releases the clock (the banner) */
  constructor(owner: object, clock: MaintenanceBannerClock, rules: LaneRules) {
    this.#clock = clock;
    this.#rules = rules;
    this.#subscription = clock.subscribe(this.#woken);
    registerDestructor(owner, () => this.#subscription.release());
  }

  /** The time as of the last phase change or change of the window. */
  @cached
  get phaseNow(): number {
    void this.phaseWakes;
    void this.#rules.window();
    return this.#clock.now();
  }

  /** The time as of the countdown's last step. */
  @cached
  get countdownNow(): number {
    void this.countdownWakes;
    void this.phaseNow; // a new phase may bring a new countdown
    return this.#clock.now();
  }

  /** The next phase change. */
  @cached
  get nextPhase(): number | null {
    return nextPhaseChange(this.#rules.window(), this.phaseNow);
  }

  /** The countdown's next step, while one is shown (a postponed window's too, far ahead). */
  @cached
  get nextTick(): number | null {
    const target = this.#rules.countdownTarget();
    return target === null
      ? null
      : (countdown(target, this.countdownNow)?.nextChange ?? null);
  }

  /** When the clock must wake the banner next, or `null`. */
  get nextWakeUp(): number | null {
    const { nextPhase, nextTick } = this;
    if (nextTick === null) return nextPhase;
    return nextPhase === null ? nextTick : Math.min(nextPhase, nextTick);
  }

  /** Ask the clock for one wake-up at `at` (replacing the last request), or none. */
  wakeAt = (at: number | null): void => {
    this.#subscription.wakeAt(at);
  };

  /** The clock's call: move each lane that is due (all of them when time jumped). */
  #woken = (everyone: boolean): void => {
    const now = this.#clock.now();
    const due = (at: number | null) => everyone || (at !== null && at <= now);
    if (due(this.nextPhase)) this.phaseWakes++;
    if (due(this.nextTick)) this.countdownWakes++;
  };
}
