/**
 * One story per page: what a live change of the window tells a visitor who
 * has the page open, given what the page told them before.
 *
 * - A change note ("Postponed", "Moved earlier", "Extended", the length no
 *   longer known) belongs to the phase it was made in: it compares the
 *   window with the window as it was when that phase began on the page, and
 *   it ends when the phase changes. A change that itself moves the phase
 *   (a postponement that turns "starts soon" back into a countdown, an
 *   extension that turns "taking longer" back into "in progress") is told
 *   in the phase it leads to.
 * - A start moved past the notice period does not make the banner vanish
 *   for a visitor who saw it: for the rest of the page's life it stays up
 *   as a countdown that says it was postponed, and to when.
 * - While the forum is going down for the upgrade (a host's word, the
 *   banner's `@forumState`), a window still ahead shows as under way.
 */
import { PHASE_TABLE, phaseAt, type Phase } from './phase.ts';
import type { MaintenanceWindow } from './read-settings.ts';

/** What the page showed last: the window, its phase, and since when that phase runs. */
export interface Told {
  readonly window: MaintenanceWindow;
  readonly phase: Phase;
  /** The window as it was when `phase` began on the page: what changes are told against. */
  readonly since: MaintenanceWindow;
}

/** What to show now. */
export interface Telling {
  readonly phase: Phase | null;
  /** The window to tell changes against; the current one when there is nothing to tell. */
  readonly since: MaintenanceWindow | null;
}

/** The host's word on the forum itself: `going-down` while it stops for the upgrade. */
export type ForumState = 'going-down' | undefined;

const sameWindow = (a: MaintenanceWindow, b: MaintenanceWindow): boolean =>
  a.startsAt === b.startsAt && a.endsAt === b.endsAt && a.status === b.status;

/** The phase to show for `window` at `now`, and what a change note compares with. */
export function tell(
  told: Told | null,
  window: MaintenanceWindow | null,
  now: number,
  forum?: ForumState,
): Telling {
  if (window === null) return { phase: null, since: null };
  let phase = phaseAt(window, now);
  // Moved past the notice period: still told, as a countdown to the new start.
  if (
    phase === null &&
    told !== null &&
    PHASE_TABLE[told.phase].tellsChanges &&
    window.status === 'scheduled' &&
    now < window.startsAt &&
    window.startsAt > told.since.startsAt
  ) {
    phase = 'upcoming';
  }
  if (forum === 'going-down' && phase !== null && PHASE_TABLE[phase].countsDown)
    phase = 'in-progress';
  if (told === null || phase === null) return { phase, since: window };
  if (phase === told.phase) return { phase, since: told.since };
  // A new phase: brought by the clock (nothing to tell), or by the change.
  return {
    phase,
    since: sameWindow(told.window, window) ? window : told.window,
  };
}

/** Which change to tell, when the window moved since `since`. */
export function changeOf(
  since: MaintenanceWindow | null,
  current: MaintenanceWindow,
): 'postponed' | 'advanced' | 'extended' | 'lengthUnknown' | null {
  if (since === null) return null;
  if (current.startsAt > since.startsAt) return 'postponed';
  if (current.startsAt < since.startsAt) return 'advanced';
  if (since.endsAt === null) return null;
  if (current.endsAt === null) return 'lengthUnknown';
  return current.endsAt > since.endsAt ? 'extended' : null;
}
