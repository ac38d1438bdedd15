/**
 * Window + now → phase, and → the next instant the phase changes.
 *
 * The rules are the contract's table (S = start, E = S + duration):
 *
 * | phase         | when                                                        |
 * |---------------|-------------------------------------------------------------|
 * | `upcoming`    | scheduled, S − notice ≤ now < S − imminent                  |
 * | `imminent`    | scheduled, S − imminent ≤ now < S                           |
 * | `in-progress` | status in_progress (any time); scheduled and S ≤ now < E;   |
 * |               | scheduled, duration unknown, now ≥ S                        |
 * | `overrun`     | scheduled, duration known, E ≤ now                          |
 * | `completed`   | completed and now < completed_at + completed_notice         |
 * | `cancelled`   | cancelled and S − notice ≤ now < S                          |
 *
 * A window the admin forgets (still scheduled or in progress) disappears
 * 24 hours after E, or after S when the duration is unknown.
 */
import type { MaintenanceWindow } from './read-settings.ts';

export const PHASES = [
  'upcoming',
  'imminent',
  'in-progress',
  'overrun',
  'completed',
  'cancelled',
] as const;
export type Phase = (typeof PHASES)[number];

/** What a phase does: every "which phases do X" question reads this table. */
export interface PhaseTraits {
  /** A countdown to the start is shown. */
  readonly countsDown: boolean;
  /** The health URL is asked whether the forum answers (it may be down). */
  readonly checksHealth: boolean;
  /**
   * The checks' code is loaded (when it loads on demand): in the window, and
   * just before it, while the forum still answers.
   */
  readonly loadsHealthChecks: boolean;
  /** A visitor may hide it (when the admin lets visitors dismiss the banner). */
  readonly dismissible: boolean;
  /** "Add to calendar" is offered: the window is still ahead. */
  readonly offersCalendar: boolean;
  /**
   * A live change of the window is told ("Postponed", "Extended"…): the
   * window is ahead or under way. A completed or cancelled one has nothing
   * left to move.
   */
  readonly tellsChanges: boolean;
  /**
   * The admin's message is shown: before and during the window. It speaks
   * of the work to come ("we will post when it starts"), so it is not
   * shown under "completed" or "cancelled".
   */
  readonly showsMessage: boolean;
  /**
   * Turning to this phase while the banner is scrolled out of view brings
   * up a compact notice that stays in view (the forum may go down).
   */
  readonly callsOutOfView: boolean;
  /**
   * The look the stylesheet gives it: the `maintenance-banner--{look}`
   * modifier and the `--maintenance-banner-{look}-*` knobs.
   */
  readonly look: Phase;
}

type Trait = Exclude<keyof PhaseTraits, 'look'>;

/** The phases that have each trait; the table is read off these lists. */
const PHASES_THAT: { readonly [T in Trait]: readonly Phase[] } = {
  countsDown: ['upcoming', 'imminent'],
  checksHealth: ['in-progress', 'overrun'],
  loadsHealthChecks: ['imminent', 'in-progress', 'overrun'],
  dismissible: PHASES,
  offersCalendar: ['upcoming', 'imminent'],
  tellsChanges: ['upcoming', 'imminent', 'in-progress', 'overrun'],
  showsMessage: ['upcoming', 'imminent', 'in-progress', 'overrun'],
  callsOutOfView: ['in-progress', 'overrun', 'cancelled'],
};

export const PHASE_TABLE = Object.fromEntries(
  PHASES.map((phase) => [
    phase,
    Object.fromEntries([
      ...Object.entries(PHASES_THAT).map(([trait, phases]) => [
        trait,
        phases.includes(phase),
      ]),
      ['look', phase],
    ]) as PhaseTraits,
  ]),
) as { readonly [P in Phase]: PhaseTraits };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How long a forgotten window lingers after its (expected) end. */
export const FORGET_AFTER_MS = 24 * HOUR;

/** When the banner first appears: S − notice_hours. */
export function noticeStartsAt(window: MaintenanceWindow): number {
  return window.startsAt - window.noticeHours * HOUR;
}

/** When the countdown turns imminent: S − imminent_minutes. */
export function imminentAt(window: MaintenanceWindow): number {
  return window.startsAt - window.imminentMinutes * MINUTE;
}

/** When a window the admin never closed disappears. */
export function forgottenAt(window: MaintenanceWindow): number {
  return (window.endsAt ?? window.startsAt) + FORGET_AFTER_MS;
}

/**
 * Until when the completed note stays up. Without a recorded completion
 * time (an admin who flips the status by hand) the forget rule bounds it.
 */
export function completedNoticeEndsAt(window: MaintenanceWindow): number {
  return window.completedAt === null
    ? forgottenAt(window)
    : window.completedAt + window.completedNoticeMinutes * MINUTE;
}

/** Is the expected length over the "long downtime" threshold? */
export function isLongWindow(window: MaintenanceWindow): boolean {
  return (
    window.durationMinutes !== null &&
    window.durationMinutes > window.longWindowMinutes
  );
}

/** The phase at `now`, or `null` when nothing should show. */
export function phaseAt(
  window: MaintenanceWindow | null,
  now: number,
): Phase | null {
  if (window === null || !Number.isFinite(now)) return null;
  const S = window.startsAt;

  switch (window.status) {
    case 'cancelled':
      return noticeStartsAt(window) <= now && now < S ? 'cancelled' : null;
    case 'completed':
      return now < completedNoticeEndsAt(window) ? 'completed' : null;
    case 'in_progress':
      return now < forgottenAt(window) ? 'in-progress' : null;
    case 'scheduled':
      if (now >= forgottenAt(window)) return null;
      if (now >= S) {
        return window.endsAt === null || now < window.endsAt
          ? 'in-progress'
          : 'overrun';
      }
      if (now >= imminentAt(window)) return 'imminent';
      if (now >= noticeStartsAt(window)) return 'upcoming';
      return null;
  }
}

/** Every instant at which some rule of the table switches. */
function boundaries(window: MaintenanceWindow): number[] {
  const instants = [
    noticeStartsAt(window),
    imminentAt(window),
    window.startsAt,
    forgottenAt(window),
    completedNoticeEndsAt(window),
  ];
  if (window.endsAt !== null) instants.push(window.endsAt);
  return instants.sort((a, b) => a - b);
}

/**
 * The first instant after `now` at which `phaseAt` gives another answer,
 * or `null` if it never will. The phase is constant on [now, result).
 */
export function nextPhaseChange(
  window: MaintenanceWindow | null,
  now: number,
): number | null {
  if (window === null || !Number.isFinite(now)) return null;
  const current = phaseAt(window, now);
  for (const instant of boundaries(window)) {
    if (instant > now && phaseAt(window, instant) !== current) return instant;
  }
  return null;
}
