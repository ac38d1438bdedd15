/**
 * The strings only the theme component shows (the staff notice, the staff
 * preview, the "reload" notice), in English and Simplified Chinese. They go
 * into locales/*.yml under `maintenance_banner_theme`, so admins change them
 * in the component's Theme translations like the banner's own; `{name}`
 * becomes `%{name}`.
 *
 * A problem or note is one sentence after "<setting name>: ", ending with
 * what it means for the banner (staff.hidden / staff.dropped follow it).
 * The core's settings have the core's own sentences (problem-texts.ts,
 * under `problems.<setting>.<problem>`); these are the theme-only settings'
 * problems, and the two where the plain start date and time are the
 * better fix on a settings page that has them (they replace the core's).
 */
const en = {
  'staff.title': 'Maintenance banner: only staff see this',
  'staff.settings': 'Open the component’s settings',
  'staff.hidden': 'The banner is hidden until this is fixed.',
  'staff.dropped': 'The banner shows without it.',
  'staff.other': '{value} cannot be used ({code}).',

  'problems.maintenance_banner_start_date.not_a_date':
    '{value} is not a date; use YYYY-MM-DD, e.g. 2027-02-18.',
  'problems.maintenance_banner_start_date.date_missing':
    'Empty while maintenance_banner_start_time is set; set the day as YYYY-MM-DD, e.g. 2027-02-18.',
  'problems.maintenance_banner_start_time.not_a_time':
    '{value} is not a time of day; use HH:MM (24-hour), e.g. 10:00.',
  'problems.maintenance_banner_start_time.time_missing':
    'Empty while maintenance_banner_start_date is set; set the time as HH:MM (24-hour), e.g. 10:00.',
  'problems.maintenance_banner_outlet.outlet':
    '{value} is not one of {choices}; the banner goes in {fallback}.',
  'problems.maintenance_banner_starts_at.required':
    'No start is set; set maintenance_banner_start_date and maintenance_banner_start_time.',
  'problems.maintenance_banner_starts_at.missing_offset':
    '{value} has no offset, so it names another instant for each visitor; add “Z” or an offset such as -08:00, or clear it and use maintenance_banner_start_date and maintenance_banner_start_time.',

  'note.ignored_starts_at':
    '{value} is not used: the start date and time say {used}. Clear one of them.',
  'note.skipped':
    '{time} does not exist in {zone} on {date}: clocks jump from {from} to {to}. The banner uses {used}, the same time after the jump.',
  'note.repeated_earlier':
    '{time} happens twice in {zone} on {date}: clocks go back from {from} to {to}. The banner uses the first, {used}; set maintenance_banner_start_repeated to later for the second.',
  'note.repeated_later':
    '{time} happens twice in {zone} on {date}: clocks go back from {from} to {to}. The banner uses the second, {used}; set maintenance_banner_start_repeated to earlier for the first.',

  'preview.summary': 'Preview the maintenance banner',
  'preview.hint':
    'Only you see the preview: visitors and the settings stay as they are.',
  'preview.upcoming': 'Upcoming',
  'preview.imminent': 'Starts soon',
  'preview.in-progress': 'In progress',
  'preview.overrun': 'Taking longer',
  'preview.completed': 'Completed',
  'preview.cancelled': 'Cancelled',
  'preview.live': 'Real time',
  'preview.showing': 'Previewing “{phase}” as at {when}.',
  'preview.unavailable': 'Not with these settings.',

  'refresh.body':
    'The maintenance announcement may have changed since this page was loaded.',
  'refresh.reload': 'Reload',
} as const;

export type ThemeTextKey = keyof typeof en;

const zh_CN: Record<ThemeTextKey, string> = {
  'staff.title': '维护横幅：只有工作人员能看到此提示',
  'staff.settings': '打开组件设置',
  'staff.hidden': '修正之前横幅不会显示。',
  'staff.dropped': '横幅照常显示，但不含这一项。',
  'staff.other': '{value} 无法使用（{code}）。',

  'problems.maintenance_banner_start_date.not_a_date':
    '{value} 不是日期；请使用 YYYY-MM-DD，例如 2027-02-18。',
  'problems.maintenance_banner_start_date.date_missing':
    '已设置 maintenance_banner_start_time，但此项为空；请按 YYYY-MM-DD 填写日期，例如 2027-02-18。',
  'problems.maintenance_banner_start_time.not_a_time':
    '{value} 不是一天中的时刻；请使用 24 小时制 HH:MM，例如 10:00。',
  'problems.maintenance_banner_start_time.time_missing':
    '已设置 maintenance_banner_start_date，但此项为空；请按 24 小时制 HH:MM 填写时间，例如 10:00。',
  'problems.maintenance_banner_outlet.outlet':
    '{value} 不是 {choices} 之一；横幅显示在 {fallback}。',
  'problems.maintenance_banner_starts_at.required':
    '未设置开始时间；请填写 maintenance_banner_start_date 和 maintenance_banner_start_time。',
  'problems.maintenance_banner_starts_at.missing_offset':
    '{value} 没有时区偏移，对不同访客会是不同的时刻；请加上 “Z” 或 -08:00 这样的偏移，或清空此项，改用 maintenance_banner_start_date 和 maintenance_banner_start_time。',

  'note.ignored_starts_at':
    '{value} 未被使用：开始日期和时间为 {used}。请清空其中之一。',
  'note.skipped':
    '{date} {zone} 不存在 {time}：时钟从 {from} 直接跳到 {to}。横幅使用 {used}，即跳变后相同的时长。',
  'note.repeated_earlier':
    '{date} {zone} 的 {time} 会出现两次：时钟从 {from} 回拨到 {to}。横幅使用第一次，{used}；如需第二次，请将 maintenance_banner_start_repeated 设为 later。',
  'note.repeated_later':
    '{date} {zone} 的 {time} 会出现两次：时钟从 {from} 回拨到 {to}。横幅使用第二次，{used}；如需第一次，请将 maintenance_banner_start_repeated 设为 earlier。',

  'preview.summary': '预览维护横幅',
  'preview.hint': '只有你能看到预览：访客看到的内容和设置都不会改变。',
  'preview.upcoming': '即将维护',
  'preview.imminent': '即将开始',
  'preview.in-progress': '正在维护',
  'preview.overrun': '超出预计',
  'preview.completed': '已完成',
  'preview.cancelled': '已取消',
  'preview.live': '实际时间',
  'preview.showing': '正在预览“{phase}”，时间为 {when}。',
  'preview.unavailable': '当前设置下不可用。',

  'refresh.body': '自此页面加载以来，维护公告可能已有变化。',
  'refresh.reload': '重新加载',
};

/** The theme's own strings by Discourse locale name. */
export const THEME_TEXTS: Readonly<
  Record<'en' | 'zh_CN', Readonly<Record<ThemeTextKey, string>>>
> = { en, zh_CN };
