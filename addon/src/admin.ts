/**
 * The admin side, loaded only where admins work:
 *
 * ```ts
 * const { MaintenanceSettingsForm, ThemeSettingsAdapter } = await import(
 *   'ember-maintenance-banner/admin'
 * );
 * ```
 *
 * Two adapters save to Discourse: `ThemeSettingsAdapter` the settings of the
 * theme component (`PUT /admin/themes/{id}/setting`), and
 * `DiscourseSettingsAdapter` site settings (`PUT /admin/site_settings/{key}`),
 * which only a Discourse plugin defining `maintenance_banner_*` site
 * settings, or the demo forum, answers.
 *
 * Nothing here is imported by `ember-maintenance-banner` (the banner), so the
 * form never lands in a visitor's bundle. Its look is
 * `ember-maintenance-banner/admin.css`; its code is in `admin/`.
 */
export { default as MaintenanceSettingsForm } from './admin/settings-form.gts';
export type { MaintenanceSettingsFormSignature } from './admin/settings-form-signature.ts';
export {
  readExtra,
  type ExtraDescriptor,
  type ExtraReading,
  type ExtraSetting,
  type ExtraSettingState,
  type ExtraSettingText,
  type ExtraUrlDescriptor,
} from './admin/extra-settings.ts';
export {
  registerAdminTranslation,
  type AdminTranslation,
} from './admin/translations.ts';
export {
  en as adminMessages,
  type AdminMessageKey,
  type AdminMessageOverrides,
  type AdminMessages,
} from './admin/messages.ts';
export {
  default as DiscourseSettingsAdapter,
  type DiscourseSettingsAdapterOptions,
} from './adapters/discourse-settings-adapter.ts';
export {
  default as ThemeSettingsAdapter,
  themeIdFromPrefix,
  type ThemeSettingsAdapterOptions,
} from './adapters/theme-settings-adapter.ts';
export type {
  SaveFailure,
  SaveFailureReason,
  SaveOptions,
  SaveResult,
  SettingConflict,
  SettingName,
  SettingValue,
  SettingsAdapter,
  SettingsChanges,
  SettingsVersion,
} from './adapters/settings-adapter.ts';
