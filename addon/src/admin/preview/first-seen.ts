/** When visitors first see the window: the sentence at the top of the preview. */
import {
  nextPhaseChange,
  noticeStartsAt,
  phaseAt,
  type MaintenanceWindow,
} from '../../core/index.ts';
import { formatInstant } from '../format.ts';
import type { FormText } from '../form-text.ts';

/**
 * "Visitors see it from Mon, Feb 15, 2027, 10:00 AM PST, 72 hours before
 * the start." in the announcement's zone, the one the start is typed in.
 * `null` when there is nothing to say (a switched-off banner marked in
 * progress or completed shows nothing, and the preview says it is off).
 */
export function firstSeen(
  window: MaintenanceWindow,
  now: number,
  enabled: boolean,
  text: FormText,
): string | null {
  const when = (at: number) => formatInstant(at, window.timeZone, text.locale);
  switch (window.status) {
    case 'in_progress':
      return enabled ? text.t('preview.seenNow') : null;
    case 'completed': {
      if (!enabled) return null;
      // The "completed" note's end is the next change of phase.
      const until =
        phaseAt(window, now) === 'completed'
          ? nextPhaseChange(window, now)
          : null;
      return until !== null
        ? text.t('preview.seenUntil', { when: when(until) })
        : text.t('preview.seenNever');
    }
    default: {
      const from = noticeStartsAt(window);
      const params = {
        when: when(from),
        // In the unit the admin set it in: "72 hours", not "3 days".
        lead: new Intl.NumberFormat(text.locale, {
          style: 'unit',
          unit: 'hour',
          unitDisplay: 'long',
        }).format(window.noticeHours),
      };
      if (!enabled) return text.t('preview.firstSeenOff', params);
      if (now < from) return text.t('preview.firstSeen', params);
      return phaseAt(window, now) === null
        ? text.t('preview.seenNever')
        : text.t('preview.firstSeenPast', params);
    }
  }
}
