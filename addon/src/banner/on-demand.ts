/**
 * The one seam for code few visitors need, loaded with `import()` when a
 * phase needs it, so the banner's first load stays small: the calendar file
 * (while "Add to calendar" is offered) and the back-online checks (in the
 * window, and just before it while the forum still answers).
 *
 * What has loaded is tracked: a banner re-renders when its part arrives.
 * A build that serves a single chunk swaps this module for
 * on-demand-static.ts, which has the same exports with static imports:
 * Discourse serves only a theme's `main` chunk (discourse/build.ts does the
 * swap).
 */
import { tracked } from '@glimmer/tracking';
import type * as Calendar from '../core/calendar.ts';
import type * as Checks from './health-monitor.ts';

export type Part = 'calendar' | 'healthChecks';

class Loaded {
  @tracked calendar: typeof Calendar | null = null;
  @tracked healthChecks: typeof Checks | null = null;
}

/** The parts loaded so far (tracked). */
export const loaded = new Loaded();

const loading = new Map<Part, Promise<void>>();

const loaders: { [P in Part]: () => Promise<NonNullable<Loaded[P]>> } = {
  calendar: () => import('../core/calendar.ts'),
  healthChecks: () => import('./health-monitor.ts'),
};

/** Loads `part` once. A part that cannot load (the forum is already down) is left out. */
export function load(part: Part): Promise<void> {
  let promise = loading.get(part);
  if (!promise) {
    promise = loaders[part]().then(
      (module) => {
        (loaded as unknown as Record<Part, unknown>)[part] = module;
      },
      () => {},
    );
    loading.set(part, promise);
  }
  return promise;
}

/** Every part, loaded: for tests that must not wait on a chunk mid-way. */
export function preloadOnDemand(): Promise<void> {
  return Promise.all([load('calendar'), load('healthChecks')]).then(() => {});
}
