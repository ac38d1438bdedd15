/**
 * The notifier tests' common ground: the window, a server on the manual
 * clock posting to a fake webhook, and the notifier's status.
 */
import assert from 'node:assert/strict';
import type { FakeWebhook } from './fake-webhook.ts';
import {
  adminHeaders,
  call,
  putSetting,
  startServer,
  type RunningServer,
} from './harness.ts';

export const WEBHOOK = 'maintenance_banner_slack_webhook_url';
/** 06:00 in Los Angeles; the seed window then starts three hours later. */
export const T0 = '2027-02-18T14:00:00Z';
export const START = '2027-02-18T17:00:00Z';
export const WINDOW = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: '2027-02-18T09:00:00-08:00',
  maintenance_banner_duration_minutes: 60,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_message: 'Discourse upgrade: follow #announcements.',
};

export interface Message {
  kind: string;
  state: string;
  text: string;
  attempts: number;
  error: string | null;
  next_attempt_at: string | null;
}

export async function status(server: RunningServer): Promise<{
  webhook_configured: boolean;
  phase: string | null;
  next_check_at: string | null;
  messages: Message[];
}> {
  const answer = await call(
    server,
    'GET',
    '/admin/maintenance-banner/notifier.json',
    {
      headers: adminHeaders(),
    },
  );
  assert.equal(answer.status, 200, answer.text);
  return answer.body as Awaited<ReturnType<typeof status>>;
}

/** The kinds recorded so far, oldest first. */
export const kinds = async (server: RunningServer) =>
  (await status(server)).messages.map((message) => message.kind).reverse();

export const text = (fake: FakeWebhook, index: number) =>
  (fake.received[index]?.body as { text: string }).text;

export async function connect(
  server: RunningServer,
  fake: FakeWebhook,
): Promise<void> {
  const answer = await putSetting(server, WEBHOOK, fake.url);
  assert.equal(answer.status, 200, answer.text);
}

/** A server on the manual clock at T0 with WINDOW, posting to the fake webhook. */
export async function notifying(
  fake: FakeWebhook,
  options: { dir?: string; connected?: boolean } = {},
): Promise<RunningServer> {
  fake.received.length = 0;
  const server = await startServer({
    dir: options.dir,
    manualClock: T0,
    settings: WINDOW,
  });
  if (options.connected !== false) await connect(server, fake);
  return server;
}

/** Moves the clock to `iso` and waits until the server says it posted `kind`. */
export async function reach(
  server: RunningServer,
  iso: string,
  kind: string,
): Promise<void> {
  const from = server.output().length;
  await server.clock!.set(iso);
  await server.waitForOutput(new RegExp(`posted the "${kind}" message`), {
    from,
  });
}
