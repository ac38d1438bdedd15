/**
 * When Slack fails, and the admin's "send a test message": 500 and 429
 * retried on the server's manual clock, then recorded; five failures or a
 * hopeless answer given up with one log line; the test message's answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook.ts';
import {
  adminHeaders,
  call,
  startServer,
  type RunningServer,
} from './harness.ts';
import {
  T0,
  WINDOW,
  connect,
  notifying,
  status,
  text,
} from './notifier-helpers.ts';

let fake: FakeWebhook;

before(async () => {
  fake = await startFakeWebhook();
});

after(async () => {
  await fake?.close();
});

describe('when Slack fails', () => {
  test('500, then 429 with Retry-After: retried on the clock, then recorded as sent', async () => {
    const server = await notifying(fake);
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
    const server = await notifying(fake);
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
    const server = await notifying(fake);
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
    const server = await notifying(fake, { connected: false });
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
