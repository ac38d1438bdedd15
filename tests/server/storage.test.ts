/**
 * When the database is not what it should be: one damaged row (not JSON,
 * written around the CHECK constraint) never takes a page down and a valid
 * change repairs it; a disk that refuses writes gets a sentence saying the
 * server could not write its database, and nothing half-stored.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  adminHeaders,
  call,
  publicSettings,
  putSetting,
  readDb,
  startServer,
} from './harness.ts';
import { openEvents } from './sse-client.ts';

const WINDOW = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: '2030-02-18T10:00:00-08:00',
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_message: 'Before the damage.',
};

/** Writes `value` into a settings row as raw text, past the json_valid CHECK. */
function damage(dbPath: string, key: string, value: string): void {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('ignore_check_constraints = ON');
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(value, key);
  } finally {
    db.close();
  }
}

const PAGES = [
  '/',
  '/admin/site-settings',
  '/maintenance-banner/settings.json',
];

describe('a damaged settings row', () => {
  test('reads as unset, is logged once with its key, every page keeps serving, and a valid PUT repairs it', async () => {
    const server = await startServer({ settings: WINDOW });
    try {
      damage(server.dbPath, 'maintenance_banner_message', '{"not json');
      for (let round = 0; round < 3; round++) {
        for (const path of PAGES) {
          const answer = await call(server, 'GET', path);
          assert.equal(answer.status, 200, `${path}: ${answer.text}`);
        }
        const admin = await call(server, 'GET', '/admin/site_settings.json', {
          headers: adminHeaders(),
        });
        assert.equal(admin.status, 200);
        const events = await openEvents(
          `${server.url}/maintenance-banner/events`,
        );
        const first = await events.next(() => true);
        events.close();
        assert.equal(
          (JSON.parse(first.data) as { settings: Record<string, unknown> })
            .settings['maintenance_banner_message'],
          null,
          'the event carries the setting as unset',
        );
      }
      const { settings } = await publicSettings(server);
      assert.equal(settings['maintenance_banner_message'], null);
      assert.equal(
        settings['maintenance_banner_enabled'],
        true,
        'the other settings are intact',
      );
      const logged = server.output().match(/^.*not valid JSON.*$/gm) ?? [];
      assert.deepEqual(logged, [
        'Settings database: the stored value of maintenance_banner_message is not valid JSON; it reads as unset until an admin saves a new value.',
      ]);

      // Other settings can still be changed, and a valid value repairs the row.
      assert.equal(
        (await putSetting(server, 'maintenance_banner_channel_name', '#ops'))
          .status,
        200,
      );
      const repaired = await putSetting(
        server,
        'maintenance_banner_message',
        'Repaired.',
      );
      assert.equal(repaired.status, 200, repaired.text);
      assert.equal(
        readDb(server.dbPath).settings['maintenance_banner_message'],
        '"Repaired."',
      );
      assert.equal(
        (await publicSettings(server)).settings['maintenance_banner_message'],
        'Repaired.',
      );
    } finally {
      await server.stop();
    }
  });

  test('a damaged start hides the window, and the pages still answer', async () => {
    const server = await startServer({ settings: WINDOW });
    try {
      damage(server.dbPath, 'maintenance_banner_starts_at', 'garbage');
      for (const path of PAGES)
        assert.equal((await call(server, 'GET', path)).status, 200, path);
      assert.equal(
        (await publicSettings(server)).settings['maintenance_banner_starts_at'],
        null,
      );
      assert.match(
        server.output(),
        /stored value of maintenance_banner_starts_at is not valid JSON/,
      );
      assert.equal(
        (
          await putSetting(
            server,
            'maintenance_banner_starts_at',
            '2030-02-18T11:00:00-08:00',
          )
        ).status,
        200,
      );
    } finally {
      await server.stop();
    }
  });
});

describe('a disk that refuses writes', () => {
  test('a change is answered 503 "could not write its database", nothing is stored, reads go on', async () => {
    // Files may grow to 192 KB: enough to start, not for a few dozen more commits.
    const server = await startServer({
      settings: {
        ...WINDOW,
        maintenance_banner_starts_at: '2027-02-18T10:00:00-08:00',
      },
      fileSizeBlocks: 384,
      manualClock: '2027-02-18T12:00:00Z',
    });
    try {
      let refused: Awaited<ReturnType<typeof putSetting>> | null = null;
      let stored = '';
      for (let i = 0; i < 200 && refused === null; i++) {
        const message = `Write ${i} ${'x'.repeat(400)}`;
        const answer = await putSetting(
          server,
          'maintenance_banner_message',
          message,
        );
        if (answer.status === 200) stored = message;
        else refused = answer;
      }
      assert.ok(refused, 'the disk filled up');
      assert.ok([503, 507].includes(refused.status), refused.text);
      const [sentence] = (refused.body as { errors: string[] }).errors;
      assert.match(
        sentence ?? '',
        /^The server could not write its database: .*\(SQLITE_[A-Z_]+.*Nothing was stored/,
      );
      assert.ok(
        ['database_unavailable', 'database_full'].includes(
          (refused.body as { error_type: string }).error_type,
        ),
      );

      // The last acknowledged value is what everyone still reads.
      assert.equal(
        (await publicSettings(server)).settings['maintenance_banner_message'],
        stored,
      );
      assert.equal((await call(server, 'GET', '/')).status, 200);
      assert.doesNotMatch(server.output(), /Something went wrong/);

      // The notifier cannot record the reminder either: it says so, and the server lives on.
      const from = server.output().length;
      await server.clock!.set('2027-02-18T17:30:00Z');
      await server.waitForOutput(
        /Slack notifier: could not look at the window \(.+\); trying again in 1 minute\./,
        { from },
      );
      assert.equal(server.child.exitCode, null);
      assert.equal((await call(server, 'GET', '/srv/status')).status, 200);
    } finally {
      await server.stop();
    }
  });
});
