/**
 * The settings API of the real server process, over HTTP, with a real
 * SQLite file: who may change what, what is refused (and that a refusal
 * stores nothing), Discourse's shapes, history, concurrent admins.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  validateSettings,
  type SettingKey,
} from 'ember-maintenance-banner/core';
import {
  API_KEY,
  adminHeaders,
  call,
  publicSettings,
  putSetting,
  rawRequest,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';

const START = '2027-02-18T10:00:00-08:00';
const SLACK = 'https://gophers.slack.com/messages/announcements';
const INITIAL = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: START,
  maintenance_banner_duration_minutes: 0,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_channel_url: SLACK,
};

let server: RunningServer;

before(async () => {
  server = await startServer({ settings: INITIAL });
});

after(async () => {
  await server?.stop();
});

/** The core validator's sentence for `key` = `value` on the current settings, after the key it names. */
async function coreMessage(key: SettingKey, value: unknown): Promise<string> {
  const { settings } = await publicSettings(server);
  const errors = validateSettings({ ...settings, [key]: value });
  const error = errors.find((candidate) => candidate.key === key) ?? errors[0];
  assert.ok(error, `the core accepts ${key} = ${JSON.stringify(value)}`);
  return `${error.key}: ${error.message}`;
}

/** Runs `action` and asserts it left the database exactly as it was. */
async function storesNothing(action: () => Promise<void>): Promise<void> {
  const before = readDb(server.dbPath);
  await action();
  assert.deepEqual(readDb(server.dbPath), before, 'the database is unchanged');
}

describe('public settings', () => {
  test('settings.json has every key, typed, with a version and the server time', async () => {
    const before = Date.now();
    const body = await publicSettings(server);
    assert.deepEqual(
      Object.keys(body.settings).sort(),
      [...SETTING_KEYS].sort(),
    );
    assert.equal(body.settings['maintenance_banner_starts_at'], START);
    assert.equal(body.settings['maintenance_banner_duration_minutes'], 0);
    assert.equal(body.settings['maintenance_banner_enabled'], true);
    assert.equal(
      body.settings['maintenance_banner_notice_hours'],
      DEFAULT_SETTINGS.maintenance_banner_notice_hours,
      'a key the file left out takes its default',
    );
    assert.ok(Number.isSafeInteger(body.version) && body.version >= 1);
    assert.ok(Math.abs(body.server_time - before) < 5000, 'server_time is now');
  });

  test('a page carries the stored settings, the events URL and the server time, and no CSRF token', async () => {
    const page = await call(server, 'GET', '/t/some-topic');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /connect-src 'self'/,
    );
    assert.equal(page.headers.get('cache-control'), 'no-store');
    const preload =
      /<script type="application\/json" id="maintenance-banner-settings">(.*?)<\/script>/.exec(
        page.text,
      );
    assert.ok(preload?.[1], 'the preload is in the page');
    assert.deepEqual(
      JSON.parse(preload[1]),
      (await publicSettings(server)).settings,
    );
    assert.match(
      page.text,
      /<meta name="maintenance-banner-events" content="\/maintenance-banner\/events">/,
    );
    const time =
      /<meta name="maintenance-banner-server-time" content="(\d+)">/.exec(
        page.text,
      );
    assert.ok(time?.[1] && Math.abs(Number(time[1]) - Date.now()) < 5000);
    assert.doesNotMatch(page.text, /csrf-token/);
  });

  test('admin text with "&", "$&" and quotes reaches the page intact', async () => {
    const message = 'Fish & chips: $& $1 $` "quoted" \u2028 done';
    assert.equal(
      (await putSetting(server, 'maintenance_banner_message', message)).status,
      200,
    );
    const page = await call(server, 'GET', '/');
    const preload = /id="maintenance-banner-settings">(.*?)<\/script>/s.exec(
      page.text,
    );
    assert.ok(preload?.[1]);
    assert.doesNotMatch(
      preload[1],
      /[<>&\u2028]/,
      'nothing that could end the script element',
    );
    assert.equal(
      (JSON.parse(preload[1]) as Record<string, unknown>)[
        'maintenance_banner_message'
      ],
      message.trim(),
    );
  });
});

describe('admin credentials', () => {
  const PUT = (headers: Record<string, string>) => () =>
    putSetting(server, 'maintenance_banner_status', 'in_progress', headers);

  test('no credentials: 401, nothing read or stored', async () => {
    const read = await call(server, 'GET', '/admin/site_settings.json');
    assert.equal(read.status, 401);
    assert.deepEqual(read.body, {
      errors: [
        'You are not logged in: send the Api-Key and Api-Username headers, or log in at POST /admin/session.',
      ],
      error_type: 'not_logged_in',
    });
    assert.equal(
      (await call(server, 'GET', '/admin/site_settings/history.json')).status,
      401,
    );
    await storesNothing(async () => {
      assert.equal((await PUT({})()).status, 401);
    });
  });

  test('a wrong key: 403, nothing stored', async () => {
    const wrong = { 'Api-Key': `${API_KEY}x`, 'Api-Username': 'admin' };
    assert.equal(
      (
        await call(server, 'GET', '/admin/site_settings.json', {
          headers: wrong,
        })
      ).status,
      403,
    );
    await storesNothing(async () => {
      const answer = await PUT(wrong)();
      assert.equal(answer.status, 403);
      assert.equal(
        (answer.body as { error_type: string }).error_type,
        'invalid_access',
      );
      assert.equal(
        (
          await PUT({
            'Api-Key': API_KEY.slice(0, -1),
            'Api-Username': 'admin',
          })()
        ).status,
        403,
      );
      assert.equal(
        (await PUT({ 'Api-Key': '', 'Api-Username': 'admin' })()).status,
        401,
      );
    });
  });

  test('the right key needs a user name for the history', async () => {
    await storesNothing(async () => {
      assert.equal((await PUT({ 'Api-Key': API_KEY })()).status, 401);
      assert.equal(
        (await PUT({ 'Api-Key': API_KEY, 'Api-Username': 'a b<c>' })()).status,
        403,
      );
    });
  });

  test('Api-Key and Api-Username: the Discourse site_settings shape', async () => {
    const answer = await call(server, 'GET', '/admin/site_settings.json', {
      headers: adminHeaders(),
    });
    assert.equal(answer.status, 200);
    const list = (
      answer.body as { site_settings: Array<Record<string, unknown>> }
    ).site_settings;
    assert.deepEqual(
      list.map((entry) => entry['setting']),
      [...SETTING_KEYS, 'maintenance_banner_slack_webhook_url'],
    );
    const byKey = new Map(list.map((entry) => [entry['setting'], entry]));
    assert.deepEqual(byKey.get('maintenance_banner_enabled'), {
      setting: 'maintenance_banner_enabled',
      value: true,
      default: false,
      type: 'bool',
    });
    assert.deepEqual(byKey.get('maintenance_banner_duration_minutes'), {
      setting: 'maintenance_banner_duration_minutes',
      value: 0,
      default: 60,
      type: 'integer',
      min: 0,
      max: 10_080,
    });
    assert.deepEqual(byKey.get('maintenance_banner_status')?.['choices'], [
      'scheduled',
      'in_progress',
      'completed',
      'cancelled',
    ]);
    assert.equal(byKey.get('maintenance_banner_status')?.['type'], 'enum');
    assert.equal(byKey.get('maintenance_banner_time_zone')?.['type'], 'string');
    assert.equal(byKey.get('maintenance_banner_starts_at')?.['value'], START);
  });
});

describe('PUT /admin/site_settings/{key}', () => {
  test('stores the value, bumps the version, records the history, tells everyone', async () => {
    const before = await publicSettings(server);
    const answer = await putSetting(
      server,
      'maintenance_banner_status',
      'in_progress',
      adminHeaders('sam'),
    );
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, {
      success: 'OK',
      version: before.version + 1,
    });

    const after = await publicSettings(server);
    assert.equal(after.settings['maintenance_banner_status'], 'in_progress');
    assert.equal(after.version, before.version + 1);

    const history = await call(
      server,
      'GET',
      '/admin/site_settings/history.json',
      { headers: adminHeaders() },
    );
    const [latest] = (
      history.body as { history: Array<Record<string, unknown>> }
    ).history;
    assert.deepEqual(
      { ...latest, created_at: undefined },
      {
        key: 'maintenance_banner_status',
        old_value: before.settings['maintenance_banner_status'],
        new_value: 'in_progress',
        username: 'sam',
        created_at: undefined,
        version: before.version + 1,
      },
    );
    assert.ok(
      Math.abs(Date.parse(String(latest?.['created_at'])) - Date.now()) < 5000,
    );
  });

  test('stores each value with its type: "90" is 90, "false" is false', async () => {
    assert.equal(
      (await putSetting(server, 'maintenance_banner_duration_minutes', '90'))
        .status,
      200,
    );
    assert.equal(
      (await putSetting(server, 'maintenance_banner_dismissible', 'false'))
        .status,
      200,
    );
    assert.equal(
      (await putSetting(server, 'maintenance_banner_channel_name', '  #ops  '))
        .status,
      200,
    );
    const { settings } = await publicSettings(server);
    assert.equal(settings['maintenance_banner_duration_minutes'], 90);
    assert.equal(settings['maintenance_banner_dismissible'], false);
    assert.equal(settings['maintenance_banner_channel_name'], '#ops');
    const stored = readDb(server.dbPath).settings;
    assert.equal(
      stored['maintenance_banner_duration_minutes'],
      '90',
      'an integer in the database',
    );
    assert.equal(
      stored['maintenance_banner_dismissible'],
      'false',
      'a boolean in the database',
    );
  });

  test('the same value again changes nothing: no version, no history', async () => {
    await putSetting(server, 'maintenance_banner_notice_hours', 48);
    await storesNothing(async () => {
      const answer = await putSetting(
        server,
        'maintenance_banner_notice_hours',
        '48',
      );
      assert.equal(answer.status, 200);
      assert.equal(
        (answer.body as { version: number }).version,
        (await publicSettings(server)).version,
      );
    });
  });

  const BAD: Array<[string, SettingKey, unknown]> = [
    ['a date that is not one', 'maintenance_banner_starts_at', 'next Tuesday'],
    [
      'a time without an offset',
      'maintenance_banner_starts_at',
      '2027-02-18T10:00',
    ],
    [
      'a day that does not exist',
      'maintenance_banner_starts_at',
      '2027-02-30T10:00:00Z',
    ],
    ['no start while the banner is on', 'maintenance_banner_starts_at', ''],
    ['an unknown zone', 'maintenance_banner_time_zone', 'Mars/Olympus_Mons'],
    ['an offset for a zone', 'maintenance_banner_time_zone', '+05:30'],
    ['a duration over a week', 'maintenance_banner_duration_minutes', 10_081],
    ['a negative duration', 'maintenance_banner_duration_minutes', -1],
    ['a fraction', 'maintenance_banner_duration_minutes', 1.5],
    ['digits and letters', 'maintenance_banner_duration_minutes', '12abc'],
    ['notice hours out of range', 'maintenance_banner_notice_hours', 0],
    [
      'a javascript: link',
      'maintenance_banner_channel_url',
      'javascript:alert(1)',
    ],
    ['an http: link', 'maintenance_banner_channel_url', 'http://example.com/'],
    [
      'a link with a password',
      'maintenance_banner_channel_url',
      'https://user:pw@example.com/',
    ],
    [
      'a scheme-relative health URL',
      'maintenance_banner_health_url',
      '//evil.example/status',
    ],
    [
      'HTML in the message',
      'maintenance_banner_message',
      '<img src=x onerror=alert(1)>',
    ],
    ['a closing tag', 'maintenance_banner_message', 'Done</b>'],
    ['a message too long', 'maintenance_banner_message', 'x'.repeat(501)],
    [
      'a line break in the channel name',
      'maintenance_banner_channel_name',
      '#a\n#b',
    ],
    ['an unknown status', 'maintenance_banner_status', 'done'],
    ['a word for a switch', 'maintenance_banner_enabled', 'maybe'],
    ['a number for text', 'maintenance_banner_message', 5],
    ['a list', 'maintenance_banner_duration_minutes', [30]],
    ['an object', 'maintenance_banner_enabled', { yes: true }],
  ];
  for (const [what, key, value] of BAD) {
    test(`422 for ${what}, with the core's message after the key, and nothing stored`, async () => {
      const message = await coreMessage(key, value);
      await storesNothing(async () => {
        const answer = await putSetting(server, key, value);
        assert.equal(answer.status, 422);
        assert.deepEqual(answer.body, {
          errors: [message],
          error_type: 'invalid_parameters',
        });
      });
    });
  }

  test('422 for null, which would otherwise mean "the default"', async () => {
    await storesNothing(async () => {
      const answer = await putSetting(
        server,
        'maintenance_banner_status',
        null,
      );
      assert.equal(answer.status, 422);
    });
  });

  test('switching the banner on is refused while the start is missing', async () => {
    assert.equal(
      (await putSetting(server, 'maintenance_banner_enabled', false)).status,
      200,
    );
    assert.equal(
      (await putSetting(server, 'maintenance_banner_starts_at', '')).status,
      200,
      'allowed while off',
    );
    await storesNothing(async () => {
      const answer = await putSetting(
        server,
        'maintenance_banner_enabled',
        true,
      );
      assert.equal(answer.status, 422);
      assert.match(
        (answer.body as { errors: string[] }).errors[0] ?? '',
        /Set the start/,
      );
    });
    assert.equal(
      (await putSetting(server, 'maintenance_banner_starts_at', START)).status,
      200,
    );
    assert.equal(
      (await putSetting(server, 'maintenance_banner_enabled', true)).status,
      200,
    );
  });

  for (const name of [
    'maintenance_banner_nope',
    '__proto__',
    'constructor',
    'toString',
    'history',
    '',
  ]) {
    test(`404 for the unknown key ${JSON.stringify(name)}`, async () => {
      await storesNothing(async () => {
        const answer = await call(
          server,
          'PUT',
          `/admin/site_settings/${name}`,
          {
            headers: adminHeaders(),
            json: { [name]: 'x' },
          },
        );
        assert.equal(answer.status, 404);
        assert.equal(
          (answer.body as { error_type: string }).error_type,
          'not_found',
        );
      });
    });
  }

  const MALFORMED: Array<[string, Record<string, string>, string | Buffer]> = [
    [
      'malformed JSON',
      { 'Content-Type': 'application/json' },
      '{"maintenance_banner_status": "in_progress"',
    ],
    ['an empty body', { 'Content-Type': 'application/json' }, ''],
    [
      'a form body',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'maintenance_banner_status=in_progress',
    ],
    [
      'JSON as text/plain',
      { 'Content-Type': 'text/plain' },
      '{"maintenance_banner_status":"in_progress"}',
    ],
    [
      'another charset',
      { 'Content-Type': 'application/json; charset=latin1' },
      '{"maintenance_banner_status":"in_progress"}',
    ],
    ['a list', { 'Content-Type': 'application/json' }, '["in_progress"]'],
    [
      'the key of another setting',
      { 'Content-Type': 'application/json' },
      '{"maintenance_banner_message":"hi"}',
    ],
    [
      'two keys',
      { 'Content-Type': 'application/json' },
      '{"maintenance_banner_status":"in_progress","maintenance_banner_message":"hi"}',
    ],
    [
      'a __proto__ key',
      { 'Content-Type': 'application/json' },
      '{"__proto__":{"maintenance_banner_status":"cancelled"}}',
    ],
    [
      'invalid UTF-8',
      { 'Content-Type': 'application/json' },
      Buffer.concat([
        Buffer.from('{"maintenance_banner_status":"'),
        Buffer.from([0xff]),
        Buffer.from('"}'),
      ]),
    ],
  ];
  for (const [what, headers, body] of MALFORMED) {
    test(`400 for ${what}, nothing stored`, async () => {
      await storesNothing(async () => {
        const answer = await rawRequest(server, {
          method: 'PUT',
          path: '/admin/site_settings/maintenance_banner_status',
          headers: { ...adminHeaders(), ...headers },
          body,
        });
        assert.equal(answer.status, 400, answer.body);
        assert.equal(
          (JSON.parse(answer.body) as { error_type: string }).error_type,
          'invalid_parameters',
        );
      });
    });
  }

  test('413 for a declared 1 MB body, answered before the body is sent', async () => {
    await storesNothing(async () => {
      const started = performance.now();
      const answer = await rawRequest(server, {
        method: 'PUT',
        path: '/admin/site_settings/maintenance_banner_message',
        headers: {
          ...adminHeaders(),
          'Content-Type': 'application/json',
          'Content-Length': 1024 * 1024,
        },
        // Only the first kilobyte ever leaves: a server waiting for the rest would time out.
        partial: Buffer.from(
          `{"maintenance_banner_message":"${'a'.repeat(1000)}`,
        ),
        timeoutMs: 3000,
      });
      assert.equal(answer.status, 413);
      assert.equal(
        (JSON.parse(answer.body) as { error_type: string }).error_type,
        'payload_too_large',
      );
      assert.ok(performance.now() - started < 2000, 'quickly');
    });
  });

  test('413 for 1 MB sent without a length, refused at the cap', async () => {
    await storesNothing(async () => {
      const answer = await rawRequest(server, {
        method: 'PUT',
        path: '/admin/site_settings/maintenance_banner_message',
        headers: {
          ...adminHeaders(),
          'Content-Type': 'application/json',
          'Transfer-Encoding': 'chunked',
        },
        body: `{"maintenance_banner_message":"${'a'.repeat(1024 * 1024)}"}`,
      });
      assert.equal(answer.status, 413);
    });
  });

  test('405 for other methods, with Allow', async () => {
    const get = await call(
      server,
      'GET',
      '/admin/site_settings/maintenance_banner_status',
      { headers: adminHeaders() },
    );
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'PUT');
    const post = await call(
      server,
      'POST',
      '/maintenance-banner/settings.json',
      { json: {} },
    );
    assert.equal(post.status, 405);
  });
});

describe('prototype pollution', () => {
  test('__proto__ and constructor in bodies reach no object', async () => {
    await storesNothing(async () => {
      for (const body of [
        '{"__proto__":{"api_key":"' + API_KEY + '","username":"mallory"}}',
        '{"constructor":{"prototype":{"api_key":"' +
          API_KEY +
          '","username":"mallory"}}}',
      ]) {
        const login = await rawRequest(server, {
          method: 'POST',
          path: '/admin/session',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        assert.equal(login.status, 401, 'no api_key was read from a prototype');
        assert.equal(login.headers['set-cookie'], undefined);
      }
      const put = await rawRequest(server, {
        method: 'PUT',
        path: '/admin/site_settings/maintenance_banner_status',
        headers: { 'Content-Type': 'application/json' },
        body:
          '{"__proto__":{"api-key":"' +
          API_KEY +
          '"},"maintenance_banner_status":"cancelled"}',
      });
      assert.equal(put.status, 401);
    });
    // Had Object.prototype been polluted, these would now carry extra keys or pass auth.
    const { settings } = await publicSettings(server);
    assert.deepEqual(Object.keys(settings).sort(), [...SETTING_KEYS].sort());
    assert.equal(
      (await call(server, 'GET', '/admin/site_settings.json')).status,
      401,
    );
    assert.equal((await call(server, 'GET', '/admin/session')).status, 401);
  });
});

describe('history', () => {
  test('newest first, at most 50', async () => {
    for (let i = 1; i <= 55; i++) {
      assert.equal(
        (await putSetting(server, 'maintenance_banner_message', `Update ${i}`))
          .status,
        200,
      );
    }
    const answer = await call(
      server,
      'GET',
      '/admin/site_settings/history.json',
      { headers: adminHeaders() },
    );
    const { history } = answer.body as {
      history: Array<Record<string, unknown>>;
    };
    assert.equal(history.length, 50);
    assert.equal(history[0]?.['new_value'], 'Update 55');
    assert.equal(history[0]?.['old_value'], 'Update 54');
    assert.equal(history[49]?.['new_value'], 'Update 6');
  });
});

describe('two admins at once', () => {
  test('saving different keys in parallel: every change persists, each with its own version', async () => {
    const before = await publicSettings(server);
    const changes: Array<[SettingKey, unknown, string]> = [
      ['maintenance_banner_status', 'completed', 'alice'],
      ['maintenance_banner_completed_at', '2027-02-18T12:00:00-08:00', 'bob'],
      ['maintenance_banner_message', 'All done, thanks for waiting.', 'alice'],
      ['maintenance_banner_channel_name', '#status', 'bob'],
      ['maintenance_banner_notice_hours', 24, 'alice'],
      ['maintenance_banner_imminent_minutes', 15, 'bob'],
      ['maintenance_banner_long_window_minutes', 180, 'alice'],
      ['maintenance_banner_completed_notice_minutes', 60, 'bob'],
    ];
    const answers = await Promise.all(
      changes.map(([key, value, who]) =>
        putSetting(server, key, value, adminHeaders(who)),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      changes.map(() => 200),
    );
    const versions = answers
      .map((answer) => (answer.body as { version: number }).version)
      .sort((a, b) => a - b);
    assert.deepEqual(
      versions,
      changes.map((_, i) => before.version + i + 1),
    );

    const after = await publicSettings(server);
    for (const [key, value] of changes)
      assert.equal(after.settings[key], value, key);
    assert.equal(after.version, before.version + changes.length);
    const recorded = readDb(server.dbPath).history.slice(-changes.length);
    assert.deepEqual(
      recorded
        .map((row) => `${String(row['username'])}:${String(row['key'])}`)
        .sort(),
      changes.map(([key, , who]) => `${who}:${key}`).sort(),
    );
  });
});
