/**
 * Parts of the core that are not its public API (ember-maintenance-banner/core)
 * but have unit tests of their own, read from the addon's source. Like the
 * public core, they run in Node and in Chromium alike.
 */
export {
  FORGET_AFTER_MS,
  completedNoticeEndsAt,
  forgottenAt,
  isLongWindow,
} from '../../../addon/src/core/phase.ts';
export { formatDurationFallback } from '../../../addon/src/core/format.ts';
export {
  format,
  interpolate,
  segmentsToText,
} from '../../../addon/src/core/messages.ts';
export {
  UNKNOWN_LENGTH_MINUTES,
  escapeText,
  foldLine,
} from '../../../addon/src/core/calendar.ts';
export {
  HEALTH_POLICY,
  isHealthy,
  nextHealthState,
} from '../../../addon/src/core/health.ts';
export { nextCountdownChange } from '../../../addon/src/core/text.ts';
export { changeOf, tell } from '../../../addon/src/core/story.ts';
export {
  directionOf,
  englishFallback,
  englishIn,
  languageOf,
} from '../../../addon/src/core/locale.ts';
