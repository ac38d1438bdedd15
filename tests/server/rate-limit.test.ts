/**
 * Key guessing: failed `Api-Key` checks and logins from one address are
 * limited the way Discourse limits logins (6 a minute, 30 an hour), with
 * 429 and `Retry-After`; another address is not affected; memory is bounded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ManualClock } from '../../test-app/server/clock.ts';
import {
  CREDENTIAL_LIMITS,
  FailureLimiter,
  MAX_TRACKED,
  limitKey,
} from '../../test-app/server/rate-limit.ts';
import {
  API_KEY,
  adminHeaders,
  call,
  rawRequest,
  readDb,
  startServer,
  type RunningServer,
} from './harness.ts';

const WRONG = { 'Api-Key': `${API_KEY}-wrong`, 'Api-Username': 'admin' };
const PATH = '/admin/site_settings/maintenance_banner_message';

/** A change from `localAddress` (127.0.0.1 and 127.0.0.2 are two clients on loopback). */
function change(
  server: RunningServer,
  headers: Record<string, string>,
  localAddress = '127.0.0.1',
) {
  return rawRequest(server, {
    method: 'PUT',
    path: PATH,
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      maintenance_banner_message: `From ${localAddress}.`,
    }),
    localAddress,
  });
}

async function failTimes(
  server: RunningServer,
  times: number,
  headers: Record<string, string> = WRONG,
  localAddress = '127.0.0.1',
) {
  for (let i = 0; i < times; i++) {
    const answer = await change(server, headers, localAddress);
    assert.equal(answer.status, 403, `failure ${i + 1}: ${answer.body}`);
  }
}

describe('failed API keys from one address', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer({ manualClock: '2027-02-01T12:00:00Z' });
  });

  after(async () => {
    await server?.stop();
  });

  test('six a minute, then 429 with Retry-After, even for the right key; nothing stored', async () => {
    const login = await call(server, 'POST', '/admin/session', {
      json: { api_key: API_KEY, username: 'sam' },
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrf } = login.body as { csrf: string };
    const before = readDb(server.dbPath);

    await failTimes(server, 6);
    const limited = await change(server, adminHeaders());
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '60');
    assert.deepEqual(JSON.parse(limited.body), {
      errors: [
        'Too many wrong API keys from your address: try again in 60 seconds.',
      ],
      error_type: 'rate_limit',
      extras: { wait_seconds: 60 },
    });
    const loginLimited = await call(server, 'POST', '/admin/session', {
      json: { api_key: API_KEY, username: 'sam' },
    });
    assert.equal(loginLimited.status, 429, 'logging in is a key check too');
    assert.equal(loginLimited.headers.get('retry-after'), '60');
    const spoofed = await change(server, {
      ...adminHeaders(),
      'X-Forwarded-For': '203.0.113.9',
    });
    assert.equal(
      spoofed.status,
      429,
      'X-Forwarded-For is not believed without TRUST_PROXY',
    );
    assert.deepEqual(readDb(server.dbPath), before, 'nothing stored');

    // Others are not locked out: another address, a session, visitors.
    assert.equal(
      (await change(server, adminHeaders(), '127.0.0.2')).status,
      200,
    );
    assert.equal(
      (await change(server, WRONG, '127.0.0.2')).status,
      403,
      'counted on its own',
    );
    assert.equal(
      (await change(server, { Cookie: cookie, 'X-CSRF-Token': csrf })).status,
      200,
      'an admin already logged in from that address is not stopped',
    );
    assert.equal(
      (await call(server, 'GET', '/maintenance-banner/settings.json')).status,
      200,
    );

    await server.clock!.advance(30_000);
    assert.equal(
      (await change(server, adminHeaders())).headers['retry-after'],
      '30',
    );
    await server.clock!.advance(30_000);
    assert.equal(
      (await change(server, adminHeaders())).status,
      200,
      'a minute later',
    );
  });

  test('thirty an hour: then Retry-After counts to the oldest failure of the hour', async () => {
    // 6 failures so far (at 12:00; the clock is at 12:01); 24 more, 6 a minute.
    for (let round = 1; round <= 4; round++) {
      await server.clock!.advance(60_000);
      await failTimes(server, 6);
      assert.equal((await change(server, adminHeaders())).status, 429);
    }
    await server.clock!.advance(60_000);
    const limited = await change(server, adminHeaders());
    assert.equal(limited.status, 429);
    // Thirty failures since 12:00:00, the last at 12:05; now 12:06.
    assert.equal(limited.headers['retry-after'], String(3600 - 360));
  });
});

describe('behind a proxy named in TRUST_PROXY', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer({
      manualClock: '2027-02-01T12:00:00Z',
      env: { TRUST_PROXY: 'loopback' },
    });
  });

  after(async () => {
    await server?.stop();
  });

  test('each client behind it counts on its own; entries a client wrote itself prove nothing', async () => {
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    await failTimes(server, 6, { ...WRONG, ...from('203.0.113.1') });
    assert.equal(
      (await change(server, { ...adminHeaders(), ...from('203.0.113.1') }))
        .status,
      429,
    );
    assert.equal(
      (await change(server, { ...adminHeaders(), ...from('203.0.113.2') }))
        .status,
      200,
    );
    // The proxy appended the real address last: a forged first entry changes nothing.
    assert.equal(
      (
        await change(server, {
          ...adminHeaders(),
          ...from('203.0.113.2, 203.0.113.1'),
        })
      ).status,
      429,
    );
  });
});

describe('the limiter', () => {
  test('holds at most MAX_TRACKED addresses, forgetting the stalest first', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    const clock = new ManualClock(0);
    const limiter = new FailureLimiter(clock);
    const heapBefore = heap();
    for (let i = 0; i < 100_000; i++) {
      limiter.fail(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      if (i % 1000 === 0) clock.advance(1);
    }
    assert.equal(limiter.tracked, MAX_TRACKED);
    const heapMb = (heap() - heapBefore) / 2 ** 20;
    console.log(
      `${limiter.tracked} addresses tracked: ${heapMb.toFixed(1)} MB (heap and array buffers)`,
    );
    assert.ok(heapMb < 8, `${heapMb} MB`);

    for (let i = 0; i < CREDENTIAL_LIMITS[0]!.max; i++)
      limiter.fail('192.0.2.7');
    assert.ok(
      limiter.retryAfter('192.0.2.7') > 0,
      'the latest offender is remembered',
    );
    assert.equal(
      limiter.retryAfter('10.0.0.0'),
      0,
      'the stalest was forgotten',
    );
  });

  test('an address is forgotten once its failures are an hour old', () => {
    const clock = new ManualClock(0);
    const limiter = new FailureLimiter(clock);
    limiter.fail('192.0.2.1');
    clock.advance(3_600_000);
    assert.equal(limiter.retryAfter('192.0.2.1'), 0);
    assert.equal(limiter.tracked, 0);
  });

  test('IPv6 counts per /64: one subscriber cannot dodge it with the rest of its prefix', () => {
    assert.equal(limitKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(limitKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(limitKey('::1'), '0:0:0:0::/64');
    assert.equal(limitKey('192.0.2.1'), '192.0.2.1');
    const limiter = new FailureLimiter(new ManualClock(0));
    for (let i = 0; i < 6; i++) limiter.fail(`2001:db8:1:2::${i + 1}`);
    assert.ok(limiter.retryAfter('2001:db8:1:2:ffff::9') > 0);
    assert.equal(
      limiter.retryAfter('2001:db8:1:3::1'),
      0,
      'the next /64 is someone else',
    );
  });
});
