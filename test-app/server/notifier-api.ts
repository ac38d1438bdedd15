/**
 * The Slack notifier for the admin form: its status ("last message failed:
 * …") and the "send a test message" button.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from './api.ts';
import { HttpError, readJsonObject } from './http-json.ts';
import { decideWebhookUrl, SLACK_WEBHOOK_KEY } from './secret-settings.ts';

export const NOTIFIER_PATH = '/admin/maintenance-banner/notifier.json';
export const NOTIFIER_TEST_PATH = '/admin/maintenance-banner/notifier/test';

export function notifierStatus(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (!context.admin(request, response, false)) return;
  context.reply.json(response, 200, context.notifier.status());
}

/**
 * Body `{}`: a test message to the stored webhook URL; `{ "url": … }`: to
 * that URL (checked like the setting; nothing is stored), so the form can
 * try a URL before saving it. One attempt, no retry: the admin is waiting.
 */
export async function sendTestMessage(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { store, reply, notifier } = context;
  if (!context.admin(request, response, true)) return;
  const body = await readJsonObject(request);
  if (Object.keys(body).some((name) => name !== 'url')) {
    throw new HttpError(
      400,
      'Send {} for the stored webhook URL, or { "url": "https://…" } to try another.',
    );
  }
  const stored = store.secret(SLACK_WEBHOOK_KEY);
  const given = body['url'] ?? stored;
  if (given === '') {
    reply.error(
      response,
      422,
      `${SLACK_WEBHOOK_KEY}: no webhook URL is set; save one, or send it as "url" to try it first.`,
      'invalid_parameters',
    );
    return;
  }
  const url = decideWebhookUrl(given, stored);
  if (!url.ok) {
    reply.error(response, 422, url.error, 'invalid_parameters');
    return;
  }
  const delivery = await notifier.sendTest(url.value);
  if (delivery.ok) {
    reply.json(response, 200, { success: 'OK', status: delivery.status });
    return;
  }
  reply.json(response, 502, {
    errors: [
      `${SLACK_WEBHOOK_KEY}: the test message was not posted: ${delivery.error}.`,
    ],
    error_type: 'webhook_failed',
    status: delivery.status,
  });
}
