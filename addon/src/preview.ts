/**
 * Moments inside each phase of a window, for previews and time machines:
 * the admin form's preview uses them, and so can a demo's or a theme
 * author's page that shows the banner in every phase. Framework-free and
 * small (it never brings the form along):
 *
 * ```ts
 * import { momentIn, PREVIEW_PHASES } from 'ember-maintenance-banner/preview';
 * const moment = momentIn(settings, window, 'overrun', { lengthIfUnknown: 60 });
 * if (moment.ok) clock.travelTo(moment.at); // and show `moment.overrides`
 * ```
 */
export {
  PREVIEW_PHASES,
  momentIn,
  planPreview,
  type MomentOptions,
  type PreviewChoice,
  type PreviewMoment,
  type PreviewPlan,
  type UnreachableReason,
} from './admin/preview-moments.ts';
