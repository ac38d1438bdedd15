/**
 * The Slack notifier of the real server process, on its manual clock, with
 * a fake webhook on loopback: one message per transition, in order, for the
 * seed window and for an admin's changes; a restart sends nothing twice;
 * after downtime only the latest state.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook.ts';
import {
  putSetting,
  startServer,
  tempDir,
  type RunningServer,
} from './harness.ts';
import {
  START,
  T0,
  WINDOW,
  connect,
  kinds,
  notifying,
  reach,
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
    const first = await notifying(fake, { dir });
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
    const first = await notifying(fake, { dir });
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
