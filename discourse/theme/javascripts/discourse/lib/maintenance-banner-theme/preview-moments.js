/**
 * For the staff preview: for each phase, a moment of the window that shows
 * it and the settings to show it with, or `null` when these settings never
 * show that phase (overrun with an unknown length, imminent at 0 minutes, …).
 * Each moment is checked with the core's own phaseAt(), so the preview
 * shows exactly what visitors would see then.
 */
import {
  imminentAt,
  noticeStartsAt,
  phaseAt,
  PHASES,
} from "../maintenance-banner/core/phase";
import { readSettings } from "../maintenance-banner/core/read-settings";

const HOUR = 3_600_000;

/** What every preview changes: shown even while switched off, and no health checks. */
const PREVIEW_BASE = {
  maintenance_banner_enabled: true,
  maintenance_banner_health_url: "",
};

function candidates(window) {
  const start = window.startsAt;
  const end = window.endsAt;
  const shown = noticeStartsAt(window);
  const soon = imminentAt(window);
  return {
    upcoming: { status: "scheduled", at: Math.max(shown, soon - HOUR) },
    imminent: { status: "scheduled", at: soon },
    "in-progress": { status: "scheduled", at: start },
    overrun: end === null ? null : { status: "scheduled", at: end },
    completed: {
      status: "completed",
      at: end ?? start,
      completedAt: end ?? start,
    },
    cancelled: { status: "cancelled", at: Math.max(shown, start - HOUR) },
  };
}

/**
 * `{ [phase]: { at, settings } | null }` for the banner's settings, or
 * `null` when no window can be computed from them.
 */
export function previewMoments(bannerSettings) {
  const window = readSettings({ ...bannerSettings, ...PREVIEW_BASE }).window;
  if (window === null) {
    return null;
  }
  const all = candidates(window);
  const moments = {};
  for (const phase of PHASES) {
    const moment = all[phase];
    const completedAt = moment?.completedAt ?? window.completedAt;
    const shown =
      moment &&
      phaseAt({ ...window, status: moment.status, completedAt }, moment.at) ===
        phase;
    moments[phase] = shown
      ? {
          at: moment.at,
          settings: {
            ...bannerSettings,
            ...PREVIEW_BASE,
            maintenance_banner_status: moment.status,
            maintenance_banner_completed_at:
              completedAt === null ? "" : new Date(completedAt).toISOString(),
          },
        }
      : null;
  }
  return moments;
}
