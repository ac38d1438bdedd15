/**
 * Graceful shutdown of the real server process: on SIGTERM or SIGINT it
 * stops listening, finishes the writes in flight, tells open pages with a
 * last `shutdown` event, lets a Slack message in flight get its answer,
 * closes the database and exits 0; what still hangs after 10 s is closed
 * by force.
 */
import assert from 'node:assert/strict';
import {
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
} from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook.ts';
import {
  adminHeaders,
  call,
  publicSettings,
  putSetting,
  readDb,
  startServer,
  tempDir,
  type RunningServer,
} from './harness.ts';
import { openEvents } from './sse-client.ts';

const MESSAGE = 'maintenance_banner_message';

/**
 * A change whose body is not sent yet: resolves once the server has read
 * its headers and is waiting for the body (`Expect: 100-continue`).
 */
async function writeInFlight(
  server: RunningServer,
  value: string,
): Promise<{
  request: ClientRequest;
  finish: () => Promise<{ status: number; body: string }>;
}> {
  const body = JSON.stringify({ [MESSAGE]: value });
  const url = new URL(server.url);
  const request = httpRequest({
    host: url.hostname,
    port: url.port,
    method: 'PUT',
    path: `/admin/site_settings/${MESSAGE}`,
    headers: {
      ...adminHeaders(),
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      Expect: '100-continue',
    },
  });
  const answered = new Promise<IncomingMessage>((done, fail) => {
    request.on('response', done);
    request.on('error', fail);
  });
  // Awaited by `finish`; a request cut off by the server is the test's to check.
  answered.catch(() => {});
  request.flushHeaders();
  await new Promise<void>((done) => request.once('continue', done));
  return {
    request,
    finish: async () => {
      request.end(body);
      const response = await answered;
      let text = '';
      for await (const chunk of response) text += String(chunk);
      return { status: response.statusCode ?? 0, body: text };
    },
  };
}

describe('SIGTERM with pages open and a write in flight', () => {
  test('the pages get the last event, the write is kept, and the process exits 0 at once', async () => {
    const dir = tempDir();
    const server = await startServer({ dir });
    const pages = await Promise.all(
      [1, 2].map(() => openEvents(`${server.url}/maintenance-banner/events`)),
    );
    await Promise.all(pages.map((page) => page.next(() => true)));
    const write = await writeInFlight(server, 'Written while stopping.');

    const signalled = performance.now();
    server.child.kill('SIGTERM');
    for (const page of pages) {
      const last = await page.next((event) => event.event === 'shutdown');
      assert.ok(
        Math.abs(
          (JSON.parse(last.data) as { server_time: number }).server_time -
            Date.now(),
        ) < 5000,
      );
      await page.closed;
    }
    await assert.rejects(
      call(server, 'GET', '/maintenance-banner/settings.json'),
      'no new connections',
    );

    const answer = await write.finish();
    assert.equal(answer.status, 200, answer.body);
    const { version } = JSON.parse(answer.body) as { version: number };
    const exit = await server.exited;
    const took = performance.now() - signalled;
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.ok(took < 10_000, `exited ${Math.round(took)} ms after the signal`);
    console.log(`exited ${Math.round(took)} ms after SIGTERM (bound: 10 s)`);
    assert.match(
      server.output(),
      /Stopping \(SIGTERM\): no new connections; 1 request in flight; 2 open pages told the forum is going down\.\n/,
    );
    assert.match(
      server.output(),
      /Stopped after \d+ ms: every request finished; database closed\.\n/,
    );

    const again = await startServer({ dir });
    try {
      const stored = await publicSettings(again);
      assert.equal(stored.settings[MESSAGE], 'Written while stopping.');
      assert.equal(stored.version, version);
    } finally {
      await again.stop();
    }
  });
});

describe('what still hangs after the deadline', () => {
  test('SIGINT, a request that never finishes: closed by force after 10 s of the clock, exit 0, nothing stored', async () => {
    const server = await startServer({ manualClock: '2027-02-01T12:00:00Z' });
    const before = readDb(server.dbPath);
    const stuck = await writeInFlight(server, 'Never finished.');
    const reset = new Promise<string>((done) =>
      stuck.request.on('error', (error: NodeJS.ErrnoException) =>
        done(error.code ?? ''),
      ),
    );
    const from = server.output().length;
    server.child.kill('SIGINT');
    await server.waitForOutput(
      /Stopping \(SIGINT\): no new connections; 1 request in flight/,
      { from },
    );

    await server.clock!.advance(9_999);
    assert.equal(server.child.exitCode, null, 'still waiting for the request');
    await server.clock!.advance(1);
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.match(
      server.output(),
      /still busy after 10 s; closing 1 connection by force\./,
    );
    assert.match(
      server.output(),
      /the rest closed by force; database closed\./,
    );
    assert.match(await reset, /ECONNRESET|socket hang up/);
    assert.deepEqual(readDb(server.dbPath), before);
  });

  test('a second signal forces at once', async () => {
    const server = await startServer();
    await writeInFlight(server, 'Never finished.');
    const from = server.output().length;
    server.child.kill('SIGTERM');
    await server.waitForOutput(/Stopping \(SIGTERM\)/, { from });
    server.child.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.match(server.output(), /asked again; closing 1 connection by force/);
  });
});

describe('a Slack message in flight', () => {
  let fake: FakeWebhook;

  before(async () => {
    fake = await startFakeWebhook();
  });

  after(async () => {
    await fake?.close();
  });

  test('gets its answer before the database closes, and is not sent again after the restart', async () => {
    const dir = tempDir();
    const server = await startServer({
      dir,
      manualClock: '2027-02-18T14:00:00Z',
      settings: {
        maintenance_banner_enabled: true,
        maintenance_banner_starts_at: '2027-02-18T17:00:00Z',
        maintenance_banner_time_zone: 'America/Los_Angeles',
      },
    });
    assert.equal(
      (
        await putSetting(
          server,
          'maintenance_banner_slack_webhook_url',
          fake.url,
        )
      ).status,
      200,
    );
    const held = fake.hold();
    await server.clock!.set('2027-02-18T16:30:00Z');
    const { release } = await held;

    const from = server.output().length;
    server.child.kill('SIGTERM');
    await server.waitForOutput(/waiting for the Slack message in flight/, {
      from,
    });
    release();
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.match(server.output(), /posted the "imminent" message/);

    const again = await startServer({
      dir,
      manualClock: '2027-02-18T16:31:00Z',
    });
    try {
      const status = await call(
        again,
        'GET',
        '/admin/maintenance-banner/notifier.json',
        {
          headers: adminHeaders(),
        },
      );
      const { messages } = status.body as {
        messages: Array<{ kind: string; state: string }>;
      };
      assert.deepEqual(
        messages.map(({ kind, state }) => [kind, state]),
        [['imminent', 'sent']],
      );
      assert.equal(fake.received.length, 1);
    } finally {
      await again.stop();
    }
  });
});
