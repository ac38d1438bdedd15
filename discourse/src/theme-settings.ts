/**
 * The theme component's settings: the core's schema plus the settings only
 * the theme has, each with its texts in English and Simplified Chinese.
 * settings.yml and the settings' descriptions in locales/*.yml derive from
 * these and from the core (discourseType, SETTING_TEXTS, fillLimits), so a
 * setting added to the core reaches the settings page with no change here.
 *
 * Theme settings validate only type, min/max (numbers and string length)
 * and enum choices when saved (Discourse's ThemeSettingsValidator); formats
 * are checked at run time by the theme's glue, which tells staff what to fix.
 */
import type { ShippedLocale } from '../../addon/src/core/locale.ts';
import {
  SETTINGS,
  type Schema,
  type SettingKey,
} from '../../addon/src/core/schema.ts';

/**
 * Settings only the theme has, as descriptors of the core's kind (their
 * Discourse types come from the same `discourseType`):
 *
 * - start_date + start_time, read in maintenance_banner_time_zone, are the
 *   plain way to set the start; when both are set they win over
 *   maintenance_banner_starts_at (read-settings.js turns them into it).
 * - start_repeated picks which of the two instants a wall time means when
 *   clocks go back over it (as the admin form's radio buttons do).
 * - outlet is where the banner goes (api.renderInOutlet).
 */
export const THEME_SETTINGS = {
  maintenance_banner_start_date: {
    type: 'text',
    default: '',
    maxLength: 10,
    multiline: false,
    onInvalid: 'hide',
  },
  maintenance_banner_start_time: {
    type: 'text',
    default: '',
    maxLength: 5,
    multiline: false,
    onInvalid: 'hide',
  },
  maintenance_banner_start_repeated: {
    type: 'enum',
    default: 'earlier',
    choices: ['earlier', 'later'],
    onInvalid: 'drop',
  },
  maintenance_banner_outlet: {
    type: 'enum',
    default: 'below-site-header',
    choices: ['below-site-header', 'above-main-container'],
    onInvalid: 'drop',
  },
} as const satisfies Schema;

export type ThemeSettingKey = keyof typeof THEME_SETTINGS;

/** Every setting of the theme: the core's, then the theme's own. */
export const THEME_SCHEMA: Schema = { ...SETTINGS, ...THEME_SETTINGS };

/**
 * The order of the settings page: what an admin sets for every window
 * first, the ISO instant and the thresholds after. A setting not listed
 * (one the core added since) follows at the end.
 */
export const SETTINGS_ORDER: readonly string[] = [
  'maintenance_banner_enabled',
  'maintenance_banner_start_date',
  'maintenance_banner_start_time',
  'maintenance_banner_time_zone',
  'maintenance_banner_duration_minutes',
  'maintenance_banner_status',
  'maintenance_banner_message',
  'maintenance_banner_channel_name',
  'maintenance_banner_channel_url',
  'maintenance_banner_completed_at',
  'maintenance_banner_start_repeated',
  'maintenance_banner_starts_at',
  'maintenance_banner_notice_hours',
  'maintenance_banner_imminent_minutes',
  'maintenance_banner_long_window_minutes',
  'maintenance_banner_completed_notice_minutes',
  'maintenance_banner_dismissible',
  'maintenance_banner_health_url',
  'maintenance_banner_outlet',
];

/**
 * Settings declared `refresh: true`: saving one makes Discourse call
 * `Discourse.request_refresh!` (app/models/theme.rb, `update_setting` and
 * the `after_save` hook), which publishes "clobber" on the MessageBus
 * channel /global/asset-version to every open page. The glue shows
 * "reload" when it arrives. Everything that moves the window or changes
 * what the banner says is here; thresholds, looks and the outlet are not
 * (each refresh makes every open page reload on its next click).
 */
export const REFRESH_SETTINGS: ReadonlySet<string> = new Set([
  'maintenance_banner_enabled',
  'maintenance_banner_start_date',
  'maintenance_banner_start_time',
  'maintenance_banner_start_repeated',
  'maintenance_banner_starts_at',
  'maintenance_banner_time_zone',
  'maintenance_banner_duration_minutes',
  'maintenance_banner_status',
  'maintenance_banner_completed_at',
  'maintenance_banner_message',
]);

export interface ThemeSettingTexts {
  /** The component's description (theme_metadata.description). */
  readonly description: string;
  /** What the settings page says about each theme-only setting. */
  readonly settings: Readonly<Record<ThemeSettingKey, string>>;
  /**
   * What the settings page adds to the core's help of a setting, where
   * the theme differs from the addon's form (the plain start, the staff
   * notice, the reload on open pages).
   */
  readonly onDiscourse: Readonly<Partial<Record<SettingKey, string>>>;
}

export const THEME_SETTING_TEXTS: Readonly<
  Record<ShippedLocale, ThemeSettingTexts>
> = {
  en: {
    description:
      'A maintenance announcement for the whole forum: a live countdown in every visitor’s own time zone, then “maintenance in progress”, “taking longer than planned” and “completed”, switching by itself without a reload. Set the window on this component’s settings (a date, a time and a time zone); staff see what to fix when a value is wrong, and can preview every phase. Change any text in this component’s Theme translations, below.',
    settings: {
      maintenance_banner_start_date:
        'The day the maintenance starts, as YYYY-MM-DD (for example 2027-02-18), read in the time zone below. Set it together with the start time.',
      maintenance_banner_start_time:
        'The time of day it starts, 24-hour HH:MM (for example 10:00), as clocks in the time zone below show it. With the start date, this wins over maintenance_banner_starts_at below.',
      maintenance_banner_start_repeated:
        'Only matters on the night clocks go back, when the start time happens twice: earlier uses the first of the two (still summer time), later the second. Staff see a note when this applies.',
      maintenance_banner_outlet:
        'Where the banner sits: below-site-header spans the whole width under the header; above-main-container sits above the page content, beside the sidebar. Takes effect on the next page load.',
    },
    onDiscourse: {
      maintenance_banner_enabled: 'Staff can still preview it.',
      maintenance_banner_starts_at:
        'Advanced: leave it empty when you use maintenance_banner_start_date and maintenance_banner_start_time; when those are set they win, and staff see a note when the two differ.',
      maintenance_banner_time_zone: 'The start date and time are read in it.',
      maintenance_banner_status:
        'Open pages are told to reload when you change it.',
      maintenance_banner_message:
        'A value with HTML is saved but left out of the banner, and staff are told why.',
      maintenance_banner_channel_url:
        'An invalid link is left out, never the banner.',
    },
  },
  zh_CN: {
    description:
      '面向整个论坛的维护公告：以每位访客自己的时区实时倒计时，随后自动切换为“正在维护”“维护时间比计划的长”和“维护已完成”，无需刷新页面。在此组件的设置中填写日期、时间和时区即可设定维护时间；设置有误时工作人员会看到该怎么改，还可以预览每个阶段。任何文字都可在下方此组件的“主题翻译”中修改。',
    settings: {
      maintenance_banner_start_date:
        '维护开始的日期，格式为 YYYY-MM-DD（例如 2027-02-18），按下方的时区理解。请与开始时间一起填写。',
      maintenance_banner_start_time:
        '维护开始的时刻，24 小时制 HH:MM（例如 10:00），即下方时区的钟表所显示的时间。与开始日期一起填写时，优先于下方的 maintenance_banner_starts_at。',
      maintenance_banner_start_repeated:
        '只在时钟回拨的那一夜有用，此时开始时间会出现两次：earlier 取第一次（仍为夏令时），later 取第二次。遇到这种情况时工作人员会看到提示。',
      maintenance_banner_outlet:
        '横幅的位置：below-site-header 在页头下方占满整个宽度；above-main-container 在页面内容上方、侧边栏旁边。下次加载页面时生效。',
    },
    onDiscourse: {
      maintenance_banner_enabled: '工作人员仍可预览。',
      maintenance_banner_starts_at:
        '高级选项：使用 maintenance_banner_start_date 和 maintenance_banner_start_time 时请留空；两者都填写时以日期和时间为准，若二者不一致，工作人员会看到提示。',
      maintenance_banner_time_zone: '开始日期和时间按此时区理解。',
      maintenance_banner_status: '更改后，已打开的页面会收到重新加载的提示。',
      maintenance_banner_message:
        '含 HTML 的内容可以保存，但不会显示在横幅中，并会告知工作人员原因。',
      maintenance_banner_channel_url: '无效的链接会被略去，横幅照常显示。',
    },
  },
};
