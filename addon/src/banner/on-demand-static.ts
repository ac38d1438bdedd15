/**
 * on-demand.ts for builds that serve a single chunk (the Discourse theme):
 * the same exports, with the code imported statically.
 */
import { HealthMonitor } from './health-monitor.ts';

const healthMonitor = Promise.resolve({ HealthMonitor });

/** The back-online checks' code. */
export function loadHealthMonitor(): Promise<{
  HealthMonitor: typeof HealthMonitor;
}> {
  return healthMonitor;
}

/** Everything above, loaded (already, here). */
export function preloadOnDemand(): Promise<void> {
  return healthMonitor.then(() => undefined);
}
