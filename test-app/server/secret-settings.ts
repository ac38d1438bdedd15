/**
 * Settings only the server reads: never in settings.json, the event stream
 * or a page's preload. The admin API shows each as a mask (write-only), and
 * the history stores only that mask.
 *
 * `maintenance_banner_slack_webhook_url`: where the notifier posts Slack's
 * JSON payload (`https:`; `http://localhost` or `http://127.0.0.1` for a
 * local relay). Its descriptor, `SLACK_WEBHOOK_SETTING`, is the one place it
 * is defined: this server checks a value with it, and the admin page draws
 * its field from it (the settings form's `@extraSettings`). Plain
 * TypeScript with no Node import, so the browser bundle takes it too.
 */
import type { ExtraSetting } from 'ember-maintenance-banner/admin';
import type { AdminSiteSetting } from './wire-format.ts';

export const SLACK_WEBHOOK_KEY = 'maintenance_banner_slack_webhook_url';
export const SECRET_KEYS = [SLACK_WEBHOOK_KEY] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];

/** Links longer than this are refused (browsers and proxies cut URLs near here). */
export const MAX_URL_LENGTH = 2000;

const KEYS = new Set<string>(SECRET_KEYS);
const LOCAL_RELAY = new Set(['localhost', '127.0.0.1']);

/** Which webhook URLs may be stored: https:, or plain http: to a relay on this machine. */
function webhookScheme(url: URL): boolean {
  return (
    (url.protocol === 'https:' && url.hostname !== '') ||
    (url.protocol === 'http:' && LOCAL_RELAY.has(url.hostname))
  );
}

/** The webhook URL's descriptor, for this server and for the admin form. */
export const SLACK_WEBHOOK_SETTING = {
  key: SLACK_WEBHOOK_KEY,
  secret: true,
  descriptor: {
    type: 'url',
    default: '',
    maxLength: MAX_URL_LENGTH,
    allow: webhookScheme,
  },
  texts: {
    en: {
      section: 'Slack notifier',
      label: 'Slack webhook URL',
      help: 'Where the forum posts the window’s news by itself (a reminder, the start, a delay, the end): a Slack incoming-webhook URL, or any https: URL that takes Slack’s payload (http://localhost or http://127.0.0.1 for a relay on this machine). Once saved it shows masked; clear it to stop posting.',
      refused:
        'Use an https: URL, or http://localhost or http://127.0.0.1 for a relay on this machine: the webhook URL is a secret and must not travel in clear ({protocol} is not allowed).',
    },
    zh_CN: {
      section: 'Slack 通知',
      label: 'Slack Webhook 地址',
      help: '论坛会自动把维护时段的消息（提醒、开始、延时、结束）发到这里：Slack 的 Incoming Webhook 地址，或任何接受 Slack 消息格式的 https: 地址（本机中转可用 http://localhost 或 http://127.0.0.1）。保存后只显示遮蔽后的地址；清空即停止发送。',
      refused:
        '请使用 https: 地址，本机中转可用 http://localhost 或 http://127.0.0.1：Webhook 地址是机密，不能明文传输（不允许 {protocol}）。',
    },
  },
} as const satisfies ExtraSetting;

export function isSecretKey(name: string): name is SecretKey {
  return KEYS.has(name);
}

/**
 * What an admin may see of a stored webhook URL: its origin and the last
 * four characters of the rest (`https://hooks.slack.com/…Xy12`), `""` when
 * unset. The rest is the secret.
 */
export function maskSecret(value: string): string {
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '…';
  }
  const rest = url.href.slice(url.origin.length);
  return `${url.origin}/…${rest.length >= 12 ? rest.slice(-4) : ''}`;
}

/**
 * `raw` as the webhook URL to store, or the sentence (naming the key) that
 * refuses it. `""` clears it; the current mask sent back unchanged (a form
 * that resubmits every value) keeps the stored URL.
 */
export function decideWebhookUrl(
  raw: unknown,
  stored: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const key = SLACK_WEBHOOK_KEY;
  if (typeof raw !== 'string') {
    return {
      ok: false,
      error: `${key}: use a webhook URL as text, or "" to switch the notifier off.`,
    };
  }
  const text = raw.trim();
  if (text === '') return { ok: true, value: '' };
  if (stored !== '' && text === maskSecret(stored))
    return { ok: true, value: stored };
  const { maxLength, allow } = SLACK_WEBHOOK_SETTING.descriptor;
  if (text.length > maxLength) {
    return {
      ok: false,
      error: `${key}: shorten the URL to ${maxLength.toLocaleString('en-US')} characters or fewer; it has ${text.length.toLocaleString('en-US')}.`,
    };
  }
  if (text.includes('…')) {
    return {
      ok: false,
      error: `${key}: that is the masked form of a URL; paste the whole webhook URL, or send "" to switch the notifier off.`,
    };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      error: `${key}: ${JSON.stringify(text.slice(0, 40))} is not a URL; use the webhook URL Slack gave you, such as https://hooks.slack.com/services/….`,
    };
  }
  if (!allow(url)) {
    return {
      ok: false,
      error: `${key}: use an https: URL (or http://localhost, http://127.0.0.1 for a relay on this machine); the webhook URL is a secret and must not travel in clear.`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      error: `${key}: remove the user name and password from the URL.`,
    };
  }
  return { ok: true, value: url.href };
}

/** The secret's entry in `GET /admin/site_settings.json`. */
export function secretSiteSetting(
  key: SecretKey,
  stored: string,
): AdminSiteSetting {
  return {
    setting: key,
    value: maskSecret(stored),
    default: '',
    type: 'string',
    secret: true,
  };
}
