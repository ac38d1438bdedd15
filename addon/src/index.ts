export {
  default as MaintenanceBanner,
  type MaintenanceBannerSignature,
} from './components/maintenance-banner.gts';
export {
  default as MaintenanceBannerClock,
  MAX_TIMER_DELAY,
  type ClockSubscription,
} from './services/maintenance-banner-clock.ts';
