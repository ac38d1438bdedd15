/**
 * What the theme's settings page says about each setting, in English and
 * Simplified Chinese. `{min}`, `{max}` and `{default}` are filled in from
 * the core's SETTINGS table (or THEME_SETTINGS), so a changed limit never
 * leaves a stale text. The build stops when a setting has no description.
 */
import type { SettingKey } from '../../addon/src/core/index.ts';

/**
 * Settings only the theme component has, beside the core's keys. Theme
 * settings validate only type, min/max (numbers and string length) and enum
 * choices when saved (Discourse's ThemeSettingsValidator); formats are
 * checked at run time by the theme's glue, which tells staff what to fix.
 *
 * - start_date + start_time, read in maintenance_banner_time_zone, are the
 *   plain way to set the start; when both are set they win over
 *   maintenance_banner_starts_at.
 * - start_repeated picks which of the two instants a wall time means when
 *   clocks go back over it (as the admin form's radio buttons do).
 */
export const THEME_SETTINGS = {
  maintenance_banner_start_date: { type: 'string', default: '', max: 10 },
  maintenance_banner_start_time: { type: 'string', default: '', max: 5 },
  maintenance_banner_start_repeated: {
    type: 'enum',
    default: 'earlier',
    choices: ['earlier', 'later'],
  },
  maintenance_banner_outlet: {
    type: 'enum',
    default: 'below-site-header',
    choices: ['below-site-header', 'above-main-container'],
  },
} as const;

export type ThemeSettingKey = keyof typeof THEME_SETTINGS;
export type AnySettingKey = SettingKey | ThemeSettingKey;

/**
 * The order of the settings page: what an admin sets for every window
 * first, the ISO instant and the thresholds after.
 */
export const SETTINGS_ORDER: readonly AnySettingKey[] = [
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
export const REFRESH_SETTINGS: ReadonlySet<AnySettingKey> = new Set([
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

export interface Texts {
  readonly description: string;
  readonly settings: Readonly<Record<AnySettingKey, string>>;
}

export const en: Texts = {
  description:
    'A maintenance announcement for the whole forum: a live countdown in every visitor’s own time zone, then “maintenance in progress”, “taking longer than planned” and “completed”, switching by itself without a reload. Set the window on this component’s settings (a date, a time and a time zone); staff see what to fix when a value is wrong, and can preview every phase. Change any text in this component’s Theme translations, below.',
  settings: {
    maintenance_banner_enabled:
      'Show the banner. Nothing appears to visitors while this is off, whatever the other settings say; staff can still preview it.',
    maintenance_banner_start_date:
      'The day the maintenance starts, as YYYY-MM-DD (for example 2027-02-18), read in the time zone below. Set it together with the start time.',
    maintenance_banner_start_time:
      'The time of day it starts, 24-hour HH:MM (for example 10:00), as clocks in the time zone below show it. With the start date, this wins over maintenance_banner_starts_at below.',
    maintenance_banner_time_zone:
      'The announcement’s own time zone, an IANA name such as America/Los_Angeles, Europe/Berlin or UTC. The start date and time are read in it, and visitors see the start in it and in their own zone.',
    maintenance_banner_duration_minutes:
      'Expected length in minutes ({min}–{max}). Use 0 when you cannot tell: the banner then says “we are not sure how long it will take” and stays “in progress” until you change the status.',
    maintenance_banner_status:
      'Your word on the window. scheduled: the banner follows the clock (countdown, in progress at the start, “taking longer” after the expected end). in_progress: shows “in progress” now. completed: shows “completed” for the time set below, counted from “completed at”. cancelled: shows “cancelled” until the planned start. Open pages are told to reload when you change it.',
    maintenance_banner_message:
      'An optional sentence of your own, shown under the banner’s text (plain text, up to {max} characters). HTML is never rendered: a value with HTML is left out and staff are told why.',
    maintenance_banner_channel_name:
      'Where updates are posted, as visitors should read it, for example #announcements or the status page (up to {max} characters).',
    maintenance_banner_channel_url:
      'Link to that channel: an https: address (or a slack: deep link). Leave empty to name the channel without a link; an invalid link is left out, never the banner.',
    maintenance_banner_completed_at:
      'Optional: when the work finished, as an ISO 8601 date and time with its offset (for example 2027-02-18T11:42:00-08:00). With status completed, the “completed” note stays up from then for the time set below; leave empty to keep it until 24 hours after the window.',
    maintenance_banner_start_repeated:
      'Only matters on the night clocks go back, when the start time happens twice: earlier uses the first of the two (still summer time), later the second. Staff see a note when this applies.',
    maintenance_banner_starts_at:
      'Advanced, instead of the start date and time: an ISO 8601 instant with its offset, for example 2027-02-18T10:00:00-08:00 (10:00 Pacific) or 2027-02-18T18:00:00Z. Leave it empty when you use the start date and time; if both are set, the date and time win and staff see a note when the two differ.',
    maintenance_banner_notice_hours:
      'How many hours before the start the banner appears ({min}–{max}, default {default}).',
    maintenance_banner_imminent_minutes:
      'In the last this many minutes before the start the banner looks more urgent and counts down to the second ({min}–{max}, default {default}; 0 turns this off).',
    maintenance_banner_long_window_minutes:
      'From this expected length on, in minutes, the banner adds “this may take a while: follow the channel for updates” ({min}–{max}, default {default}).',
    maintenance_banner_completed_notice_minutes:
      'How many minutes the “completed” note stays up ({min}–{max}, default {default}).',
    maintenance_banner_dismissible:
      'Let visitors close the banner. A closed countdown still comes back as “in progress” when the work starts, and any change you make to the window shows it again.',
    maintenance_banner_health_url:
      'A path on this site or an https: address that answers while the forum is up (Discourse answers “ok” at /srv/status). Leave empty if there is none.',
    maintenance_banner_outlet:
      'Where the banner sits: below-site-header spans the whole width under the header; above-main-container sits above the page content, beside the sidebar. Takes effect on the next page load.',
  },
};

export const zh_CN: Texts = {
  description:
    '面向整个论坛的维护公告：以每位访客自己的时区实时倒计时，随后自动切换为“正在维护”“维护时间比计划的长”和“维护已完成”，无需刷新页面。在此组件的设置中填写日期、时间和时区即可设定维护时间；设置有误时工作人员会看到该怎么改，还可以预览每个阶段。任何文字都可在下方此组件的“主题翻译”中修改。',
  settings: {
    maintenance_banner_enabled:
      '显示横幅。关闭时访客看不到任何内容，无论其他设置如何；工作人员仍可预览。',
    maintenance_banner_start_date:
      '维护开始的日期，格式为 YYYY-MM-DD（例如 2027-02-18），按下方的时区理解。请与开始时间一起填写。',
    maintenance_banner_start_time:
      '维护开始的时刻，24 小时制 HH:MM（例如 10:00），即下方时区的钟表所显示的时间。与开始日期一起填写时，优先于下方的 maintenance_banner_starts_at。',
    maintenance_banner_time_zone:
      '公告本身的时区，使用 IANA 名称，例如 Asia/Shanghai、America/Los_Angeles 或 UTC。开始日期和时间按此时区理解，访客会同时看到此时区和自己时区的开始时间。',
    maintenance_banner_duration_minutes:
      '预计时长，以分钟计（{min}–{max}）。无法确定时填 0：横幅会显示“我们不确定需要多长时间”，并一直显示“正在维护”，直到你更改状态。',
    maintenance_banner_status:
      '你对本次维护的说明。scheduled：横幅按时间自动变化（倒计时，开始时显示“正在维护”，超过预计结束时间后显示“比计划的长”）。in_progress：立即显示“正在维护”。completed：从“完成时间”起，在下方设定的时长内显示“已完成”。cancelled：在原定开始时间之前显示“已取消”。更改后，已打开的页面会收到重新加载的提示。',
    maintenance_banner_message:
      '可选的补充说明，显示在横幅文字下方（纯文本，最多 {max} 个字符）。HTML 永远不会被渲染：含 HTML 的内容会被略去，并告知工作人员原因。',
    maintenance_banner_channel_name:
      '发布最新消息的地方，按访客应看到的样子填写，例如 #announcements 或状态页面（最多 {max} 个字符）。',
    maintenance_banner_channel_url:
      '该频道的链接：https: 地址（或 slack: 深层链接）。留空则只显示频道名称，不带链接；无效的链接会被略去，横幅照常显示。',
    maintenance_banner_completed_at:
      '可选：维护完成的时间，带时区偏移的 ISO 8601 日期时间（例如 2027-02-18T11:42:00-08:00）。状态为 completed 时，“已完成”提示从此刻起显示下方设定的时长；留空则一直显示到维护窗口结束后 24 小时。',
    maintenance_banner_start_repeated:
      '只在时钟回拨的那一夜有用，此时开始时间会出现两次：earlier 取第一次（仍为夏令时），later 取第二次。遇到这种情况时工作人员会看到提示。',
    maintenance_banner_starts_at:
      '高级选项，可代替开始日期和时间：带时区偏移的 ISO 8601 时刻，例如 2027-02-18T10:00:00-08:00（太平洋时间 10:00）或 2027-02-18T18:00:00Z。使用开始日期和时间时请留空；两者都填写时以日期和时间为准，若二者不一致，工作人员会看到提示。',
    maintenance_banner_notice_hours:
      '在开始前多少小时显示横幅（{min}–{max}，默认 {default}）。',
    maintenance_banner_imminent_minutes:
      '开始前的最后这么多分钟内，横幅会更醒目并精确到秒倒计时（{min}–{max}，默认 {default}；填 0 关闭）。',
    maintenance_banner_long_window_minutes:
      '预计时长达到这么多分钟时，横幅会加上“可能需要较长时间：请关注频道获取最新消息”（{min}–{max}，默认 {default}）。',
    maintenance_banner_completed_notice_minutes:
      '“已完成”提示显示多少分钟（{min}–{max}，默认 {default}）。',
    maintenance_banner_dismissible:
      '允许访客关闭横幅。关闭的倒计时在维护开始时仍会以“正在维护”重新出现；你对维护窗口的任何修改也会让它重新显示。',
    maintenance_banner_health_url:
      '本站的一个路径或 https: 地址，论坛正常运行时会有响应（Discourse 在 /srv/status 返回 “ok”）。没有则留空。',
    maintenance_banner_outlet:
      '横幅的位置：below-site-header 在页头下方占满整个宽度；above-main-container 在页面内容上方、侧边栏旁边。下次加载页面时生效。',
  },
};

/** The descriptions by Discourse locale name. */
export const DESCRIPTIONS = { en, zh_CN } as const;
