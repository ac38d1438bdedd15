/** What the admin form, the Discourse settings page and the docs say about each setting, in Simplified Chinese. */
import type { SettingTexts } from './types.ts';

export const zh_CN: SettingTexts = {
  maintenance_banner_enabled: {
    label: '向访客显示横幅',
    help: '显示横幅。关闭时，无论其他设置如何，都不会显示任何内容。',
    summary: '总开关',
  },
  maintenance_banner_starts_at: {
    label: '开始时间',
    help: '维护开始时间：带时区偏移的 ISO 8601 日期时间，例如 2027-02-18T10:00:00-08:00（太平洋时间 10:00）或 2027-02-18T18:00:00Z（UTC）。没有“Z”或时区偏移的时间会被拒绝，以确保每个人看到的是同一时刻；无效的值会隐藏横幅，并在浏览器控制台中指出问题。',
    summary: '维护的开始时间；不带时区偏移的“10:00”会被拒绝',
  },
  maintenance_banner_duration_minutes: {
    label: '预计时长',
    help: '预计时长，以分钟计（{min}–{max}）。无法确定时填 0：横幅会显示“我们不确定需要多长时间”，并一直显示“正在维护”，直到你更改状态。',
    summary: '预计时长；`0` 表示未知',
  },
  maintenance_banner_time_zone: {
    label: '时区',
    help: '公告本身的时区，使用 IANA 名称，例如 Asia/Shanghai、America/Los_Angeles 或 UTC。开始时间会同时以此时区和每位访客的时区显示。',
    summary: '公告本身的时区，与访客的时区并列显示',
  },
  maintenance_banner_message: {
    label: '附加说明',
    help: '可选的补充说明，显示在横幅文字下方，只在维护开始前和维护期间显示：维护完成或取消后不再显示，所以请针对即将进行的维护来写（纯文本，最多 {max} 个字符；HTML 会被拒绝，也不会被渲染）。',
    summary: '管理员的一句话，只在维护开始前和维护期间显示；永远不是 HTML',
  },
  maintenance_banner_channel_name: {
    label: '频道名称',
    help: '发布最新消息的地方，填写访客看到的名称，例如 #announcements 或状态页面（最多 {max} 个字符）。',
    summary: '发布最新消息的地方',
  },
  maintenance_banner_channel_url: {
    label: '频道链接',
    help: '该频道的链接：https: 地址（或 slack: 深层链接）。留空则只显示频道名称，不带链接。',
    summary: '该频道的链接',
  },
  maintenance_banner_status: {
    label: '状态',
    help: '本次维护的当前状态。scheduled：横幅按时间自动变化（倒计时，开始时显示“正在维护”，超过预计结束时间后显示“用时超出预期”）。in_progress：立即显示“正在维护”。completed：从“完成时间”起，在下方设定的时长内显示“已完成”。cancelled：在原定开始时间之前显示“已取消”。',
    summary: '管理员设定的维护状态',
    choices: {
      scheduled: {
        label: '已计划',
        hint: '横幅按时间自动变化：倒计时，开始时显示“正在维护”，超过预计结束时间后显示“用时超出预期”。',
      },
      in_progress: {
        label: '进行中',
        hint: '立即显示“正在维护”，无论开始时间如何。',
      },
      completed: {
        label: '已完成',
        hint: '从现在起在下方设定的时长内显示“已完成”，之后不再显示。',
      },
      cancelled: {
        label: '已取消',
        hint: '在原定开始时间之前显示“已取消”，之后不再显示。',
      },
    },
  },
  maintenance_banner_completed_at: {
    label: '完成时间',
    help: '维护完成的时间，格式与开始时间相同（例如 2027-02-18T11:42:00-08:00）。状态为 completed 时，“已完成”提示从此刻起显示下方设定的时长；留空则一直显示到维护窗口结束后 24 小时。',
    summary: '标记为完成的时间（由管理表单填写）',
  },
  maintenance_banner_notice_hours: {
    label: '提前多久公告',
    help: '在开始前多少小时显示横幅（{min}–{max}，默认 {default}）。',
    summary: '开始前多久显示横幅',
  },
  maintenance_banner_imminent_minutes: {
    label: '“即将开始”提示时间',
    help: '距离开始不足这个分钟数时，横幅会更醒目，并按秒倒计时（{min}–{max}，默认 {default}；填 0 关闭）。',
    summary: '“不到 30 分钟即为即将开始”',
  },
  maintenance_banner_long_window_minutes: {
    label: '“长时间停机”阈值',
    help: '预计时长超过这个分钟数时，横幅会加上“耗时可能较长，最新消息请关注频道”（{min}–{max}，默认 {default}）。',
    summary: '“超过 2 小时即为长时间停机，请关注频道”',
  },
  maintenance_banner_completed_notice_minutes: {
    label: '“已完成”的显示时长',
    help: '“已完成”提示显示多少分钟（{min}–{max}，默认 {default}）。',
    summary: '“已完成”显示多久',
  },
  maintenance_banner_dismissible: {
    label: '允许访客关闭',
    help: '允许访客关闭横幅。关闭的倒计时在维护开始时仍会以“正在维护”重新出现；你对维护窗口的任何修改也会让它重新显示。',
    summary: '访客能否关闭横幅',
  },
  maintenance_banner_health_url: {
    label: '健康检查网址',
    help: '本站的一个路径或 https: 地址，论坛正常运行时会有响应（Discourse 在 /srv/status 返回“ok”）。没有则留空。',
    summary: '维护期间用来判断论坛是否恢复的网址',
  },
};
