/**
 * Lost updates: `If-Match: "<version>"` on a change. The version is the one
 * settings.json, the event id and the ETag of the admin list all give; a
 * change to a key someone else changed since that version is refused with
 * 409, the current value and who changed it when, and nothing is stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  adminHeaders,
  call,
  publicSettings,
  putSetting,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';
import { openEvents } from './sse-client.ts';

const MESSAGE = 'maintenance_banner_message';
let server: RunningServer;

before(async () => {
  server = await startServer({ manualClock: '2027-02-01T12:00:00Z' });
});

after(async () => {
  await server?.stop();
});

const put = (key: string, value: unknown, who: string, ifMatch?: string) =>
  putSetting(server, key, value, {
    ...adminHeaders(who),
    ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
  });

describe('the version an admin edits', () => {
  test('settings.json, the event id and the admin list’s ETag give the same one', async () => {
    const { version } = await publicSettings(server);
    const list = await call(server, 'GET', '/admin/site_settings.json', {
      headers: adminHeaders(),
    });
    assert.equal(list.headers.get('etag'), `"${version}"`);
    assert.equal((list.body as { version: number }).version, version);
    const events = await openEvents(`${server.url}/maintenance-banner/events`);
    try {
      assert.equal((await events.next(() => true)).id, String(version));
    } finally {
      events.close();
    }
  });
});

describe('If-Match', () => {
  test('Alice saves, then Bob saves the same setting from the version he opened: 409, nothing stored', async () => {
    const { version: opened, settings } = await publicSettings(server);
    const alice = await put(
      MESSAGE,
      'Alice: back at noon.',
      'alice',
      `"${opened}"`,
    );
    assert.equal(alice.status, 200);
    const afterAlice = (alice.body as { version: number }).version;
    assert.equal(alice.headers.get('etag'), `"${afterAlice}"`);

    const before = readDb(server.dbPath);
    const bob = await put(MESSAGE, 'Bob: back at one.', 'bob', `"${opened}"`);
    assert.equal(bob.status, 409);
    assert.deepEqual(readDb(server.dbPath), before, 'nothing stored');
    assert.equal(bob.headers.get('etag'), `"${afterAlice}"`);
    const body = bob.body as Record<string, unknown> & {
      changes: Array<Record<string, unknown>>;
    };
    assert.deepEqual(
      { ...body, changes: undefined, errors: undefined },
      {
        error_type: 'conflict',
        setting: MESSAGE,
        value: 'Alice: back at noon.',
        version: afterAlice,
        changes: undefined,
        errors: undefined,
      },
    );
    assert.deepEqual(body.changes, [
      {
        key: MESSAGE,
        old_value: settings[MESSAGE],
        new_value: 'Alice: back at noon.',
        username: 'alice',
        created_at: '2027-02-01T12:00:00.000Z',
        version: afterAlice,
      },
    ]);
    assert.deepEqual(body['errors'], [
      `${MESSAGE} was changed after version ${opened}, the one you edited: alice set it at 2027-02-01T12:00:00.000Z (version ${afterAlice}). Nothing was stored; compare the values, then save again with If-Match: "${afterAlice}" to keep yours, or take theirs.`,
    ]);
    assert.equal(
      (await publicSettings(server)).settings[MESSAGE],
      'Alice: back at noon.',
    );

    // Bob keeps his, knowingly: the version he has now seen.
    const again = await put(
      MESSAGE,
      'Bob: back at one.',
      'bob',
      `"${afterAlice}"`,
    );
    assert.equal(again.status, 200);
    assert.equal(
      (await publicSettings(server)).settings[MESSAGE],
      'Bob: back at one.',
    );
  });

  test('a change to another setting since that version is no conflict', async () => {
    const opened = (await publicSettings(server)).version;
    assert.equal(
      (await put(MESSAGE, 'Changed by Alice.', 'alice', `"${opened}"`)).status,
      200,
    );
    const bob = await put(
      'maintenance_banner_channel_name',
      '#ops',
      'bob',
      `"${opened}"`,
    );
    assert.equal(bob.status, 200, bob.text);
  });

  test('several changes since: all of them, newest first', async () => {
    const opened = (await publicSettings(server)).version;
    await server.clock!.advance(60_000);
    await put(MESSAGE, 'First.', 'alice');
    await server.clock!.advance(60_000);
    await put(MESSAGE, 'Second.', 'carol');
    const answer = await put(MESSAGE, 'Mine.', 'bob', `"${opened}"`);
    assert.equal(answer.status, 409);
    const { changes } = answer.body as {
      changes: Array<Record<string, unknown>>;
    };
    assert.deepEqual(
      changes.map((change) => [
        change['username'],
        change['new_value'],
        change['created_at'],
      ]),
      [
        ['carol', 'Second.', '2027-02-01T12:02:00.000Z'],
        ['alice', 'First.', '2027-02-01T12:01:00.000Z'],
      ],
    );
  });

  test('without If-Match, or with *, the change goes through as on Discourse', async () => {
    assert.equal((await put(MESSAGE, 'No precondition.', 'dana')).status, 200);
    assert.equal((await put(MESSAGE, 'Any version.', 'dana', '*')).status, 200);
    const { version } = await publicSettings(server);
    assert.equal(
      (
        await put(
          MESSAGE,
          'One of two.',
          'dana',
          `"${version - 5}", "${version}"`,
        )
      ).status,
      200,
      'a list matches when one of its versions does',
    );
  });

  test('a version the server never gave out: 409 with a sentence saying so', async () => {
    const { version } = await publicSettings(server);
    const answer = await put(
      MESSAGE,
      'From the future.',
      'erin',
      `"${version + 10}"`,
    );
    assert.equal(answer.status, 409);
    assert.match(
      (answer.body as { errors: string[] }).errors[0]!,
      new RegExp(
        `^${MESSAGE}: version ${version + 10} is not one this server has given out \\(it is at version ${version}\\)`,
      ),
    );
  });

  for (const header of ['7', 'W/"7"', '"seven"', '"7', '']) {
    test(`a malformed If-Match (${JSON.stringify(header)}): 400, nothing stored`, async () => {
      const before = readDb(server.dbPath);
      const answer = await put(MESSAGE, 'Malformed.', 'erin', header);
      assert.equal(answer.status, 400, answer.text);
      assert.match(
        (answer.body as { errors: string[] }).errors[0]!,
        /^If-Match must hold the settings version/,
      );
      assert.deepEqual(readDb(server.dbPath), before);
    });
  }

  test('a stale version that would store what is there already: no conflict, no change', async () => {
    const opened = (await publicSettings(server)).version;
    await put(MESSAGE, 'Both typed this.', 'alice');
    const before = readDb(server.dbPath);
    const answer = await put(MESSAGE, 'Both typed this.', 'bob', `"${opened}"`);
    assert.equal(answer.status, 200);
    assert.deepEqual(readDb(server.dbPath), before);
  });

  test('the conflict is checked before the value: a stale invalid value is a 409, not a 422', async () => {
    const opened = (await publicSettings(server)).version;
    await put(MESSAGE, 'Fresh.', 'alice');
    const answer = await put(MESSAGE, '<b>stale</b>', 'bob', `"${opened}"`);
    assert.equal(answer.status, 409);
  });
});
