/**
 * on-demand.ts for builds that serve a single chunk (the Discourse theme):
 * the same exports, with every part imported statically and loaded from
 * the start.
 */
import * as calendar from '../core/calendar.ts';
import * as healthChecks from './health-monitor.ts';

export type Part = 'calendar' | 'healthChecks';

/** The parts, all loaded. */
export const loaded = { calendar, healthChecks };

/** Nothing to load: every part is here (whichever is asked for). */
export function load(): Promise<void> {
  return Promise.resolve();
}

export function preloadOnDemand(): Promise<void> {
  return Promise.resolve();
}
