/** What each problem tells an admin, in Simplified Chinese. */
import type { Sentence, Sentences } from './types.ts';

const UNITS = { minutes: '分钟', hours: '小时' } as const;

const range: Sentence = ({ min, max, unit }) =>
  `${min} 到 ${max} 之间的整数（${unit ? UNITS[unit] : ''}）`;

export const zh_CN: Sentences = {
  not_an_object: ({ value }) =>
    `设置必须是由 maintenance_banner_* 键组成的对象，而不是 ${value}。`,
  not_boolean: ({ value }) => `请使用 true 或 false，而不是 ${value}。`,
  not_integer: (problem) =>
    `请填写 ${range(problem)}，而不是 ${problem.value}。`,
  out_of_range: (problem) =>
    `请填写 ${range(problem)}；${problem.value} 超出了范围。`,
  not_text: ({ value }) => `请使用纯文本，而不是 ${value}。`,
  too_long: ({ maxLength, length }) =>
    `请缩短到 ${maxLength} 个字符以内；现在有 ${length} 个。`,
  contains_html: () => '请填写纯文本：这里不允许 HTML，它会按原样显示。',
  control_characters: ({ multiline }) =>
    multiline
      ? '请删除控制字符；只允许换行。'
      : '请保持在一行内，并删除控制字符。',
  unknown_status: ({ value, choices }) =>
    `请从 ${choices.join('、')} 中选择一个，而不是 ${value}。`,
  unknown_time_zone: ({ value }) =>
    `${value} 不是 IANA 时区；请使用 Asia/Shanghai、America/Los_Angeles 或 UTC 这样的名称。`,
  unreadable: () => '无法读取此设置。',
  invalid_url: ({ value, kind, allow }) =>
    kind === 'type'
      ? `请填写链接，而不是 ${value}。`
      : kind === 'path'
        ? `${value} 不是有效的路径。`
        : `${value} 不是链接；请使用${allow === 'health' ? '“/srv/status”或 https: 链接' : ' https: 链接'}。`,
  insecure_url: ({ kind, allow, protocol }) =>
    kind === 'credentials'
      ? '请从链接中删除用户名和密码。'
      : allow === 'channel'
        ? `请使用 https: 链接（或 slack: 深层链接）；不允许 ${protocol} 链接。`
        : `请使用本站的路径或 https: 链接；不允许 ${protocol} 链接。`,
  required: () => '请设置开始时间，例如 2027-02-18T10:00:00-08:00。',
  missing_offset: ({ value }) =>
    `${value} 没有时区偏移：请加上表示 UTC 的“Z”，或“+08:00”这样的偏移，让每位访客看到的都是同一时刻。`,
  invalid_format: ({ value, kind }) =>
    kind === 'type'
      ? `请使用 ISO 8601 日期时间，例如 2027-02-18T10:00:00-08:00，而不是 ${value}。`
      : `${value} 不是 ISO 8601 日期时间，例如 2027-02-18T10:00:00-08:00。`,
  invalid_date: ({ value }) => `${value} 不是真实存在的日期和时间。`,
};
