/**
 * A moment inside each phase of a window, for the preview's phase buttons,
 * with the status that phase needs (completed and cancelled are the admin's
 * word, not the clock's), or why the phase cannot happen with these settings.
 */
import {
  imminentAt,
  noticeStartsAt,
  parseSettings,
  phaseAt,
  toIsoInstant,
  type MaintenanceStatus,
  type MaintenanceWindow,
  type Phase,
} from '../../core/index.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const PREVIEW_PHASES: readonly { phase: Phase; label: string }[] = [
  { phase: 'upcoming', label: 'Upcoming' },
  { phase: 'imminent', label: 'Starts soon' },
  { phase: 'in-progress', label: 'In progress' },
  { phase: 'overrun', label: 'Taking longer' },
  { phase: 'completed', label: 'Completed' },
  { phase: 'cancelled', label: 'Cancelled' },
];

export type PreviewMoment =
  | {
      readonly ok: true;
      readonly at: number;
      /** Settings the preview shows instead of the form's (the status). */
      readonly overrides: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly reason: string };

function unreachable(window: MaintenanceWindow, phase: Phase): string {
  switch (phase) {
    case 'upcoming':
      return 'the announcement period is no longer than the “starts soon” one';
    case 'imminent':
      return '“starts soon” is set to 0 minutes';
    case 'overrun':
      return window.durationMinutes === null
        ? 'the length is unknown, so it cannot run over'
        : 'not with these settings';
    case 'completed':
      return '“completed” is set to stay up 0 minutes';
    default:
      return 'not with these settings';
  }
}

/** When to look, and with which status, to see `phase` of `settings`. */
export function momentIn(
  settings: Record<string, unknown>,
  window: MaintenanceWindow,
  phase: Phase,
): PreviewMoment {
  const S = window.startsAt;
  const length = (window.durationMinutes ?? 60) * MINUTE;
  const status = (value: MaintenanceStatus) => ({
    maintenance_banner_status: value,
  });
  let at: number;
  let overrides: Record<string, string> = status('scheduled');
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
    case 'overrun':
      at = (window.endsAt ?? S) + 5 * MINUTE;
      break;
    case 'completed': {
      const completedAt =
        window.status === 'completed' && window.completedAt !== null
          ? window.completedAt
          : S + length;
      at = completedAt;
      overrides = {
        ...status('completed'),
        maintenance_banner_completed_at: toIsoInstant(completedAt),
      };
      break;
    }
    case 'cancelled':
      at = Math.max(noticeStartsAt(window) + MINUTE, S - 2 * HOUR);
      overrides = status('cancelled');
      break;
  }
  // Check with the banner's own rules rather than trust the arithmetic.
  const shown = parseSettings({ ...settings, ...overrides });
  const reached =
    shown.ok && shown.window !== null && phaseAt(shown.window, at) === phase;
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
  /** Where the preview's clock goes; `null`: the real time. */
  readonly at: number | null;
  /** The status shown instead of the form's, when a phase needs it. */
  readonly overrides: Readonly<Record<string, string>>;
}

/** The form's values and the admin's choice → what the preview shows. */
export function planPreview(
  values: Readonly<Record<string, unknown>>,
  choice: PreviewChoice,
): PreviewPlan {
  // The preview shows the window as if the banner were switched on.
  const base = { ...values, maintenance_banner_enabled: true };
  const parsed = parseSettings(base);
  // Valid means every value: an invalid optional one is dropped for visitors.
  const window = parsed.ok && !parsed.dropped ? parsed.window : null;
  if (window === null) {
    return { settings: base, window: null, at: null, overrides: {} };
  }
  if (choice.kind === 'offset') {
    return {
      settings: base,
      window,
      at: window.startsAt + choice.minutes * MINUTE,
      overrides: {},
    };
  }
  if (choice.kind === 'phase') {
    const moment = momentIn(base, window, choice.phase);
    if (moment.ok) {
      const settings = { ...base, ...moment.overrides };
      const shown = parseSettings(settings);
      return {
        settings,
        window: shown.ok ? shown.window : window,
        at: moment.at,
        overrides: moment.overrides,
      };
    }
  }
  return { settings: base, window, at: null, overrides: {} };
}
