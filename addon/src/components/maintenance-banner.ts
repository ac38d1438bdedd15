/**
 * `<MaintenanceBanner>` where a classic app's resolver looks for it (the
 * addon's app tree re-exports this module); the component lives in banner/.
 */
export { default } from '../banner/maintenance-banner.gts';
