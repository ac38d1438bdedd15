/**
 * ThemeSettingsAdapter against a fake of Discourse's
 * `PUT /admin/themes/{id}/setting` with Discourse's request and answer
 * shapes, errors included (tests/helpers/discourse/theme-endpoint.ts).
 */
import { module, test } from 'qunit';
import {
  DiscourseSettingsAdapter,
  ThemeSettingsAdapter,
  themeIdFromPrefix,
} from 'ember-maintenance-banner/admin';
import { FakeThemeEndpoint } from '../helpers/discourse/theme-endpoint.ts';

const START = '2027-02-18T10:00:00-08:00';
const NOT_SENT =
  'Not saved: an earlier request failed, so the rest were not sent.';

function adapterFor(
  endpoint: FakeThemeEndpoint,
  options: Partial<ConstructorParameters<typeof ThemeSettingsAdapter>[0]> = {},
) {
  return new ThemeSettingsAdapter({
    themeId: endpoint.themeId,
    csrfToken: endpoint.token,
    fetch: endpoint.fetch,
    ...options,
  });
}

module('Integration | Discourse theme | ThemeSettingsAdapter', function () {
  test('one PUT per setting, name and value as form fields, the CSRF token, switched on last', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    endpoint.values['maintenance_banner_start_date'] = '2027-02-17';
    const result = await adapterFor(endpoint).save({
      maintenance_banner_enabled: true,
      maintenance_banner_status: 'scheduled',
      maintenance_banner_starts_at: START,
      maintenance_banner_duration_minutes: 0,
      maintenance_banner_time_zone: 'America/Los_Angeles',
    });

    assert.deepEqual(endpoint.puts(), [
      ['maintenance_banner_start_date', ''],
      ['maintenance_banner_start_time', ''],
      ['maintenance_banner_starts_at', START],
      ['maintenance_banner_duration_minutes', '0'],
      ['maintenance_banner_time_zone', 'America/Los_Angeles'],
      ['maintenance_banner_status', 'scheduled'],
      ['maintenance_banner_enabled', 'true'],
    ]);
    assert.deepEqual(result, {
      saved: [
        'maintenance_banner_starts_at',
        'maintenance_banner_duration_minutes',
        'maintenance_banner_time_zone',
        'maintenance_banner_status',
        'maintenance_banner_enabled',
      ],
      failed: [],
    });
    const request = endpoint.requests[0]!;
    assert.strictEqual(request.path, '/admin/themes/7/setting');
    assert.strictEqual(request.headers['x-csrf-token'], 'csrf-1');
    assert.strictEqual(request.headers['x-requested-with'], 'XMLHttpRequest');
    assert.strictEqual(
      request.headers['content-type'],
      'application/x-www-form-urlencoded; charset=UTF-8',
    );
    assert.strictEqual(
      endpoint.values['maintenance_banner_start_date'],
      '',
      'the plain date, which would win over starts_at, is cleared',
    );
    assert.strictEqual(endpoint.values['maintenance_banner_enabled'], 'true');
  });

  test('switched off first, before the rest changes', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    await adapterFor(endpoint).save({
      maintenance_banner_message: 'Done, thanks!',
      maintenance_banner_enabled: false,
    });
    assert.deepEqual(endpoint.puts(), [
      ['maintenance_banner_enabled', 'false'],
      ['maintenance_banner_message', 'Done, thanks!'],
    ]);
  });

  test('a refused value (422) refuses only its key, with the server’s sentence', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    const result = await adapterFor(endpoint).save({
      maintenance_banner_duration_minutes: 20_000,
      maintenance_banner_status: 'in_progress',
    });
    assert.deepEqual(result, {
      saved: ['maintenance_banner_status'],
      failed: [
        {
          key: 'maintenance_banner_duration_minutes',
          reason: 'invalid',
          messages: ['number_value_not_valid_min_max: 0–10080'],
        },
      ],
    });
    assert.strictEqual(
      endpoint.values['maintenance_banner_duration_minutes'],
      '60',
    );
  });

  test('a stale token: a fresh one from /session/csrf and one retry, as Discourse’s ajax does', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    const adapter = adapterFor(endpoint);
    endpoint.rotateToken();
    const result = await adapter.save({
      maintenance_banner_status: 'completed',
    });
    assert.deepEqual(result.saved, ['maintenance_banner_status']);
    assert.deepEqual(
      endpoint.requests.map((request) => [
        request.method,
        request.path,
        request.headers['x-csrf-token'] ?? null,
      ]),
      [
        ['PUT', '/admin/themes/7/setting', 'csrf-1'],
        ['GET', '/session/csrf', null],
        ['PUT', '/admin/themes/7/setting', 'csrf-2'],
      ],
    );

    await adapter.save({ maintenance_banner_message: 'Back soon.' });
    assert.strictEqual(
      endpoint.requests.at(-1)?.headers['x-csrf-token'],
      'csrf-2',
      'the fresh token is kept',
    );
  });

  test('a page without a token asks /session/csrf first', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    const adapter = adapterFor(endpoint, { csrfToken: undefined });
    const result = await adapter.save({
      maintenance_banner_status: 'cancelled',
    });
    assert.deepEqual(result.saved, ['maintenance_banner_status']);
    assert.deepEqual(
      endpoint.requests.map((request) => request.path),
      ['/session/csrf', '/admin/themes/7/setting'],
    );
  });

  test('not an admin: Discourse does not route the request (404); nothing else is sent', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    endpoint.role = 'moderator';
    const result = await adapterFor(endpoint).save({
      maintenance_banner_message: 'Back soon.',
      maintenance_banner_status: 'in_progress',
    });
    assert.strictEqual(endpoint.requests.length, 1);
    assert.deepEqual(result.failed, [
      {
        key: 'maintenance_banner_message',
        reason: 'forbidden',
        messages: [
          'Only admins can change the component’s settings: Discourse does not answer this request for anyone else. (HTTP 404)',
        ],
      },
      {
        key: 'maintenance_banner_status',
        reason: 'not_sent',
        messages: [NOT_SENT],
      },
    ]);
  });

  test('a theme id Discourse does not have (400): said, and nothing else is sent', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    const result = await adapterFor(endpoint, { themeId: 99 }).save({
      maintenance_banner_message: 'Back soon.',
      maintenance_banner_status: 'in_progress',
    });
    assert.deepEqual(result.failed, [
      {
        key: 'maintenance_banner_message',
        reason: 'server',
        messages: ['You supplied invalid parameters to the request: id'],
      },
      {
        key: 'maintenance_banner_status',
        reason: 'not_sent',
        messages: [NOT_SENT],
      },
    ]);
  });

  test('no network: failures as data, the rest not sent', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    endpoint.offline = true;
    const result = await adapterFor(endpoint).save({
      maintenance_banner_message: 'Back soon.',
      maintenance_banner_enabled: true,
    });
    assert.deepEqual(
      result.failed.map((failure) => failure.reason),
      ['network', 'not_sent'],
    );
  });

  test('an older component without the plain start fields: nothing to clear, starts_at saved', async function (assert) {
    const endpoint = new FakeThemeEndpoint({
      without: [
        'maintenance_banner_start_date',
        'maintenance_banner_start_time',
      ],
    });
    const result = await adapterFor(endpoint).save({
      maintenance_banner_starts_at: START,
    });
    assert.deepEqual(result, {
      saved: ['maintenance_banner_starts_at'],
      failed: [],
    });
    assert.strictEqual(endpoint.values['maintenance_banner_starts_at'], START);
  });

  test('a script with an API key sends no token and needs none', async function (assert) {
    const endpoint = new FakeThemeEndpoint();
    endpoint.role = 'anonymous';
    const result = await adapterFor(endpoint, {
      csrfToken: undefined,
      apiKey: endpoint.apiKey,
      apiUsername: 'system',
    }).save({ maintenance_banner_status: 'in_progress' });
    assert.deepEqual(result.saved, ['maintenance_banner_status']);
    assert.strictEqual(endpoint.requests.length, 1, 'no /session/csrf');
    assert.strictEqual(endpoint.requests[0]!.headers['api-username'], 'system');
    assert.strictEqual(
      endpoint.requests[0]!.headers['x-csrf-token'],
      undefined,
    );
  });

  test('the theme id, from the component’s own themePrefix', async function (assert) {
    assert.strictEqual(
      themeIdFromPrefix((key) => `theme_translations.42.${key}`),
      42,
    );
    assert.strictEqual(
      themeIdFromPrefix((key) => key),
      null,
    );

    const endpoint = new FakeThemeEndpoint();
    const result = await adapterFor(endpoint, { themeId: () => null }).save({
      maintenance_banner_status: 'in_progress',
    });
    assert.strictEqual(endpoint.requests.length, 0, 'nothing sent');
    assert.strictEqual(result.failed[0]?.reason, 'server');
    assert.true(result.failed[0]?.messages[0]?.includes('id is not known'));
  });

  test('Discourse’s bad-token answer is named, by the site-settings adapter too', async function (assert) {
    const adapter = new DiscourseSettingsAdapter({
      csrfToken: 'old',
      fetch: () =>
        Promise.resolve(new Response('["BAD CSRF"]', { status: 403 })),
    });
    const result = await adapter.save({
      maintenance_banner_status: 'completed',
    });
    assert.deepEqual(result.failed, [
      {
        key: 'maintenance_banner_status',
        reason: 'forbidden',
        messages: [
          'The page’s security token is out of date: reload the page and save again.',
        ],
      },
    ]);
  });
});
