/**
 * A few hundred random requests (methods, paths, headers, bodies, and some
 * bytes that are not HTTP at all) without valid credentials: the server
 * answers every one without a 5xx, and the database is exactly as before.
 * Seeded, so a failure can be replayed: FUZZ_SEED=<n>.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { SETTING_KEYS } from 'ember-maintenance-banner/core';
import {
  API_KEY,
  call,
  publicSettings,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20270218);
const HTTP_REQUESTS = 300;
const RAW_REQUESTS = 40;
const PARALLEL = 8;
const DEADLINE_MS = 30_000;

/** mulberry32: small, fast, reproducible. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  const text = (
    length: number,
    alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789_-.%/<>"\'&$@{}[]\\ ',
  ) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  const bytes = (length: number) =>
    Buffer.from(Array.from({ length }, () => int(256)));
  return { next, int, pick, chance, text, bytes };
}

const random = prng(SEED);

const PATHS = [
  '/',
  '/t/topic',
  '/admin/site-settings',
  '/maintenance-banner/settings.json',
  '/maintenance-banner/events',
  '/admin/site_settings.json',
  '/admin/site_settings/history.json',
  '/admin/session',
  '/admin/site_settings/',
  '/admin/site_settings/__proto__',
  '/admin/site_settings/constructor',
  '/admin/site_settings/../site_settings.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/%E0%A4%A',
  '/admin/site_settings/%00',
];

function randomPath(): string {
  const roll = random.int(4);
  const path =
    roll === 0
      ? random.pick(PATHS)
      : roll === 1
        ? `/admin/site_settings/${random.pick(SETTING_KEYS)}`
        : roll === 2
          ? `/admin/site_settings/${random.text(random.int(30))}`
          : `/${random.text(random.int(60))}${random.chance(0.3) ? `?${random.text(20)}` : ''}`;
  // What node:http will put on a request line; the raw-socket part sends the rest.
  return path.replace(/[^\x21-\x7e]/g, '');
}

function wrongKey(): string {
  return random.pick([
    '',
    ' ',
    random.text(64, '0123456789abcdef'),
    API_KEY.slice(0, -1),
    `${API_KEY}0`,
    API_KEY.toUpperCase(),
    API_KEY.slice(0, -1) + (API_KEY.endsWith('f') ? 'e' : 'f'),
  ]);
}

/** A body a fuzzer would try: valid settings (no credentials to go with them), junk, pollution. */
function randomBody(path: string): string | Buffer | undefined {
  const key = path.startsWith('/admin/site_settings/')
    ? path.slice('/admin/site_settings/'.length)
    : random.pick(SETTING_KEYS);
  switch (random.int(9)) {
    case 0:
      return undefined;
    case 1:
      return JSON.stringify({
        [key]: random.pick(['in_progress', true, 60, '', 'x', null]),
      });
    case 2:
      return JSON.stringify({ api_key: wrongKey(), username: random.text(8) });
    case 3:
      return `{"__proto__":{"${key}":"cancelled","api_key":"${API_KEY}","isAdmin":true}}`;
    case 4:
      return `{"constructor":{"prototype":{"${key}":"x"}}}`;
    case 5:
      return random.bytes(random.int(2000));
    case 6:
      return `{"${key}":"${'a'.repeat(random.int(20_000))}"}`;
    case 7:
      return random.text(random.int(300));
    default:
      return JSON.stringify([{ [key]: 1 }]);
  }
}

interface Outcome {
  status: number;
  what: string;
}

interface Spec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

/** Anything at all. */
function randomRequest(loggedIn: string): Spec {
  const method = random.pick([
    'GET',
    'GET',
    'GET',
    'HEAD',
    'POST',
    'POST',
    'PUT',
    'PUT',
    'PUT',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'PROPFIND',
  ]);
  const path = randomPath();
  const headers: Record<string, string> = {};
  if (random.chance(0.6)) {
    headers['Content-Type'] = random.pick([
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      random.text(12),
    ]);
  }
  if (random.chance(0.4)) headers['Api-Key'] = wrongKey();
  if (random.chance(0.4))
    headers['Api-Username'] = random.pick([
      'admin',
      'system',
      random.text(70),
      '',
    ]);
  if (random.chance(0.3)) {
    headers['Cookie'] = random.pick([
      `mb_session=${random.text(43)}`,
      loggedIn, // a real session, but never with its CSRF token
      `mb_session=; mb_session=${random.text(10)}`,
      random.text(40),
    ]);
  }
  if (random.chance(0.3))
    headers['X-CSRF-Token'] = random.pick(['', random.text(43)]);
  if (random.chance(0.1))
    headers['Last-Event-ID'] = random.pick([
      '0',
      '-1',
      '99999999999999999999',
      random.text(5),
    ]);
  if (random.chance(0.1))
    headers['X-Forwarded-Proto'] = random.pick([
      'https',
      'http, https',
      random.text(5),
    ]);
  const body =
    method === 'GET' || method === 'HEAD'
      ? random.chance(0.1)
        ? random.text(50)
        : undefined
      : randomBody(path);
  return { method, path, headers, body };
}

/** A well-formed change or login with exactly one credential wrong: only auth can stop it. */
function nearMiss(loggedIn: string): Spec {
  const key = random.pick(
    SETTING_KEYS.filter((name) => name !== 'maintenance_banner_enabled'),
  );
  const values: Record<string, unknown> = {
    maintenance_banner_starts_at: '2030-01-01T00:00:00Z',
    maintenance_banner_duration_minutes: 45,
    maintenance_banner_time_zone: 'Europe/Berlin',
    maintenance_banner_message: 'Fuzzed.',
    maintenance_banner_channel_name: '#fuzz',
    maintenance_banner_channel_url: 'https://example.com/fuzz',
    maintenance_banner_status: 'cancelled',
    maintenance_banner_completed_at: '2030-01-01T01:00:00Z',
    maintenance_banner_notice_hours: 5,
    maintenance_banner_imminent_minutes: 5,
    maintenance_banner_long_window_minutes: 5,
    maintenance_banner_completed_notice_minutes: 5,
    maintenance_banner_dismissible: false,
    maintenance_banner_health_url: '/fuzz',
  };
  const json = { 'Content-Type': 'application/json' };
  if (random.chance(0.25)) {
    return {
      method: 'POST',
      path: '/admin/session',
      headers: json,
      body: JSON.stringify({ api_key: wrongKey(), username: 'admin' }),
    };
  }
  const credentials = random.pick<Record<string, string>>([
    { 'Api-Key': wrongKey(), 'Api-Username': 'admin' },
    { 'Api-Username': 'admin' },
    { Cookie: loggedIn },
    {
      Cookie: loggedIn,
      'X-CSRF-Token': random.text(
        43,
        'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-',
      ),
    },
    {
      Cookie: `mb_session=${random.text(43)}`,
      'X-CSRF-Token': random.text(43),
    },
  ]);
  return {
    method: 'PUT',
    path: `/admin/site_settings/${key}`,
    headers: { ...json, ...credentials },
    body: JSON.stringify({ [key]: values[key] }),
  };
}

function fuzzRequest(server: RunningServer, spec: Spec): Promise<Outcome> {
  const { method, path, headers, body } = spec;
  const what = `${method} ${path} ${JSON.stringify(headers)}`;
  const url = new URL(server.url);

  return new Promise((resolveOutcome, reject) => {
    const request = httpRequest(
      // A connection each: a reused one the server has just closed would be a false alarm.
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers,
        timeout: 3000,
        agent: false,
      },
      (response) => {
        // An event stream never ends: the status is all we need.
        resolveOutcome({ status: response.statusCode ?? 0, what });
        response.resume();
        if (
          String(response.headers['content-type']).startsWith(
            'text/event-stream',
          )
        )
          request.destroy();
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`no answer: ${what}`)),
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A body refused mid-upload may see the connection close under it.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
        resolveOutcome({ status: -1, what });
      else reject(error);
    });
    request.end(body);
  });
}

/** Bytes that are not (quite) HTTP, straight onto the socket. */
function rawGarbage(server: RunningServer): Promise<string> {
  const url = new URL(server.url);
  const payload = random.pick([
    () => random.bytes(random.int(500)),
    () => Buffer.from(`${random.text(8)} / HTTP/1.1\r\nHost: x\r\n\r\n`),
    () =>
      Buffer.from(
        `PUT /admin/site_settings/maintenance_banner_status HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}`,
      ),
    () => Buffer.from(`GET /${random.text(9000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
    () => Buffer.from(`GET / HTTP/1.1\r\n${'X-A: b\r\n'.repeat(3000)}\r\n`),
    () =>
      Buffer.from(
        'PUT /admin/site_settings/maintenance_banner_status HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n',
      ),
    () =>
      Buffer.from(
        `GET http://evil.example/admin/site_settings.json HTTP/1.1\r\nHost: evil.example\r\n\r\n`,
      ),
  ])();
  return new Promise((done) => {
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => done(answer));
    socket.on('close', () => done(answer));
    socket.end(payload);
  });
}

let server: RunningServer;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

test(`${HTTP_REQUESTS + RAW_REQUESTS} random requests without valid credentials change nothing (seed ${SEED})`, async () => {
  const login = await call(server, 'POST', '/admin/session', {
    json: { api_key: API_KEY, username: 'admin' },
  });
  const loggedIn = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const before = readDb(server.dbPath);
  const started = performance.now();

  const outcomes: Outcome[] = [];
  let issued = 0;
  const worker = async () => {
    while (
      issued < HTTP_REQUESTS &&
      performance.now() - started < DEADLINE_MS
    ) {
      issued++;
      const spec = random.chance(0.3)
        ? nearMiss(loggedIn)
        : randomRequest(loggedIn);
      outcomes.push(await fuzzRequest(server, spec));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  for (let i = 0; i < RAW_REQUESTS; i++) {
    const answer = await rawGarbage(server);
    assert.doesNotMatch(
      answer,
      /^HTTP\/1\.1 5\d\d/,
      'no server error for raw bytes',
    );
  }

  assert.equal(
    outcomes.length,
    HTTP_REQUESTS,
    'every request answered within the deadline',
  );
  const failures = outcomes.filter((outcome) => outcome.status >= 500);
  assert.deepEqual(failures, [], 'no 5xx');
  // (DELETE /admin/session without a session is a harmless 200: it only clears the cookie.)
  const changes = outcomes.filter(
    (outcome) =>
      outcome.status === 200 &&
      /^(PUT \/admin\/site_settings\/|POST \/admin\/session )/.test(
        outcome.what,
      ),
  );
  assert.deepEqual(changes, [], 'no change and no login succeeded');

  assert.deepEqual(
    readDb(server.dbPath),
    before,
    'the database is exactly as before',
  );
  const { settings } = await publicSettings(server);
  assert.deepEqual(
    Object.keys(settings).sort(),
    [...SETTING_KEYS].sort(),
    'and the server still answers',
  );
});
