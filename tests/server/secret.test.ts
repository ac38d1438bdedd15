/**
 * The Slack webhook URL is a secret: it is in no public answer (settings.json,
 * the event stream, a page's preload), the admin API shows only a mask, the
 * history stores only that mask, and the log never prints it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeWebhook, type FakeWebhook } from './fake-webhook.ts';
import {
  adminHeaders,
  call,
  putSetting,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';
import { openEvents } from './sse-client.ts';

const KEY = 'maintenance_banner_slack_webhook_url';

let server: RunningServer;
let fake: FakeWebhook;

before(async () => {
  fake = await startFakeWebhook();
  server = await startServer({
    settings: {
      maintenance_banner_enabled: true,
      maintenance_banner_starts_at: '2030-02-18T10:00:00-08:00',
      maintenance_banner_time_zone: 'America/Los_Angeles',
    },
  });
});

after(async () => {
  await server?.stop();
  await fake?.close();
});

const adminList = async () => {
  const answer = await call(server, 'GET', '/admin/site_settings.json', {
    headers: adminHeaders(),
  });
  return (answer.body as { site_settings: Array<Record<string, unknown>> })
    .site_settings;
};

describe('the webhook URL', () => {
  test('is in no public answer, and the admin sees only its mask', async () => {
    const events = await openEvents(`${server.url}/maintenance-banner/events`);
    try {
      await events.next(() => true);
      const stored = await putSetting(
        server,
        KEY,
        fake.url,
        adminHeaders('alice'),
      );
      assert.equal(stored.status, 200);
      const { version } = stored.body as { version: number };

      const publicAnswers = [
        (await call(server, 'GET', '/maintenance-banner/settings.json')).text,
        (await call(server, 'GET', '/')).text,
        (await call(server, 'GET', '/admin/site-settings')).text,
        stored.text,
      ];
      // A visible change next: the stream sent nothing for the secret in between.
      const next = await putSetting(
        server,
        'maintenance_banner_message',
        'Soon.',
      );
      const nextVersion = (next.body as { version: number }).version;
      await events.next((event) => event.id === String(nextVersion));
      assert.deepEqual(
        events.events.map((event) => event.id),
        [String(version - 1), String(nextVersion)],
        'no event for the secret',
      );
      publicAnswers.push(...events.events.map((event) => event.data));
      for (const text of publicAnswers) {
        assert.ok(!text.includes(fake.secret), 'the secret path is not there');
        assert.ok(!text.includes(KEY), 'not even its name');
      }

      const entry = (await adminList()).find(
        (setting) => setting['setting'] === KEY,
      );
      const mask = `${new URL(fake.url).origin}/…${fake.secret.slice(-4)}`;
      assert.deepEqual(entry, {
        setting: KEY,
        value: mask,
        default: '',
        type: 'string',
        secret: true,
      });

      const history = await call(
        server,
        'GET',
        '/admin/site_settings/history.json',
        {
          headers: adminHeaders(),
        },
      );
      const change = (
        history.body as { history: Array<Record<string, unknown>> }
      ).history.find((row) => row['key'] === KEY);
      assert.deepEqual(
        {
          old_value: change?.['old_value'],
          new_value: change?.['new_value'],
          username: change?.['username'],
        },
        { old_value: null, new_value: mask, username: 'alice' },
      );
      assert.ok(
        !JSON.stringify(readDb(server.dbPath).history).includes(fake.secret),
        'the history table keeps only the mask',
      );
      assert.equal(
        readDb(server.dbPath).settings[KEY],
        JSON.stringify(fake.url),
        'the settings table has it, for the notifier',
      );

      const status = await call(
        server,
        'GET',
        '/admin/maintenance-banner/notifier.json',
        {
          headers: adminHeaders(),
        },
      );
      assert.ok(!status.text.includes(fake.secret));
      assert.equal(
        (status.body as { webhook_configured: boolean }).webhook_configured,
        true,
      );

      const stale = await call(server, 'PUT', `/admin/site_settings/${KEY}`, {
        headers: { ...adminHeaders(), 'If-Match': `"${version - 1}"` },
        json: { [KEY]: 'https://hooks.slack.com/services/other' },
      });
      assert.equal(stale.status, 409);
      assert.equal(
        (stale.body as { value: unknown }).value,
        mask,
        'a conflict shows the mask too',
      );
      assert.ok(!stale.text.includes(fake.secret));
      assert.ok(!server.output().includes(fake.secret), 'nor does the log');
    } finally {
      events.close();
    }
  });

  test('the mask sent back keeps the stored URL; "" clears it', async () => {
    const [entry] = (await adminList()).filter(
      (setting) => setting['setting'] === KEY,
    );
    const before = readDb(server.dbPath);
    const same = await putSetting(server, KEY, entry?.['value']);
    assert.equal(same.status, 200);
    assert.deepEqual(readDb(server.dbPath), before, 'nothing changed');

    assert.equal((await putSetting(server, KEY, '')).status, 200);
    const cleared = (await adminList()).find(
      (setting) => setting['setting'] === KEY,
    );
    assert.equal(cleared?.['value'], '');
  });

  const BAD: Array<[string, unknown, RegExp]> = [
    [
      'plain http to another host',
      'http://example.com/hook',
      /use an https: URL/,
    ],
    ['a javascript: link', 'javascript:alert(1)', /use an https: URL/],
    ['not a URL', 'hooks.slack.com/services/x', /is not a URL/],
    [
      'credentials in it',
      'https://user:pw@hooks.slack.com/services/x',
      /remove the user name/,
    ],
    ['a masked form', 'https://hooks.slack.com/…abcd', /masked form/],
    [
      'over 2,000 characters',
      `https://hooks.slack.com/${'a'.repeat(2000)}`,
      /2,000 characters or fewer; it has 2,024/,
    ],
    ['a number', 42, /as text/],
  ];
  for (const [what, value, sentence] of BAD) {
    test(`422 for ${what}, naming the key, and nothing stored`, async () => {
      const before = readDb(server.dbPath);
      const answer = await putSetting(server, KEY, value);
      assert.equal(answer.status, 422);
      const [error] = (answer.body as { errors: string[] }).errors;
      assert.ok(error?.startsWith(`${KEY}: `), error);
      assert.match(error ?? '', sentence);
      assert.deepEqual(readDb(server.dbPath), before);
    });
  }

  test('https: and a local relay are accepted', async () => {
    for (const url of [
      'https://hooks.slack.com/services/T000/B000/XXXX',
      'http://localhost:8080/hook',
      'http://127.0.0.1/hook',
    ]) {
      assert.equal((await putSetting(server, KEY, url)).status, 200, url);
    }
  });
});
