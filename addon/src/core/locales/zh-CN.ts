import type { Messages } from '../messages.ts';

/** Simplified Chinese: the language of the forum post this project grew from. */
export const zh_CN: Messages = {
  'headline.upcoming': '计划维护',
  'headline.imminent': '维护即将开始',
  'headline.in-progress': '正在维护',
  'headline.overrun': '维护时间比计划的长',
  'headline.completed': '维护已完成',
  'headline.cancelled': '维护已取消',

  'when.one': '{announced}',
  'when.both': '{announced} · 你的时间 {local}（{zone}）',
  'when.scheduled': '{when}',
  'when.started': '开始于 {when}',

  'countdown.starts': '{countdown}后开始',

  'duration.unknown': '我们不确定需要多长时间。',
  'duration.known': '预计需要约 {duration}。',
  'duration.long':
    '可能需要较长时间（约 {duration}）：请关注 {channel} 获取最新消息。',
  'duration.longNoChannel': '可能需要较长时间（约 {duration}）。',

  'progress.body': '维护完成前论坛可能无法访问。最新消息请见 {channel}。',
  'progress.bodyNoChannel': '维护完成前论坛可能无法访问。',
  'progress.expectedEnd': '预计在 {end} 左右完成。',
  'overrun.body': '原计划在 {end} 前完成。请关注 {channel} 获取最新消息。',
  'overrun.bodyNoChannel': '原计划在 {end} 前完成。',
  'completed.body': '已于 {time} 完成。感谢你的耐心等待。',
  'completed.bodyNoTime': '感谢你的耐心等待。',
  'cancelled.body': '原定于 {when} 的维护已取消。',

  'channel.fallbackName': '公告频道',
  'channel.newTab': '（在新标签页中打开）',
  announcement: '{headline}。{body}',
  'region.label': '维护公告',
  'dismiss.label': '关闭维护公告',

  'change.postponed': '已推迟：现在于 {when} 开始。',
  'change.advanced': '已提前：现在于 {when} 开始。',
  'change.extended': '已延长：现在预计在 {end} 左右完成。',
  'change.lengthUnknown': '所需时间已无法确定：可能比计划的更长。',

  'health.down': '论坛正在升级，暂时无法访问。请关注 {channel} 获取最新消息。',
  'health.downNoChannel': '论坛正在升级，暂时无法访问。',
  'health.back': '升级似乎已完成：论坛已恢复响应。',
  'health.reload': '重新加载页面',

  'calendar.add': '添加到日历',
  'calendar.summary': '论坛维护',
  'calendar.updates': '最新消息：{link}',
  'calendar.fileName': 'maintenance.ics',
};
