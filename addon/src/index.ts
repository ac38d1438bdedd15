export {
  default as MaintenanceBanner,
  type MaintenanceBannerSignature,
  type MaintenanceBannerState,
} from './banner/maintenance-banner.gts';
export {
  default as MaintenanceBannerSentence,
  type MaintenanceBannerSentenceSignature,
} from './banner/maintenance-banner-sentence.gts';
export {
  default as MaintenanceBannerClock,
  MAX_TIMER_DELAY,
  type ClockSubscription,
} from './services/maintenance-banner-clock.ts';
export { registerTranslation } from './core/messages.ts';
