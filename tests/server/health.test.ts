/**
 * The forum's health path, as a Discourse site answers it, and the demo's
 * admin-only switch that takes it "down" for trying the banner's checks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  adminHeaders,
  call,
  startServer,
  type RunningServer,
} from './harness.ts';

let server: RunningServer;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

describe('/srv/status', () => {
  test('answers "ok", uncached, to anyone', async () => {
    const answer = await call(server, 'GET', '/srv/status');
    assert.equal(answer.status, 200);
    assert.equal(answer.text, 'ok');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  test('an admin takes it down and up again; nobody else can', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { 'Api-Key': 'wrong', 'Api-Username': 'admin' },
    ];
    for (const headers of attempts) {
      const refused = await call(server, 'PUT', '/admin/demo/health', {
        headers,
        json: { up: false },
      });
      assert.ok(
        [401, 403].includes(refused.status),
        `refused: ${refused.status}`,
      );
    }
    assert.equal(
      (await call(server, 'GET', '/srv/status')).status,
      200,
      'still up',
    );

    const down = await call(server, 'PUT', '/admin/demo/health', {
      headers: adminHeaders(),
      json: { up: false },
    });
    assert.deepEqual(down.body, { up: false });
    const failing = await call(server, 'GET', '/srv/status');
    assert.equal(failing.status, 503);
    assert.notEqual(failing.text, 'ok');

    const bad = await call(server, 'PUT', '/admin/demo/health', {
      headers: adminHeaders(),
      json: { up: 'yes' },
    });
    assert.equal(bad.status, 400);

    await call(server, 'PUT', '/admin/demo/health', {
      headers: adminHeaders(),
      json: { up: true },
    });
    assert.equal((await call(server, 'GET', '/srv/status')).text, 'ok');
  });
});
