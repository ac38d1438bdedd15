/**
 * The settings form in Simplified Chinese: its strings, the settings'
 * labels and help, and the sentences for bad values. Register it where
 * admins read Chinese (see ../translations.ts).
 */
import { zh_CN as sentences } from '../../core/sentences/zh-CN.ts';
import { zh_CN as settings } from '../../core/setting-texts/zh-CN.ts';
import type { AdminMessages } from '../messages.ts';
import type { AdminTranslation } from '../translations.ts';

/** The form's own strings. */
export const zh_CN: AdminMessages = {
  'field.withUnit': '{label}（{unit}）',
  'field.counter': '{count} / {max} 个字符',
  'field.announceError': '{label}：{error}',
  'field.linkRefused': '这里不允许 {protocol} 链接。',
  'unit.minutes': '分钟',
  'unit.hours': '小时',

  'section.banner': '横幅',
  'section.text': '访客看到的文字',
  'section.timing': '时间规则',
  'section.health': '恢复检查',
  'section.more': '更多设置',

  'start.intro':
    '按所选时区的当地时间填写日期和时间。保存时会带上该时区的时差，每位访客看到的都是同一时刻，并换算成各自的当地时间。',
  'start.zoneHint':
    '输入即可搜索，例如 Shanghai 或 Los_Angeles。访客也会看到该时区的时间。',
  'start.date': '日期',
  'start.time': '时间',
  'start.useMyZone': '使用我的时区（{zone}）',
  'start.incomplete': '请同时填写日期和时间，例如 2027-02-18 和 10:00。',
  'start.noOffset':
    '已保存的开始时间“{value}”没有时差，无法确定是哪一时刻。这里按 {zone} 的当地时间显示，请核对后保存。',
  'start.unreadable': '无法读取已保存的开始时间“{value}”，请重新填写。',
  'start.skipped':
    '{zone} 在{day}没有 {typed} 这一时刻：时钟从 {from} 直接跳到 {to}。将按跳过之后的同一钟点 {becomes}（{becomesZone}）保存。如果你想要的不是这个时间，请另选。',
  'start.repeated':
    '{zone} 在{day}会出现两次 {typed}：时钟从 {from} 拨回到 {to}。你指的是哪一次？',
  'start.repeated.earlier': '第一次',
  'start.repeated.later': '第二次',
  'start.repeated.choice': '{which}（{zone}，{offset}）：{utc}',
  'start.inUtc': 'UTC 时间',
  'start.yourTime': '当地时间（{zone}）',
  'start.savedAs': '保存为',
  'start.savedAsZone': '（{zone}，{offset}）',

  'duration.about': '约',
  'duration.minutesLabel': '预计时长（分钟）',
  'duration.approximately': '约 {length}',
  'duration.unknown': '未知：“我们不确定需要多长时间”',

  'status.completedAt': '标记完成于 {when}。',
  'status.early.question':
    '计划的开始时间是 {when}，距现在还有 {left}。标记为正在维护后，一保存，所有访客都会看到“正在维护”。维护已经开始了吗？',
  'status.early.yes': '是的，已经开始',
  'status.early.no': '还没有',
  'status.early.asked': '开始时间还没到：请确认维护已经开始，或保持已计划。',

  'save.saving': '正在保存…',
  'save.none': '没有需要保存的更改',
  'save.changes.one': '保存 {count} 项更改',
  'save.changes.other': '保存 {count} 项更改',
  'save.fix.one': '修正 {count} 项后才能保存',
  'save.fix.other': '修正 {count} 项后才能保存',
  'save.confirm': '确认状态后才能保存',
  'save.fixFirst.one': '修正 {count} 项后才能保存：{fields}。',
  'save.fixFirst.other': '修正 {count} 项后才能保存：{fields}。',
  'save.nothing': '没有需要保存的内容：所有设置都与已保存的一致。',
  'save.threw': '没有保存任何内容：{reason}',
  'save.notSaved': '未保存：{fields}。',
  'save.refused.one': '服务器拒绝了{fields}：请查看下方的字段。',
  'save.refused.other': '服务器拒绝了{fields}：请查看下方的字段。',
  'save.savedFields': '已保存：{fields}。',
  'save.done.one': '已保存 {count} 项设置。',
  'save.done.other': '已保存 {count} 项设置。',
  'save.resolve.one': '先处理 {count} 处冲突才能保存',
  'save.resolve.other': '先处理 {count} 处冲突才能保存',
  'save.resolveFirst':
    '有人修改了{fields}：请先选择保留你的值还是采用对方的值。',
  'save.conflicts.one':
    '此页加载后，有人修改了{fields}：请在下方选择要保留的值。',
  'save.conflicts.other':
    '此页加载后，有人修改了{fields}：请在下方选择要保留的值。',
  'discard.button': '放弃更改',
  'discard.done': '已放弃更改。',

  'conflict.changed': '{who}于 {when} 修改了{label}。',
  'conflict.changedMore':
    '{who}于 {when} 修改了{label}（此页加载后共修改 {count} 次）。',
  'conflict.changedUntimed': '{who}修改了{label}。',
  'conflict.someone': '其他人',
  'conflict.theirs': '现在',
  'conflict.yours': '你的',
  'conflict.keep': '保留我的',
  'conflict.take': '采用对方的',
  'conflict.kept': '你选择保留自己的值：保存时会替换现在存储的值。',
  'conflict.took': '{label}：已采用现在存储的值。',
  'conflict.on': '开启',
  'conflict.off': '关闭',
  'conflict.empty': '（空）',

  'leave.title': '不保存就离开吗？',
  'leave.text': '你对{fields}的更改还没有保存。',
  'leave.stay': '留在此页',
  'leave.go': '不保存，直接离开',

  'preview.title': '预览',
  'preview.off': '横幅已关闭，访客什么也看不到。预览按开启后的样子显示。',
  'preview.moments': '显示横幅',
  'preview.now': '现在',
  'preview.phase.upcoming': '即将到来',
  'preview.phase.imminent': '即将开始',
  'preview.phase.in-progress': '正在维护',
  'preview.phase.overrun': '超出预期',
  'preview.phase.completed': '已完成',
  'preview.phase.cancelled': '已取消',
  'preview.unavailable': '{phase}：{reason}。',
  'preview.reason.short-notice': '公告期不比“即将开始”的时长更长',
  'preview.reason.no-imminent': '“即将开始”设为 0 分钟',
  'preview.reason.unknown-length': '时长未知，无所谓超出',
  'preview.reason.no-completed-notice': '“已完成”设为保留 0 分钟',
  'preview.reason.unreachable': '当前设置下不会出现',
  'preview.slider': '时刻',
  'preview.readout': '{when}，{relative}',
  'preview.readoutNow': '现在：{when}，{relative}',
  'preview.atStart': '正好开始时',
  'preview.beforeStart': '开始前 {length}',
  'preview.afterStart': '开始后 {length}',
  'preview.statusNote': '按“{shown}”状态显示；你设置的是“{yours}”。',
  'preview.nothingNow': '此刻不显示任何内容：请选择一个阶段或拖动滑块。',
  'preview.invalid': '设置有效后才会显示预览。',
  'preview.invalidFix': '设置有效后才会显示预览（请修正标出的字段）。',
  'preview.stale.one': '{fields}暂按上次的有效值显示，改正后即可看到你的更改。',
  'preview.stale.other':
    '{fields}暂按上次的有效值显示，改正后即可看到你的更改。',
  'preview.firstSeen': '访客从 {when} 起看到它，即开始前 {lead}。',
  'preview.firstSeenPast': '访客从 {when} 起就已看到它，即开始前 {lead}。',
  'preview.firstSeenOff': '开启后，访客从 {when} 起看到它，即开始前 {lead}。',
  'preview.seenNow': '访客现在就能看到它，不论开始时间是什么。',
  'preview.seenUntil': '访客会看到“已完成”，直到 {when}。',
  'preview.seenNever': '访客已经看不到它了。',
};

const translation: AdminTranslation = { form: zh_CN, settings, sentences };
export default translation;
