/**
 * Browser admins: log in with the API key, a session cookie (HttpOnly,
 * SameSite=Lax, Secure behind https) and a CSRF token that every change
 * must carry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  API_KEY,
  call,
  publicSettings,
  putSetting,
  readDb,
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

interface Login {
  cookie: string;
  setCookie: string;
  csrf: string;
}

async function logIn(
  username = 'admin',
  headers: Record<string, string> = {},
): Promise<Login> {
  const answer = await call(server, 'POST', '/admin/session', {
    json: { api_key: API_KEY, username },
    headers,
  });
  assert.equal(answer.status, 200, answer.text);
  const [setCookie] = answer.headers.getSetCookie();
  assert.ok(setCookie, 'a cookie is set');
  const body = answer.body as { username: string; csrf: string };
  assert.equal(body.username, username);
  return {
    cookie: setCookie.split(';')[0]!,
    setCookie,
    csrf: body.csrf,
  };
}

describe('logging in', () => {
  test('the session cookie is HttpOnly, SameSite=Lax, Path=/, and random', async () => {
    const first = await logIn();
    const attributes = first.setCookie.split(';').map((part) => part.trim());
    assert.match(attributes[0]!, /^mb_session=[A-Za-z0-9_-]{43}$/);
    assert.ok(attributes.includes('HttpOnly'));
    assert.ok(attributes.includes('SameSite=Lax'));
    assert.ok(attributes.includes('Path=/'));
    assert.ok(!attributes.includes('Secure'), 'not over plain http');
    const second = await logIn();
    assert.notEqual(second.cookie, first.cookie);
    assert.notEqual(second.csrf, first.csrf);
    assert.equal(first.csrf.length, 43);
  });

  test('X-Forwarded-Proto from a client is not believed: no Secure cookie without TRUST_PROXY', async () => {
    const login = await logIn('admin', { 'X-Forwarded-Proto': 'https' });
    assert.ok(
      !login.setCookie
        .split(';')
        .map((part) => part.trim())
        .includes('Secure'),
    );
  });

  test('behind a proxy named in TRUST_PROXY the cookie is Secure', async () => {
    const proxied = await startServer({ env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      assert.match(proxied.output(), /Trusted proxies: 127\.0\.0\.1/);
      const secure = async (proto: string | null) => {
        const answer = await call(proxied, 'POST', '/admin/session', {
          json: { api_key: API_KEY, username: 'admin' },
          headers: proto === null ? {} : { 'X-Forwarded-Proto': proto },
        });
        assert.equal(answer.status, 200);
        return (answer.headers.getSetCookie()[0] ?? '')
          .split(';')
          .map((part) => part.trim())
          .includes('Secure');
      };
      assert.equal(await secure('https'), true);
      assert.equal(await secure('http'), false);
      assert.equal(await secure(null), false);
      assert.equal(
        await secure('https, http'),
        false,
        'the nearest proxy (the last entry) said http',
      );
    } finally {
      await proxied.stop();
    }
  });

  test('a missing or wrong key logs nobody in', async () => {
    const sessionsBefore = readDb(server.dbPath).sessions;
    const cases: Array<[unknown, number]> = [
      [{ username: 'admin' }, 401],
      [{ api_key: '', username: 'admin' }, 401],
      [{ api_key: 42, username: 'admin' }, 401],
      [{ api_key: `${API_KEY}0`, username: 'admin' }, 403],
      [{ api_key: 'guess', username: 'admin' }, 403],
      [{ api_key: API_KEY }, 401],
      [{ api_key: API_KEY, username: '<script>' }, 403],
    ];
    for (const [body, status] of cases) {
      const answer = await call(server, 'POST', '/admin/session', {
        json: body,
      });
      assert.equal(answer.status, status, JSON.stringify(body));
      assert.deepEqual(answer.headers.getSetCookie(), []);
    }
    assert.equal(readDb(server.dbPath).sessions, sessionsBefore);
  });

  test('GET /admin/session tells the page who is logged in', async () => {
    const login = await logIn('carol');
    const me = await call(server, 'GET', '/admin/session', {
      headers: { Cookie: login.cookie },
    });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, { username: 'carol', csrf: login.csrf });
    const nobody = await call(server, 'GET', '/admin/session', {
      headers: { Cookie: 'mb_session=made-up' },
    });
    assert.equal(nobody.status, 401);
  });

  test('pages for a logged-in admin carry the CSRF token in a meta tag; others do not', async () => {
    const login = await logIn();
    const page = await call(server, 'GET', '/admin/site-settings', {
      headers: { Cookie: login.cookie },
    });
    assert.match(
      page.text,
      new RegExp(`<meta name="csrf-token" content="${login.csrf}">`),
    );
    const anonymous = await call(server, 'GET', '/admin/site-settings');
    assert.doesNotMatch(anonymous.text, /csrf-token/);
  });
});

describe('changes with a session', () => {
  test('need the X-CSRF-Token of that session', async () => {
    const login = await logIn('dana');
    const other = await logIn('erin');
    const state = readDb(server.dbPath);

    const without = await putSetting(
      server,
      'maintenance_banner_status',
      'in_progress',
      {
        Cookie: login.cookie,
      },
    );
    assert.equal(without.status, 403);
    assert.equal(
      (without.body as { error_type: string }).error_type,
      'invalid_access',
    );
    const wrong = await putSetting(
      server,
      'maintenance_banner_status',
      'in_progress',
      {
        Cookie: login.cookie,
        'X-CSRF-Token': other.csrf,
      },
    );
    assert.equal(wrong.status, 403, "another session's token does not do");
    assert.deepEqual(readDb(server.dbPath), state, 'nothing stored');

    const right = await putSetting(
      server,
      'maintenance_banner_status',
      'in_progress',
      {
        Cookie: login.cookie,
        'X-CSRF-Token': login.csrf,
      },
    );
    assert.equal(right.status, 200);
    assert.equal(
      (await publicSettings(server)).settings['maintenance_banner_status'],
      'in_progress',
    );
    const history = await call(
      server,
      'GET',
      '/admin/site_settings/history.json',
      {
        headers: { Cookie: login.cookie },
      },
    );
    assert.equal(history.status, 200, 'reading needs no CSRF token');
    assert.equal(
      (history.body as { history: Array<{ username: string }> }).history[0]
        ?.username,
      'dana',
      'the history names the session user',
    );
  });

  test('logging out ends the session (with its CSRF token only)', async () => {
    const login = await logIn();
    const refused = await call(server, 'DELETE', '/admin/session', {
      headers: { Cookie: login.cookie },
    });
    assert.equal(refused.status, 403);
    assert.equal(
      (
        await call(server, 'GET', '/admin/session', {
          headers: { Cookie: login.cookie },
        })
      ).status,
      200,
      'still logged in',
    );

    const out = await call(server, 'DELETE', '/admin/session', {
      headers: { Cookie: login.cookie, 'X-CSRF-Token': login.csrf },
    });
    assert.equal(out.status, 200);
    assert.match(
      out.headers.getSetCookie()[0] ?? '',
      /^mb_session=; .*Max-Age=0/,
    );
    assert.equal(
      (
        await call(server, 'GET', '/admin/session', {
          headers: { Cookie: login.cookie },
        })
      ).status,
      401,
    );
    const put = await putSetting(
      server,
      'maintenance_banner_status',
      'scheduled',
      {
        Cookie: login.cookie,
        'X-CSRF-Token': login.csrf,
      },
    );
    assert.equal(put.status, 401, 'the old cookie is worth nothing');
  });

  test('only a hash of the session token is stored', async () => {
    const login = await logIn();
    const token = login.cookie.split('=')[1]!;
    const db = readDb(server.dbPath);
    assert.ok(db.sessions > 0);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(server.dbPath, { readonly: true });
    try {
      const hashes = raw
        .prepare<[], string>('SELECT token_hash FROM admin_sessions')
        .pluck()
        .all();
      assert.ok(!hashes.includes(token));
      assert.ok(hashes.every((hash) => /^[0-9a-f]{64}$/.test(hash)));
    } finally {
      raw.close();
    }
  });
});
