/**
 * What survives: values across restarts, the generated admin key, sessions;
 * and a server killed with SIGKILL in the middle of a stream of writes
 * leaves a sound database holding every write it acknowledged.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  API_KEY,
  ROOT,
  call,
  publicSettings,
  putSetting,
  readDb,
  startServer,
  tempDir,
} from './harness.ts';

const WINDOW = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: '2027-02-18T10:00:00-08:00',
  maintenance_banner_time_zone: 'America/Los_Angeles',
};

describe('restarts', () => {
  test('the stored values win over the settings file after the first start', async () => {
    const dir = tempDir();
    const first = await startServer({ dir, settings: WINDOW });
    try {
      assert.match(
        first.output(),
        /Maintenance settings from .*settings\.json/,
      );
      assert.equal(
        (await putSetting(first, 'maintenance_banner_status', 'in_progress'))
          .status,
        200,
      );
    } finally {
      await first.stop();
    }
    const before = readDb(first.dbPath);

    const second = await startServer({
      dir,
      settings: {
        ...WINDOW,
        maintenance_banner_starts_at: '2030-01-01T00:00:00Z',
      },
    });
    try {
      assert.match(
        second.output(),
        /as stored in the database \(MAINTENANCE_BANNER_SETTINGS applies to a new database only/,
      );
      const { settings, version } = await publicSettings(second);
      assert.equal(settings['maintenance_banner_status'], 'in_progress');
      assert.equal(
        settings['maintenance_banner_starts_at'],
        WINDOW.maintenance_banner_starts_at,
      );
      assert.equal(version, 2);
      assert.deepEqual(readDb(second.dbPath).history, before.history);
    } finally {
      await second.stop();
    }
  });

  test('a generated admin key: printed once, kept in a file only its owner reads', async () => {
    const dir = tempDir();
    const env = { MAINTENANCE_BANNER_ADMIN_API_KEY: null };
    const first = await startServer({ dir, env });
    let key: string;
    try {
      const printed =
        /Admin API key \(generated, saved in (.+)\): ([0-9a-f]{64})$/m.exec(
          first.output(),
        );
      assert.ok(printed, first.output());
      key = printed[2]!;
      assert.equal(printed[1], join(dir, 'data', 'admin-api-key'));
      assert.equal(statSync(printed[1]).mode & 0o777, 0o600);
      assert.equal(
        statSync(first.dbPath).mode & 0o077,
        0,
        'the database is private too',
      );
      const answer = await putSetting(
        first,
        'maintenance_banner_message',
        'Key works.',
        {
          'Api-Key': key,
          'Api-Username': 'admin',
        },
      );
      assert.equal(answer.status, 200);
      assert.equal(
        (await putSetting(first, 'maintenance_banner_message', 'x')).status,
        403,
        'the test key is not it',
      );
    } finally {
      await first.stop();
    }

    const second = await startServer({ dir, env });
    try {
      assert.ok(!second.output().includes(key), 'not printed again');
      assert.match(second.output(), /Admin API key: in .*admin-api-key/);
      const answer = await putSetting(
        second,
        'maintenance_banner_message',
        'Still works.',
        {
          'Api-Key': key,
          'Api-Username': 'admin',
        },
      );
      assert.equal(answer.status, 200);
    } finally {
      await second.stop();
    }
  });

  test('an admin session survives a restart', async () => {
    const dir = tempDir();
    const first = await startServer({ dir });
    let cookie: string;
    try {
      const login = await call(first, 'POST', '/admin/session', {
        json: { api_key: API_KEY, username: 'admin' },
      });
      cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    } finally {
      await first.stop();
    }
    const second = await startServer({ dir });
    try {
      const me = await call(second, 'GET', '/admin/session', {
        headers: { Cookie: cookie },
      });
      assert.equal(me.status, 200);
    } finally {
      await second.stop();
    }
  });

  test('a file that is not a database: a clear message, exit 1', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'broken.sqlite3');
    writeFileSync(
      dbPath,
      'this is not a database, just text that is long enough to be read as a header'.repeat(
        20,
      ),
    );
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test-app/server/main.ts', '--prod'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DEMO_DIST: join(dir, 'dist'),
          MAINTENANCE_BANNER_DB: dbPath,
        },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /Cannot open the settings database .*broken\.sqlite3: file is not a database/,
    );
  });
});

describe('killed mid-stream', () => {
  test('SIGKILL during writes: integrity ok, every acknowledged write present', async () => {
    const server = await startServer();
    const acknowledged: Array<{ message: string; version: number }> = [];
    let killed = false;
    let resolveEnough: () => void = () => {};
    const enough = new Promise<void>((done) => (resolveEnough = done));

    const writer = async (lane: number) => {
      for (let i = 0; i < 400 && !killed; i++) {
        const message = `kill test ${lane}-${i}`;
        try {
          const answer = await putSetting(
            server,
            'maintenance_banner_message',
            message,
          );
          if (answer.status === 200) {
            acknowledged.push({
              message,
              version: (answer.body as { version: number }).version,
            });
            if (acknowledged.length >= 60) resolveEnough();
          }
        } catch {
          return; // the server is gone
        }
      }
      resolveEnough();
    };
    const lanes = [0, 1, 2, 3].map(writer);
    await enough;
    // Kill while the lanes still have requests in flight.
    server.child.kill('SIGKILL');
    killed = true;
    await Promise.all(lanes);
    await server.stop();
    assert.equal(server.child.signalCode, 'SIGKILL');
    assert.ok(acknowledged.length >= 60);

    const db = new Database(server.dbPath);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const history = db
        .prepare<[], { new_value: string; version: number }>(
          "SELECT new_value, version FROM settings_history WHERE key = 'maintenance_banner_message' ORDER BY id",
        )
        .all();
      const stored = new Map(
        history.map((row) => [
          JSON.parse(row.new_value) as string,
          row.version,
        ]),
      );
      for (const { message, version } of acknowledged) {
        assert.equal(
          stored.get(message),
          version,
          `acknowledged "${message}" (version ${version}) is stored`,
        );
      }
      // No half-applied change: one history row per version step, and the
      // current value is the last one recorded.
      const version = db
        .prepare<[], number>('SELECT version FROM settings_version')
        .pluck()
        .get();
      const rows = db
        .prepare<[], number>('SELECT count(*) FROM settings_history')
        .pluck()
        .get();
      assert.equal(version, (rows ?? 0) + 1);
      const current = db
        .prepare<[], string>(
          "SELECT value FROM settings WHERE key = 'maintenance_banner_message'",
        )
        .pluck()
        .get();
      assert.equal(current, history.at(-1)?.new_value);
    } finally {
      db.close();
    }

    // And the server starts again on it.
    const again = await startServer({ dir: server.dir });
    try {
      assert.equal(
        (await publicSettings(again)).version,
        readDb(again.dbPath).version,
      );
    } finally {
      await again.stop();
    }
  });
});
