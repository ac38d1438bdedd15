/**
 * The one seam for code few visitors need, loaded when first needed with
 * `import()`, so the banner's first load stays small: the back-online checks
 * (only during the window).
 *
 * A build that serves a single chunk swaps this module for
 * on-demand-static.ts, which has the same exports with static imports:
 * Discourse serves only a theme's `main` chunk (discourse/build.ts does the
 * swap).
 */
import type * as HealthMonitorModule from './health-monitor.ts';

let healthMonitor: Promise<typeof HealthMonitorModule> | undefined;

/** The back-online checks' code (loaded once). */
export function loadHealthMonitor(): Promise<typeof HealthMonitorModule> {
  return (healthMonitor ??= import('./health-monitor.ts'));
}

/** Everything above, loaded: for tests that must not wait on a chunk mid-way. */
export function preloadOnDemand(): Promise<void> {
  return loadHealthMonitor().then(() => undefined);
}
