/**
 * The framework-free core: settings → window → phase → countdown → text.
 *
 * No Ember import anywhere below this folder: a server validates settings
 * with the very code the admin form and the banner use.
 */
export {
  DEFAULT_SETTINGS,
  SETTINGS,
  SETTING_KEYS,
  STATUSES,
  parseSettings,
  validateSettings,
  type MaintenanceSettings,
  type MaintenanceStatus,
  type MaintenanceWindow,
  type ParseResult,
  type SettingError,
  type SettingErrorCode,
  type SettingKey,
} from './settings.ts';
export { readInstant, toIsoInstant, type InstantReading } from './instant.ts';
export {
  FORGET_AFTER_MS,
  PHASES,
  completedNoticeEndsAt,
  forgottenAt,
  imminentAt,
  isLongWindow,
  nextPhaseChange,
  noticeStartsAt,
  phaseAt,
  type Phase,
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
  formatDurationFallback,
  formatMinutes,
  localTimeZone,
  offsetMinutesAt,
  zoneName,
  type Locale,
} from './format.ts';
export {
  TRANSLATIONS,
  en,
  format,
  interpolate,
  messagesFor,
  resolveMessages,
  segmentsToText,
  type MessageKey,
  type Messages,
  type Segment,
  type Slot,
} from './messages.ts';
export { zh_CN } from './locales/zh-CN.ts';
export {
  UNKNOWN_LENGTH_MINUTES,
  calendarEnd,
  calendarFile,
  escapeText,
  foldLine,
  type CalendarText,
} from './calendar.ts';
export {
  HEALTH_POLICY,
  healthDelay,
  isHealthy,
  nextHealthState,
  type HealthPolicy,
  type HealthState,
} from './health.ts';
export {
  bannerText,
  countdownText,
  describeInstant,
  nextCountdownChange,
  nextTextChange,
  phaseText,
  type BannerText,
  type CountdownReading,
  type CountdownSlot,
  type CountdownText,
  type PhaseText,
  type TextOptions,
} from './text.ts';
export {
  canonicalTimeZone,
  formatOffset,
  formatWallDate,
  formatWallTime,
  parseWallTime,
  resolveWallTime,
  timeZoneNames,
  toZonedIso,
  wallTimeAt,
  zoneOffsetAt,
  type ResolveOptions,
  type WallTime,
  type ZoneTransition,
  type ZonedCandidate,
  type ZonedTime,
} from './zoned-time.ts';
