/**
 * What a phase needs (the back-online checks, the code loaded on demand),
 * and `{{region host watch checks}}`, on the banner's live region (there in
 * both forms, for as long as the banner shows): it is hidden from sight
 * (not from assistive technology), the banner learns where it is on the page (the focus hand-off after dismissing starts there), and
 * the back-online checks run while the phase needs them (`watch`), once
 * their code (`checks`, loaded on demand) is here. Removing the region
 * stops them.
 */
import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';
import { PHASE_TABLE, type Phase } from '../core/phase.ts';
import type { MaintenanceWindow } from '../core/read-settings.ts';
import type * as Checks from './health-monitor.ts';
import type { Part } from './on-demand.ts';
import { hideVisually } from './visually-hidden.ts';
import type { HealthHost, HealthWatch } from './health-monitor.ts';

export type { HealthWatch } from './health-monitor.ts';

export interface RegionHost extends HealthHost {
  /** The region's element while it is rendered, then `null`. */
  anchor(element: Element | null): void;
}

/** The checks a phase of a window needs, or `null`. */
export function healthWatchOf(
  window: MaintenanceWindow | null,
  phase: Phase | null,
): HealthWatch | null {
  if (!window?.healthUrl || !phase || !PHASE_TABLE[phase].checksHealth)
    return null;
  return { url: window.healthUrl, overdue: phase === 'overrun' };
}

/** What a phase of a window loads on demand: the calendar, the checks (ahead of the window). */
export function partsOf(
  window: MaintenanceWindow | null,
  phase: Phase | null,
): Part[] {
  if (!window || !phase) return [];
  const traits = PHASE_TABLE[phase];
  const parts: Part[] = [];
  if (traits.offersCalendar) parts.push('calendar');
  if (window.healthUrl && traits.loadsHealthChecks) parts.push('healthChecks');
  return parts;
}

interface Region {
  host: RegionHost | null;
  monitor: Checks.HealthMonitor | null;
}

type Args = { positional: unknown[] };

class RegionManager {
  capabilities = capabilities('3.22');

  createModifier(): Region {
    return { host: null, monitor: null };
  }

  installModifier(region: Region, element: HTMLElement, args: Args): void {
    hideVisually(element);
    region.host = args.positional[0] as RegionHost;
    region.host.anchor(element);
    this.updateModifier(region, args);
  }

  updateModifier(region: Region, { positional }: Args): void {
    const [host, watch, checks] = positional as [
      RegionHost,
      HealthWatch | null,
      typeof Checks | null,
    ];
    if (!region.monitor && watch && checks) {
      region.monitor = new checks.HealthMonitor(host);
    }
    region.monitor?.follow(watch);
  }

  destroyModifier(region: Region): void {
    region.host?.anchor(null);
    region.monitor?.stop();
  }
}

export const region = setModifierManager(
  () => new RegionManager(),
  {},
) as unknown as ModifierLike<{
  Element: HTMLElement;
  Args: {
    Positional: [
      host: RegionHost,
      watch: HealthWatch | null,
      checks: typeof Checks | null,
    ];
  };
}>;
