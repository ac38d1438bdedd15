/**
 * What the theme's settings page says about each setting, in English and
 * Simplified Chinese. `{min}`, `{max}` and `{default}` are filled in from
 * the core's SETTINGS table, so a changed limit never leaves a stale text.
 * The build stops when a setting of the table has no description here.
 */
import type { SettingKey } from '../../addon/src/core/index.ts';

/** Theme-only settings, beside the core's `maintenance_banner_*` keys. */
export const THEME_SETTINGS = {
  maintenance_banner_outlet: {
    type: 'enum',
    default: 'below-site-header',
    choices: ['below-site-header', 'above-main-container'],
  },
} as const;

export type ThemeSettingKey = keyof typeof THEME_SETTINGS;

export interface Texts {
  readonly description: string;
  readonly settings: Readonly<Record<SettingKey | ThemeSettingKey, string>>;
}

export const en: Texts = {
  description:
    'A maintenance announcement for the whole forum: a live countdown in every visitor’s own time zone, then “maintenance in progress”, “taking longer than planned” and “completed”, switching by itself without a reload. Set the window on this component’s settings; change any text in Customize → Text (search for maintenance_banner).',
  settings: {
    maintenance_banner_enabled:
      'Show the banner. Nothing appears while this is off, whatever the other settings say.',
    maintenance_banner_starts_at:
      'Start of the maintenance: an ISO 8601 date and time with its offset, for example 2027-02-18T10:00:00-08:00 (10:00 Pacific) or 2027-02-18T18:00:00Z (UTC). A time without “Z” or an offset is refused, so everybody sees the same instant; an invalid value hides the banner and names the problem in the browser console.',
    maintenance_banner_duration_minutes:
      'Expected length in minutes ({min}–{max}). Use 0 when you cannot tell: the banner then says “we are not sure how long it will take” and stays “in progress” until you change the status.',
    maintenance_banner_time_zone:
      'The announcement’s own time zone, an IANA name such as America/Los_Angeles, Europe/Berlin or UTC. The start is shown in this zone and in each visitor’s zone.',
    maintenance_banner_message:
      'An optional sentence of your own, shown under the banner’s text (plain text, up to {max} characters; HTML is refused and never rendered).',
    maintenance_banner_channel_name:
      'Where updates are posted, as visitors should read it, for example #announcements or the status page (up to {max} characters).',
    maintenance_banner_channel_url:
      'Link to that channel: an https: address (or a slack: deep link). Leave empty to name the channel without a link.',
    maintenance_banner_status:
      'Your word on the window. scheduled: the banner follows the clock (countdown, in progress at the start, “taking longer” after the expected end). in_progress: shows “in progress” now. completed: shows “completed” for the time set below, counted from “Completed at”. cancelled: shows “cancelled” until the planned start.',
    maintenance_banner_completed_at:
      'When the work finished, in the same format as the start (for example 2027-02-18T11:42:00-08:00). With status completed, the “completed” note stays up from then for the time set below; leave empty to keep it until 24 hours after the window.',
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
    '面向整个论坛的维护公告：以每位访客自己的时区实时倒计时，随后自动切换为“正在维护”“维护时间比计划的长”和“维护已完成”，无需刷新页面。在此组件的设置中设定维护时间；任何文字都可在“自定义 → 文字”中修改（搜索 maintenance_banner）。',
  settings: {
    maintenance_banner_enabled:
      '显示横幅。关闭时不显示任何内容，无论其他设置如何。',
    maintenance_banner_starts_at:
      '维护开始时间：带时区偏移的 ISO 8601 日期时间，例如 2027-02-18T10:00:00-08:00（太平洋时间 10:00）或 2027-02-18T18:00:00Z（UTC）。没有 “Z” 或偏移的时间会被拒绝，以确保每个人看到的是同一时刻；无效的值会隐藏横幅，并在浏览器控制台中指出问题。',
    maintenance_banner_duration_minutes:
      '预计时长，以分钟计（{min}–{max}）。无法确定时填 0：横幅会显示“我们不确定需要多长时间”，并一直显示“正在维护”，直到你更改状态。',
    maintenance_banner_time_zone:
      '公告本身的时区，使用 IANA 名称，例如 Asia/Shanghai、America/Los_Angeles 或 UTC。开始时间会同时以此时区和每位访客的时区显示。',
    maintenance_banner_message:
      '可选的补充说明，显示在横幅文字下方（纯文本，最多 {max} 个字符；HTML 会被拒绝，永远不会被渲染）。',
    maintenance_banner_channel_name:
      '发布最新消息的地方，按访客应看到的样子填写，例如 #announcements 或状态页面（最多 {max} 个字符）。',
    maintenance_banner_channel_url:
      '该频道的链接：https: 地址（或 slack: 深层链接）。留空则只显示频道名称，不带链接。',
    maintenance_banner_status:
      '你对本次维护的说明。scheduled：横幅按时间自动变化（倒计时，开始时显示“正在维护”，超过预计结束时间后显示“比计划的长”）。in_progress：立即显示“正在维护”。completed：从“完成时间”起，在下方设定的时长内显示“已完成”。cancelled：在原定开始时间之前显示“已取消”。',
    maintenance_banner_completed_at:
      '维护完成的时间，格式与开始时间相同（例如 2027-02-18T11:42:00-08:00）。状态为 completed 时，“已完成”提示从此刻起显示下方设定的时长；留空则一直显示到维护窗口结束后 24 小时。',
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
