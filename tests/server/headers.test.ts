/**
 * What every answer says about itself: never framed (X-Frame-Options and
 * frame-ancestors, in `npm start`'s dev mode too); a page's connect-src
 * follows the health URL's origin; the server's own limits on links.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  call,
  putSetting,
  rawRequest,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';

const HEALTH = 'maintenance_banner_health_url';
const CHANNEL = 'maintenance_banner_channel_url';

let server: RunningServer;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

const csp = (headers: Headers) => headers.get('content-security-policy') ?? '';

describe('framing', () => {
  test('every kind of answer refuses to be framed', async () => {
    const answers = [
      await call(server, 'GET', '/'),
      await call(server, 'GET', '/admin/site-settings'),
      await call(server, 'GET', '/maintenance-banner/settings.json'),
      await call(server, 'GET', '/admin/site_settings.json'),
      await call(server, 'GET', '/srv/status'),
      await call(server, 'GET', '/assets/missing.js'),
      await call(server, 'PATCH', '/maintenance-banner/settings.json'),
    ];
    for (const answer of answers) {
      assert.equal(answer.headers.get('x-frame-options'), 'DENY');
      assert.match(csp(answer.headers), /frame-ancestors 'none'/);
    }
    const events = await rawRequest(server, {
      method: 'HEAD',
      path: '/maintenance-banner/events',
    });
    assert.equal(events.headers['x-frame-options'], 'DENY');
  });

  test('npm start (Vite dev server): the admin page is not frameable either', async () => {
    const dev = await startServer({ production: false });
    try {
      const page = await call(dev, 'GET', '/admin/site-settings');
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      assert.equal(
        csp(page.headers),
        "frame-ancestors 'none'",
        'and no script policy that would stop Vite',
      );
    } finally {
      await dev.stop();
    }
  });
});

describe('the page policy and the health URL', () => {
  test("a health URL on another host is in the page's connect-src, and only there", async () => {
    assert.match(
      csp((await call(server, 'GET', '/')).headers),
      /connect-src 'self';/,
    );
    assert.equal(
      (await putSetting(server, HEALTH, 'https://status.example.com:8443/up'))
        .status,
      200,
    );
    const page = await call(server, 'GET', '/t/a-topic');
    assert.match(
      csp(page.headers),
      /connect-src 'self' https:\/\/status\.example\.com:8443;/,
    );
    assert.match(
      csp(page.headers),
      /script-src 'self';/,
      'the rest of the policy is unchanged',
    );
    const json = await call(server, 'GET', '/maintenance-banner/settings.json');
    assert.match(csp(json.headers), /connect-src 'self';/);

    assert.equal((await putSetting(server, HEALTH, '/srv/status')).status, 200);
    assert.match(
      csp((await call(server, 'GET', '/')).headers),
      /connect-src 'self';/,
    );
  });

  for (const url of [
    'https://[2001:db8::1]/up',
    'https://status.example.com./up',
  ]) {
    test(`a host the policy cannot name (${url}) is refused with the reason`, async () => {
      const before = readDb(server.dbPath);
      const answer = await putSetting(server, HEALTH, url);
      assert.equal(answer.status, 422);
      assert.match(
        (answer.body as { errors: string[] }).errors[0]!,
        /^maintenance_banner_health_url: the page may only ask hosts its Content-Security-Policy can name/,
      );
      assert.deepEqual(readDb(server.dbPath), before);
    });
  }
});

describe('links', () => {
  const link = (length: number) => {
    const base = 'https://gophers.slack.com/messages/';
    return base + 'a'.repeat(length - base.length);
  };

  test('a channel link of 2,000 characters is stored; 2,001 or 12 KB are refused, naming the key', async () => {
    assert.equal((await putSetting(server, CHANNEL, link(2000))).status, 200);
    for (const length of [2001, 12 * 1024]) {
      const before = readDb(server.dbPath);
      const answer = await putSetting(server, CHANNEL, link(length));
      assert.equal(answer.status, 422);
      assert.deepEqual((answer.body as { errors: string[] }).errors, [
        `${CHANNEL}: Shorten it to 2000 characters or fewer; it has ${length}.`,
      ]);
      assert.deepEqual(readDb(server.dbPath), before);
    }
  });

  test('the health URL has the same cap', async () => {
    const answer = await putSetting(server, HEALTH, `/${'a'.repeat(2000)}`);
    assert.equal(answer.status, 422);
    assert.match(
      (answer.body as { errors: string[] }).errors[0]!,
      /^maintenance_banner_health_url: Shorten it to 2000 characters/,
    );
  });
});
