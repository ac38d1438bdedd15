/**
 * The framework-free core: settings → window → phase → countdown → text.
 *
 * No Ember import anywhere below this folder: a server validates settings
 * with the very code the admin form and the banner use.
 */

// One descriptor per setting, and everything derived from it.
export {
  DEFAULT_SETTINGS,
  SETTINGS,
  SETTING_KEYS,
  STATUSES,
  defaultsOf,
  type Descriptor,
  type MaintenanceSettings,
  type MaintenanceStatus,
  type OnInvalid,
  type Schema,
  type SettingKey,
  type SettingType,
  type SettingValue,
} from './schema.ts';
export {
  CODECS,
  codecOf,
  coerceSetting,
  writeSetting,
  type Codec,
  type ProblemParams,
  type Reading,
  type SettingErrorCode,
} from './codecs.ts';
export {
  readSettings,
  settingProblems,
  type MaintenanceWindow,
  type SettingProblem,
  type SettingsReading,
} from './read-settings.ts';
export {
  parseSettings,
  toSettingError,
  validateSettings,
  type ParseResult,
  type SettingError,
} from './settings.ts';
export { describe, type Sentences } from './sentences/index.ts';
export {
  registerSettingTexts,
  type SettingTextsTranslation,
} from './setting-texts/register.ts';
export {
  choiceTexts,
  fillLimits,
  settingHelp,
  settingLabel,
  settingText,
  type ChoiceText,
  type SettingText,
  type SettingTexts,
} from './setting-texts/index.ts';
export {
  SHIPPED_LOCALES,
  shippedLocale,
  type ShippedLocale,
} from './locale.ts';
export {
  discourseType,
  discourseTypeOf,
  type DiscourseSettingType,
} from './discourse-types.ts';

// Window → phase → countdown → text.
export { readInstant, toIsoInstant, type InstantReading } from './instant.ts';
export {
  PHASES,
  PHASE_TABLE,
  imminentAt,
  nextPhaseChange,
  noticeStartsAt,
  phaseAt,
  type Phase,
  type PhaseTraits,
} from './phase.ts';
export {
  countdown,
  type Countdown,
  type CountdownParts,
  type Granularity,
} from './countdown.ts';
export {
  formatDateTime,
  formatDuration,
  formatMinutes,
  zoneName,
  type Locale,
} from './format.ts';
export {
  en,
  registerTranslation,
  resolveMessages,
  type MessageKey,
  type Messages,
  type Segment,
  type Slot,
} from './messages.ts';
export {
  bannerText,
  countdownText,
  describeInstant,
  nextTextChange,
  phaseText,
  type BannerText,
  type CountdownReading,
  type CountdownSlot,
  type CountdownText,
  type PhaseText,
  type TextOptions,
} from './text.ts';
export { calendarFile, type CalendarText } from './calendar.ts';
export { healthDelay, type HealthPolicy, type HealthState } from './health.ts';

// Zones and wall times (the admin form's start entry, servers).
export { canonicalTimeZone, localTimeZone, zoneOffsetAt } from './zone.ts';
export {
  formatOffset,
  formatWallDate,
  formatWallTime,
  parseWallTime,
  resolveWallTime,
  timeZoneNames,
  toZonedIso,
  wallTimeAt,
  type ResolveOptions,
  type WallTime,
  type ZoneTransition,
  type ZonedCandidate,
  type ZonedTime,
} from './zoned-time.ts';
