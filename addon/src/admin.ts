/**
 * The admin side, loaded only where admins work:
 *
 * ```ts
 * const { MaintenanceSettingsForm, DiscourseSettingsAdapter } = await import(
 *   'ember-maintenance-banner/admin'
 * );
 * ```
 *
 * Nothing here is imported by `ember-maintenance-banner` (the banner), so the
 * form never lands in a visitor's bundle. Its look is
 * `ember-maintenance-banner/admin.css`.
 */
export {
  default as MaintenanceSettingsForm,
  type MaintenanceSettingsFormSignature,
} from './components/maintenance-settings-form.gts';
export {
  default as DiscourseSettingsAdapter,
  type DiscourseSettingsAdapterOptions,
} from './adapters/discourse-settings-adapter.ts';
export type {
  SaveFailure,
  SaveFailureReason,
  SaveResult,
  SettingValue,
  SettingsAdapter,
  SettingsChanges,
} from './adapters/settings-adapter.ts';
