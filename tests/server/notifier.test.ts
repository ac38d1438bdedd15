/**
 * The Slack notifier of the real server process, on its manual clock, with
 * a fake webhook on loopback: one message per transition, in order; a
 * restart sends nothing twice; after downtime only the latest state; Slack's
 * 500 and 429 retried, then recorded; a hopeless answer given up at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook.ts';
import {
  adminHeaders,
  call,
  putSetting,
  startServer,
  tempDir,
  type RunningServer,
} from './harness.ts';

const WEBHOOK = 'maintenance_banner_slack_webhook_url';
/** 06:00 in Los Angeles; the seed window then starts three hours later. */
const T0 = '2027-02-18T14:00:00Z';
const START = '2027-02-18T17:00:00Z';
const WINDOW = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: '2027-02-18T09:00:00-08:00',
  maintenance_banner_duration_minutes: 60,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_message: 'Discourse upgrade: follow #announcements.',
};

interface Message {
  kind: string;
  state: string;
  text: string;
  attempts: number;
  error: string | null;
  next_attempt_at: string | null;
}

async function status(server: RunningServer): Promise<{
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
const kinds = async (server: RunningServer) =>
  (await status(server)).messages.map((message) => message.kind).reverse();

const text = (fake: FakeWebhook, index: number) =>
  (fake.received[index]?.body as { text: string }).text;

async function connect(
  server: RunningServer,
  fake: FakeWebhook,
): Promise<void> {
  const answer = await putSetting(server, WEBHOOK, fake.url);
  assert.equal(answer.status, 200, answer.text);
}

/** A server on the manual clock at T0 with WINDOW, posting to the fake webhook. */
async function notifying(
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
async function reach(
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

let fake: FakeWebhook;

before(async () => {
  fake = await startFakeWebhook();
});

after(async () => {
  await fake?.close();
});

describe('the seed window, driven through every phase', () => {
  let server: RunningServer;

  before(async () => {
    fake.received.length = 0;
    // No settings file: the embedded default, three hours after the clock's start.
    server = await startServer({ manualClock: T0 });
  });

  after(async () => {
    await server?.stop();
  });

  test('one message per transition, in order, each with the window in its zone and in UTC', async () => {
    assert.equal((await status(server)).phase, 'upcoming');
    await connect(server, fake);
    assert.equal(
      (await putSetting(server, 'maintenance_banner_duration_minutes', 60))
        .status,
      200,
    );
    assert.equal(
      (await status(server)).next_check_at,
      '2027-02-18T16:30:00.000Z',
      'the next wake-up is the imminent moment, by the core',
    );

    await reach(server, '2027-02-18T16:30:00Z', 'imminent');
    await reach(server, START, 'started');
    await reach(server, '2027-02-18T18:00:00Z', 'overrun');

    const from = server.output().length;
    assert.equal(
      (await putSetting(server, 'maintenance_banner_duration_minutes', 120))
        .status,
      200,
    );
    await server.waitForOutput(/posted the "extended" message/, { from });

    const done = server.output().length;
    await putSetting(
      server,
      'maintenance_banner_completed_at',
      '2027-02-18T18:05:00Z',
    );
    assert.equal(
      (await putSetting(server, 'maintenance_banner_status', 'completed'))
        .status,
      200,
    );
    await server.waitForOutput(/posted the "completed" message/, {
      from: done,
    });

    // The completed note's end and the day after: no message, no polling.
    await server.clock!.set('2027-02-20T00:00:00Z');
    assert.deepEqual(await kinds(server), [
      'imminent',
      'started',
      'overrun',
      'extended',
      'completed',
    ]);
    assert.equal(fake.received.length, 5, 'exactly one POST per transition');
    const messages = (await status(server)).messages;
    assert.ok(
      messages.every(
        (message) => message.state === 'sent' && message.attempts === 1,
      ),
    );

    assert.match(
      text(fake, 0),
      /^\*Reminder: maintenance starts soon\*\nIt starts Thu, Feb 18, 2027, 9:00 AM PST\./,
    );
    assert.match(text(fake, 1), /^\*Maintenance has started\*/);
    assert.match(
      text(fake, 2),
      /^\*Maintenance is taking longer than planned\*\nIt was expected to be done by Thu, Feb 18, 2027, 10:00 AM PST\./,
    );
    assert.match(
      text(fake, 3),
      /now expected to be done around Thu, Feb 18, 2027, 11:00 AM PST/,
    );
    assert.match(text(fake, 4), /^\*Maintenance complete\*/);
    for (let index = 0; index < 5; index++) {
      assert.match(
        text(fake, index),
        /\nAmerica\/Los_Angeles: Thu, Feb 18, 2027, 9:00 AM PST, /,
      );
      assert.match(
        text(fake, index),
        /\nUTC: Thu, Feb 18, 2027, 5:00 PM UTC, /,
      );
      assert.match(
        text(fake, index),
        /\n> Discourse upgrade: we will upgrade the forum software\./,
      );
      const body = fake.received[index]!.body as Record<string, unknown>;
      assert.deepEqual(Object.keys(body), ['text'], "Slack's payload: text");
      assert.match(
        String(fake.received[index]!.headers['content-type']),
        /^application\/json/,
      );
    }

    // Woken only at phase changes: a handful of wake-ups over two days, never a polling tick.
    const wakeUps = server.clock!.wakeUps();
    assert.ok(wakeUps.length < 20, `${wakeUps.length} wake-ups`);
    assert.ok(wakeUps.includes('2027-02-18T17:00:00.000Z'));
    assert.ok(wakeUps.includes('2027-02-18T18:00:00.000Z'));
  });
});

describe('changes an admin makes ahead of the window', () => {
  test('postponed, moved earlier, cancelled; admin text escaped for Slack', async () => {
    fake.received.length = 0;
    const server = await startServer({
      manualClock: T0,
      settings: {
        ...WINDOW,
        maintenance_banner_message: 'Ask <@U0123> & see #ops > status',
      },
    });
    try {
      await connect(server, fake);
      let from = server.output().length;
      await putSetting(
        server,
        'maintenance_banner_starts_at',
        '2027-02-18T10:00:00-08:00',
      );
      await server.waitForOutput(/posted the "postponed" message/, { from });
      from = server.output().length;
      await putSetting(
        server,
        'maintenance_banner_starts_at',
        '2027-02-18T08:00:00-08:00',
      );
      await server.waitForOutput(/posted the "moved" message/, { from });
      from = server.output().length;
      await putSetting(server, 'maintenance_banner_status', 'cancelled');
      await server.waitForOutput(/posted the "cancelled" message/, { from });

      assert.deepEqual(await kinds(server), [
        'postponed',
        'moved',
        'cancelled',
      ]);
      assert.match(
        text(fake, 0),
        /^\*Maintenance postponed\*\nIt now starts Thu, Feb 18, 2027, 10:00 AM PST\./,
      );
      assert.match(
        text(fake, 1),
        /^\*Maintenance moved earlier\*\nIt now starts Thu, Feb 18, 2027, 8:00 AM PST\./,
      );
      assert.match(
        text(fake, 2),
        /^\*Maintenance cancelled\*\nThe maintenance planned for Thu, Feb 18, 2027, 8:00 AM PST will not happen\./,
      );
      assert.match(
        text(fake, 2),
        /\n> Ask &lt;@U0123&gt; &amp; see #ops &gt; status$/,
      );
    } finally {
      await server.stop();
    }
  });
});

describe('restarts', () => {
  test('a restart in the middle of the window sends nothing twice', async () => {
    const dir = tempDir();
    const first = await notifying({ dir });
    try {
      await reach(first, '2027-02-18T16:30:00Z', 'imminent');
      await reach(first, START, 'started');
    } finally {
      assert.equal((await first.stop()).code, 0);
    }

    const second = await startServer({
      dir,
      manualClock: '2027-02-18T17:10:00Z',
    });
    try {
      assert.deepEqual(await kinds(second), ['imminent', 'started']);
      assert.equal(fake.received.length, 2, 'nothing sent again on start');
      await reach(second, '2027-02-18T18:00:00Z', 'overrun');
      assert.deepEqual(await kinds(second), ['imminent', 'started', 'overrun']);
      assert.equal(fake.received.length, 3);
    } finally {
      await second.stop();
    }
  });

  test('down across transitions: on start, the latest state only', async () => {
    const dir = tempDir();
    const first = await notifying({ dir });
    try {
      await reach(first, '2027-02-18T16:30:00Z', 'imminent');
    } finally {
      await first.stop();
    }
    // Down through the start and the expected end.
    const second = await startServer({
      dir,
      manualClock: '2027-02-18T19:30:00Z',
    });
    try {
      await second.waitForOutput(/posted the "overrun" message/);
      assert.deepEqual(await kinds(second), ['imminent', 'overrun']);
      assert.equal(fake.received.length, 2, 'no "started" backlog');
    } finally {
      await second.stop();
    }
  });
});

describe('when Slack fails', () => {
  test('500, then 429 with Retry-After: retried on the clock, then recorded as sent', async () => {
    const server = await notifying();
    try {
      fake.answer(
        { status: 500, body: 'oops' },
        { status: 429, headers: { 'Retry-After': '7' }, body: 'rate_limited' },
      );
      let from = server.output().length;
      await server.clock!.set('2027-02-18T16:30:00Z');
      await server.waitForOutput(
        /manual clock: wake-up at 2027-02-18T16:30:15\.000Z/,
        { from },
      );
      let [message] = (await status(server)).messages;
      assert.equal(message?.state, 'pending');
      assert.equal(message?.attempts, 1);
      assert.equal(message?.error, 'HTTP 500: oops');
      assert.equal(message?.next_attempt_at, '2027-02-18T16:30:15.000Z');

      from = server.output().length;
      await server.clock!.advance(15_000);
      await server.waitForOutput(
        /manual clock: wake-up at 2027-02-18T16:30:22\.000Z/,
        { from },
      );
      [message] = (await status(server)).messages;
      assert.equal(message?.attempts, 2);
      assert.equal(
        message?.error,
        'HTTP 429: rate_limited',
        "Slack's own wait, 7 s, not the backoff's",
      );

      from = server.output().length;
      await server.clock!.advance(7_000);
      await server.waitForOutput(/posted the "imminent" message/, { from });
      [message] = (await status(server)).messages;
      assert.deepEqual(
        {
          state: message?.state,
          attempts: message?.attempts,
          error: message?.error,
        },
        { state: 'sent', attempts: 3, error: null },
      );
      assert.equal(fake.received.length, 3);
      assert.deepEqual(
        fake.received[0]?.body,
        fake.received[2]?.body,
        'the same message each time',
      );
    } finally {
      await server.stop();
    }
  });

  test('a webhook that keeps failing: five attempts, then one log line and a visible status', async () => {
    const server = await notifying();
    try {
      fake.answer(
        ...Array.from({ length: 5 }, () => ({ status: 503, body: 'down' })),
      );
      let from = server.output().length;
      await server.clock!.set('2027-02-18T16:30:00Z');
      for (let attempt = 2; attempt <= 5; attempt++) {
        const [, next] = await server.waitForOutput(
          new RegExp(`attempt ${attempt} of 5 at (\\S+)\\.`),
          { from },
        );
        await server.waitForOutput(
          new RegExp(`wake-up at ${next!.replace(/\./g, '\\.')}`),
          { from },
        );
        from = server.output().length;
        await server.clock!.set(next!);
      }
      await server.waitForOutput(/gave up/, { from });
      const gaveUp = server.output().match(/^.*gave up.*$/gm) ?? [];
      assert.deepEqual(gaveUp, [
        'Slack notifier: gave up on the "imminent" message after 5 attempts: HTTP 503: down',
      ]);
      const [message] = (await status(server)).messages;
      assert.equal(message?.state, 'failed');
      assert.equal(message?.error, 'HTTP 503: down');
      assert.equal(fake.received.length, 5);
    } finally {
      await server.stop();
    }
  });

  test('an answer no retry can fix (404 no_service): given up at once', async () => {
    const server = await notifying();
    try {
      fake.answer({ status: 404, body: 'no_service' });
      const from = server.output().length;
      await server.clock!.set('2027-02-18T16:30:00Z');
      await server.waitForOutput(
        /gave up on the "imminent" message after 1 attempt: HTTP 404: no_service/,
        { from },
      );
      const [message] = (await status(server)).messages;
      assert.equal(message?.state, 'failed');
      assert.equal(fake.received.length, 1);
    } finally {
      await server.stop();
    }
  });

  test('no webhook set: the transition is recorded as not configured, and nothing is sent later', async () => {
    const server = await notifying({ connected: false });
    try {
      await server.clock!.set('2027-02-18T16:30:00Z');
      const [message] = (await status(server)).messages;
      assert.equal(message?.kind, 'imminent');
      assert.equal(message?.state, 'not_configured');
      assert.equal((await status(server)).webhook_configured, false);
      await connect(server, fake);
      await server.clock!.advance(60_000);
      assert.equal(
        fake.received.length,
        0,
        'a stale reminder is not sent late',
      );
    } finally {
      await server.stop();
    }
  });
});

describe('the test message', () => {
  let server: RunningServer;
  const post = (json: unknown) =>
    call(server, 'POST', '/admin/maintenance-banner/notifier/test', {
      headers: adminHeaders(),
      json,
    });

  before(async () => {
    server = await startServer({ manualClock: T0, settings: WINDOW });
  });

  after(async () => {
    await server?.stop();
  });

  test('without a webhook: 422 naming the key', async () => {
    const answer = await post({});
    assert.equal(answer.status, 422);
    assert.match(
      (answer.body as { errors: string[] }).errors[0]!,
      /^maintenance_banner_slack_webhook_url: /,
    );
  });

  test('to a URL not saved yet, then to the stored one; a failing one is a 502 with the reason', async () => {
    fake.received.length = 0;
    const tried = await post({ url: fake.url });
    assert.deepEqual(tried.body, { success: 'OK', status: 200 });
    assert.match(text(fake, 0), /^\*Test message\*\n/);
    assert.match(
      text(fake, 0),
      /\nUTC: Thu, Feb 18, 2027, 5:00 PM UTC, until about Thu, Feb 18, 2027, 6:00 PM UTC$/,
    );

    await connect(server, fake);
    fake.answer({ status: 410, body: 'channel_is_archived' });
    const failed = await post({});
    assert.equal(failed.status, 502);
    assert.deepEqual(failed.body, {
      errors: [
        'maintenance_banner_slack_webhook_url: the test message was not posted: HTTP 410: channel_is_archived.',
      ],
      error_type: 'webhook_failed',
      status: 410,
    });
    assert.equal((await post({})).status, 200);
    assert.equal(fake.received.length, 3);
    assert.equal(
      (await status(server)).messages.length,
      0,
      'tests are not notifications',
    );
  });

  test('refuses a URL the setting would refuse, and anything but admins', async () => {
    const insecure = await post({ url: 'http://example.com/hook' });
    assert.equal(insecure.status, 422);
    assert.match(
      (insecure.body as { errors: string[] }).errors[0]!,
      /^maintenance_banner_slack_webhook_url: use an https: URL/,
    );
    const anonymous = await call(
      server,
      'POST',
      '/admin/maintenance-banner/notifier/test',
      { json: {} },
    );
    assert.equal(anonymous.status, 401);
    assert.equal(
      (await call(server, 'GET', '/admin/maintenance-banner/notifier.json'))
        .status,
      401,
    );
  });
});
