/**
 * `{{healthChecks watch host load}}`: the back-online checks, while the phase
 * needs them (`watch`); `load` fetches their code ahead, while the forum
 * still answers. The modifier's lifetime is the checks' lifetime: installed
 * with the banner's live region, stopped with it. The checking code itself
 * (health-monitor.ts) loads on demand, through the one seam (on-demand.ts).
 */
import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';
import { PHASE_TABLE, type Phase } from '../core/phase.ts';
import type { MaintenanceWindow } from '../core/read-settings.ts';
import { loadHealthMonitor } from './on-demand.ts';
import type {
  HealthHost,
  HealthMonitor,
  HealthWatch,
} from './health-monitor.ts';

export type { HealthHost, HealthWatch } from './health-monitor.ts';

/** The checks a phase of a window needs, or `null`. */
export function healthWatchOf(
  window: MaintenanceWindow | null,
  phase: Phase | null,
): HealthWatch | null {
  if (!window?.healthUrl || !phase || !PHASE_TABLE[phase].checksHealth)
    return null;
  return { url: window.healthUrl, overdue: phase === 'overrun' };
}

/** Is the checks' code wanted now: in the window, or just before it? */
export function loadsHealthChecks(
  window: MaintenanceWindow | null,
  phase: Phase | null,
): boolean {
  return (
    Boolean(window?.healthUrl) &&
    phase !== null &&
    PHASE_TABLE[phase].loadsHealthChecks
  );
}

interface Checks {
  watch: HealthWatch | null;
  monitor: HealthMonitor | null;
  gone: boolean;
}

type Args = { positional: unknown[] };

class HealthChecksManager {
  capabilities = capabilities('3.22');

  createModifier(): Checks {
    return { watch: null, monitor: null, gone: false };
  }

  installModifier(checks: Checks, _element: Element, args: Args): void {
    this.#follow(checks, args);
  }

  updateModifier(checks: Checks, args: Args): void {
    this.#follow(checks, args);
  }

  destroyModifier(checks: Checks): void {
    checks.gone = true;
    checks.monitor?.stop();
  }

  #follow(checks: Checks, { positional }: Args): void {
    const [watch, host, load] = positional as [
      HealthWatch | null,
      HealthHost,
      boolean,
    ];
    checks.watch = watch;
    if (checks.monitor) {
      checks.monitor.follow(watch);
    } else if (watch || load) {
      loadHealthMonitor().then(
        ({ HealthMonitor }) => {
          if (checks.gone || checks.monitor || !checks.watch) return;
          checks.monitor = new HealthMonitor(host);
          checks.monitor.follow(checks.watch);
        },
        () => {
          // Not loaded (the forum is already down): the banner says what it
          // can without the checks.
        },
      );
    }
  }
}

export const healthChecks = setModifierManager(
  () => new HealthChecksManager(),
  {},
) as unknown as ModifierLike<{
  Element: Element;
  Args: {
    Positional: [watch: HealthWatch | null, host: HealthHost, load: boolean];
  };
}>;
