import type { Messages } from '../messages.ts';

/** Simplified Chinese: the language of the forum post this project grew from. */
export const zh_CN: Messages = {
  'headline.upcoming': '计划维护',
  'headline.imminent': '维护即将开始',
  'headline.in-progress': '正在维护',
  'headline.overrun': '维护用时超出预期',
  'headline.completed': '维护已完成',
  'headline.cancelled': '维护已取消',
  'headline.goingDown': '论坛正在停机升级',
  'headline.back': '升级似乎已完成',

  'when.one': '{announced}',
  'when.both': '{announced} · 当地时间 {local}（{zone}）',
  'when.scheduled': '{when}',
  'when.started': '开始于 {when}',

  'countdown.starts': '{countdown}后开始',

  'duration.unknown': '我们不确定需要多长时间。',
  'duration.known': '预计需要约{duration}。',
  'duration.long': '耗时可能较长（约{duration}），最新消息请关注 {channel}。',
  'duration.longNoChannel': '耗时可能较长（约{duration}）。',

  'progress.body': '维护完成前，论坛可能无法访问。最新消息请关注 {channel}。',
  'progress.bodyNoChannel': '维护完成前，论坛可能无法访问。',
  'progress.expectedEnd': '预计在 {end} 左右完成。',
  'overrun.body': '原计划于 {end} 前完成。最新消息请关注 {channel}。',
  'overrun.bodyNoChannel': '原计划于 {end} 前完成。',
  'completed.body': '维护已于 {time} 完成，感谢您的耐心等待。',
  'completed.bodyNoTime': '感谢您的耐心等待。',
  'cancelled.body': '原定于 {when} 的维护已取消。',

  'channel.fallbackName': '公告频道',
  'channel.newTab': '（在新标签页中打开）',
  announcement: '{headline}。{body}',
  'sentence.end': '。',
  'region.label': '维护公告',
  'dismiss.label': '关闭维护公告',

  'change.postponed': '维护已推迟至 {when} 开始。',
  'change.advanced': '维护已提前至 {when} 开始。',
  'change.extended': '维护时间已延长，现预计在 {end} 左右完成。',
  'change.lengthUnknown': '目前已无法确定所需时间，可能会超出原定计划。',

  'health.down': '论坛正在升级，暂时无法访问。最新消息请关注 {channel}。',
  'health.downNoChannel': '论坛正在升级，暂时无法访问。',
  'health.back': '论坛已恢复访问，刷新页面即可继续浏览。',
  'health.reload': '刷新页面',

  'calendar.add': '添加到日历',
  'calendar.summary': '论坛维护',
  'calendar.updates': '最新消息：{link}',
  'calendar.fileName': 'maintenance.ics',

  'details.toggle': '详情',
  'notice.show': '查看',
  'notice.hide': '隐藏此提示',
};
