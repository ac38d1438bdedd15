/**
 * Countdown arithmetic: remaining time → the parts to show, and the next
 * instant at which the shown text changes.
 *
 * Granularity (one rule, documented in the README):
 * - 24 hours or more to go: days and hours   ("2 days, 5 hours")
 * - 1 hour or more:         hours and minutes ("3 hours, 12 minutes")
 * - under 1 hour:           minutes and seconds ("12 minutes, 5 seconds")
 *
 * Parts are rounded *up* in the smallest shown unit, so the countdown never
 * reads "0 seconds" while the window has not started; it reads "1 second"
 * until the instant itself. Each granularity shows at most its top value
 * ("23 hours, 59 minutes", then "1 day").
 */

export type Granularity = 'days' | 'hours' | 'minutes';

export interface CountdownParts {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

export interface Countdown {
  /** The instant counted to. */
  readonly target: number;
  /** Milliseconds left, > 0. */
  readonly remaining: number;
  readonly granularity: Granularity;
  /** The parts to show; the ones outside the granularity are 0. */
  readonly parts: CountdownParts;
  /** When the shown parts change next (at the latest, `target`). */
  readonly nextChange: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The countdown to `target` at `now`, or `null` once `target` is reached. */
export function countdown(target: number, now: number): Countdown | null {
  const remaining = target - now;
  if (!(remaining > 0) || !Number.isFinite(remaining)) return null;

  const seconds = Math.ceil(remaining / SECOND);
  if (seconds < HOUR / SECOND) {
    return {
      target,
      remaining,
      granularity: 'minutes',
      parts: {
        days: 0,
        hours: 0,
        minutes: Math.floor(seconds / 60),
        seconds: seconds % 60,
      },
      nextChange: target - (seconds - 1) * SECOND,
    };
  }

  const minutes = Math.ceil(remaining / MINUTE);
  if (minutes < DAY / MINUTE) {
    return {
      target,
      remaining,
      granularity: 'hours',
      parts: {
        days: 0,
        hours: Math.floor(minutes / 60),
        minutes: minutes % 60,
        seconds: 0,
      },
      // The text changes when the minute rolls over, or when the last hour
      // starts and seconds appear, whichever comes first.
      nextChange: target - Math.max((minutes - 1) * MINUTE, HOUR - SECOND),
    };
  }

  const hours = Math.ceil(remaining / HOUR);
  return {
    target,
    remaining,
    granularity: 'days',
    parts: {
      days: Math.floor(hours / 24),
      hours: hours % 24,
      minutes: 0,
      seconds: 0,
    },
    nextChange: target - Math.max((hours - 1) * HOUR, DAY - MINUTE),
  };
}
