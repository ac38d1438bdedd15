/**
 * Live updates: /maintenance-banner/events delivers each change to every
 * connected client, with the new version as the event id, and catches a
 * reconnecting client up from its Last-Event-ID.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, mock, test } from 'node:test';
import {
  SettingsEvents,
  type SettingsPayload,
} from '../../test-app/server/events.ts';
import {
  publicSettings,
  putSetting,
  startServer,
  type RunningServer,
} from './harness.ts';
import { openEvents, type ServerSentEvent } from './sse-client.ts';

interface Payload {
  settings: Record<string, unknown>;
  version: number;
  server_time: number;
}

const read = (event: ServerSentEvent) => JSON.parse(event.data) as Payload;

describe('the events endpoint', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
  });

  test('sends the current settings on connect, as settings.json has them', async () => {
    const client = await openEvents(`${server.url}/maintenance-banner/events`);
    try {
      assert.equal(client.status, 200);
      assert.match(
        String(client.headers['content-type']),
        /^text\/event-stream/,
      );
      assert.equal(client.headers['cache-control'], 'no-store');
      const first = await client.next(() => true);
      const current = await publicSettings(server);
      assert.equal(first.event, 'settings');
      assert.equal(first.id, String(current.version));
      const payload = read(first);
      assert.deepEqual(payload.settings, current.settings);
      assert.equal(payload.version, current.version);
      assert.ok(Math.abs(payload.server_time - Date.now()) < 5000);
    } finally {
      client.close();
    }
  });

  test('delivers a change to every connected client, with the new version', async () => {
    const clients = await Promise.all(
      [1, 2, 3].map(() =>
        openEvents(`${server.url}/maintenance-banner/events`),
      ),
    );
    try {
      await Promise.all(clients.map((client) => client.next(() => true)));
      const answer = await putSetting(
        server,
        'maintenance_banner_status',
        'cancelled',
      );
      const { version } = answer.body as { version: number };
      for (const client of clients) {
        const event = await client.next(
          (candidate) => candidate.id === String(version),
        );
        assert.equal(event.event, 'settings');
        const payload = read(event);
        assert.equal(payload.version, version);
        assert.equal(
          payload.settings['maintenance_banner_status'],
          'cancelled',
        );
      }
    } finally {
      for (const client of clients) client.close();
    }
  });

  test('a refused change sends nothing', async () => {
    const client = await openEvents(`${server.url}/maintenance-banner/events`);
    try {
      await client.next(() => true);
      assert.equal(
        (await putSetting(server, 'maintenance_banner_status', 'nope')).status,
        422,
      );
      const ok = await putSetting(
        server,
        'maintenance_banner_status',
        'scheduled',
      );
      const { version } = ok.body as { version: number };
      await client.next((event) => event.id === String(version));
      assert.deepEqual(
        client.events.map(
          (event) => read(event).settings['maintenance_banner_status'],
        ),
        ['cancelled', 'scheduled'],
        'the connect event, then only the accepted change',
      );
    } finally {
      client.close();
    }
  });

  test('Last-Event-ID: nothing to resend when up to date, the current settings when behind', async () => {
    const { version } = await publicSettings(server);
    const upToDate = await openEvents(
      `${server.url}/maintenance-banner/events`,
      {
        headers: { 'Last-Event-ID': String(version) },
      },
    );
    const behind = await openEvents(`${server.url}/maintenance-banner/events`, {
      headers: { 'Last-Event-ID': String(version - 1) },
    });
    try {
      const caughtUp = await behind.next(() => true);
      assert.equal(caughtUp.id, String(version));

      const answer = await putSetting(
        server,
        'maintenance_banner_message',
        'Back soon.',
      );
      const next = (answer.body as { version: number }).version;
      const first = await upToDate.next(() => true);
      assert.equal(
        first.id,
        String(next),
        'the first event is the next change, not a repeat',
      );
      assert.equal(upToDate.events.length, 1);
    } finally {
      upToDate.close();
      behind.close();
    }
  });
});

describe('heartbeat', () => {
  let http: Server;
  let events: SettingsEvents;
  const payload: SettingsPayload = { settings: {}, version: 7, server_time: 0 };

  before(async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    events = new SettingsEvents();
    http = createServer((request, response) =>
      events.connect(request, response, payload),
    );
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  });

  after(async () => {
    events.shutdown({ server_time: 0 });
    http.closeAllConnections();
    await new Promise((done) => http.close(done));
    mock.timers.reset();
  });

  test('a comment every 25 seconds; the timer stops with the last client', async () => {
    const address = http.address();
    assert.ok(address && typeof address === 'object');
    const url = `http://127.0.0.1:${address.port}/`;
    /** Lets the sockets carry what was written (I/O turns, not time). */
    const settle = async (until: () => boolean = () => false) => {
      for (let turn = 0; turn < 50 && !until(); turn++) {
        await new Promise((done) => setImmediate(done));
      }
    };
    const heartbeats = (client: { comments: string[] }) =>
      client.comments.filter((text) => text === 'heartbeat').length;

    const first = await openEvents(url);
    await first.next(() => true);
    mock.timers.tick(24_999);
    await settle();
    assert.equal(heartbeats(first), 0);
    mock.timers.tick(1);
    await settle(() => heartbeats(first) === 1);
    assert.equal(heartbeats(first), 1);
    mock.timers.tick(25_000);
    await settle(() => heartbeats(first) === 2);
    assert.equal(heartbeats(first), 2);

    first.close();
    await settle(() => events.clientCount === 0);
    assert.equal(events.clientCount, 0);

    // Had the timer kept running, the next client would hear it 10 s early.
    mock.timers.tick(10_000);
    const second = await openEvents(url);
    await second.next(() => true);
    mock.timers.tick(15_000);
    await settle();
    assert.equal(heartbeats(second), 0);
    mock.timers.tick(10_000);
    await settle(() => heartbeats(second) === 1);
    assert.equal(heartbeats(second), 1);
    second.close();
  });
});
