/**
 * A moment inside each phase of a window, with the status that phase needs
 * (completed and cancelled are the admin's word, not the clock's), or why
 * the phase cannot happen with these settings. The admin form's preview
 * and any other time machine (the demo's preview panel) use these, through
 * `ember-maintenance-banner/preview`. Framework-free.
 */
import {
  PHASES,
  imminentAt,
  noticeStartsAt,
  phaseAt,
  readSettings,
  toIsoInstant,
  type MaintenanceWindow,
  type Phase,
} from '../core/index.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The phases a preview offers, in the order they happen. */
export const PREVIEW_PHASES: readonly Phase[] = PHASES;

/** Why a phase cannot be shown with these settings. */
export type UnreachableReason =
  /** The announcement period is no longer than the "starts soon" one. */
  | 'short-notice'
  /** "Starts soon" is set to 0 minutes. */
  | 'no-imminent'
  /** The length is unknown, so it cannot run over. */
  | 'unknown-length'
  /** "Completed" is set to stay up 0 minutes. */
  | 'no-completed-notice'
  | 'unreachable';

export type PreviewMoment =
  | {
      readonly ok: true;
      readonly at: number;
      /** Settings the preview shows instead of the given ones (the status, a length). */
      readonly overrides: Readonly<Record<string, string | number>>;
    }
  | { readonly ok: false; readonly reason: UnreachableReason };

export interface MomentOptions {
  /**
   * A length in minutes to assume when the settings leave it unknown, so
   * that "taking longer" can be shown too (it is then part of the
   * overrides). Without it, that phase is unreachable, as it is for
   * visitors.
   */
  readonly lengthIfUnknown?: number;
}

function unreachable(
  window: MaintenanceWindow,
  phase: Phase,
): UnreachableReason {
  switch (phase) {
    case 'upcoming':
      return 'short-notice';
    case 'imminent':
      return 'no-imminent';
    case 'overrun':
      return window.durationMinutes === null ? 'unknown-length' : 'unreachable';
    case 'completed':
      return 'no-completed-notice';
    default:
      return 'unreachable';
  }
}

/** When to look, and with which settings, to see `phase` of `window` (read from `settings`). */
export function momentIn(
  settings: Readonly<Record<string, unknown>>,
  window: MaintenanceWindow,
  phase: Phase,
  { lengthIfUnknown }: MomentOptions = {},
): PreviewMoment {
  const S = window.startsAt;
  const length = (window.durationMinutes ?? 60) * MINUTE;
  let at: number;
  let overrides: Record<string, string | number> = {
    maintenance_banner_status: 'scheduled',
  };
  switch (phase) {
    case 'upcoming':
      at = Math.max(
        noticeStartsAt(window) + MINUTE,
        imminentAt(window) - 2 * HOUR,
      );
      break;
    case 'imminent':
      at = S - Math.min(window.imminentMinutes, 15) * MINUTE;
      break;
    case 'in-progress':
      at = S + Math.min(MINUTE, length / 2);
      if (window.status === 'in_progress') overrides = {};
      break;
    case 'overrun': {
      const minutes = window.durationMinutes ?? lengthIfUnknown;
      at = S + ((minutes ?? 0) + 5) * MINUTE;
      if (window.durationMinutes === null && minutes !== undefined) {
        overrides.maintenance_banner_duration_minutes = minutes;
      }
      break;
    }
    case 'completed': {
      const completedAt =
        window.status === 'completed' && window.completedAt !== null
          ? window.completedAt
          : S + length;
      at = completedAt;
      overrides = {
        maintenance_banner_status: 'completed',
        maintenance_banner_completed_at: toIsoInstant(completedAt),
      };
      break;
    }
    case 'cancelled':
      at = Math.max(noticeStartsAt(window) + MINUTE, S - 2 * HOUR);
      overrides = { maintenance_banner_status: 'cancelled' };
      break;
  }
  // Check with the banner's own rules rather than trust the arithmetic.
  const shown = readSettings({ ...settings, ...overrides }).window;
  const reached = shown !== null && phaseAt(shown, at) === phase;
  return reached
    ? { ok: true, at, overrides }
    : { ok: false, reason: unreachable(window, phase) };
}

/** What the admin asked the preview to show. */
export type PreviewChoice =
  | { readonly kind: 'now' }
  | { readonly kind: 'phase'; readonly phase: Phase }
  /** Minutes from the start (negative: before it), from the slider. */
  | { readonly kind: 'offset'; readonly minutes: number };

export interface PreviewPlan {
  /** The settings the preview banner gets: switched on, with the phase's status. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The window those settings describe; `null` while they are invalid. */
  readonly window: MaintenanceWindow | null;
  /** The window of the given settings as they are (switched on), before any phase's status. */
  readonly baseWindow: MaintenanceWindow | null;
  /** Where the preview's clock goes; `null`: the real time. */
  readonly at: number | null;
  /** The status shown instead of the form's, when a phase needs it. */
  readonly overrides: Readonly<Record<string, string | number>>;
}

/** The form's values and the admin's choice → what the preview shows. */
export function planPreview(
  values: Readonly<Record<string, unknown>>,
  choice: PreviewChoice,
): PreviewPlan {
  // The preview shows the window as if the banner were switched on.
  const base = { ...values, maintenance_banner_enabled: true };
  // An invalid optional value is left out, as visitors would see it (the
  // form shows the last valid one instead, and marks the field).
  const { window } = readSettings(base);
  const plan = {
    settings: base,
    window,
    baseWindow: window,
    at: null,
    overrides: {},
  };
  if (window === null) return plan;
  if (choice.kind === 'offset') {
    return { ...plan, at: window.startsAt + choice.minutes * MINUTE };
  }
  if (choice.kind === 'phase') {
    const moment = momentIn(base, window, choice.phase);
    if (moment.ok) {
      const settings = { ...base, ...moment.overrides };
      return {
        ...plan,
        settings,
        window: readSettings(settings).window ?? window,
        at: moment.at,
        overrides: moment.overrides,
      };
    }
  }
  return plan;
}
