/**
 * The built demo under its Content-Security-Policy, in real headless
 * Chromium: the back-online check may ask a health URL on another host
 * (the page's connect-src follows it), and when the server stops for the
 * upgrade every open page says so at once, checks until the forum answers
 * again, and offers the reload.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';
import { START } from './seed.ts';

const MINUTE = 60_000;
const STATUS = 'https://status.example.test/up';

const WINDOW = {
  maintenance_banner_enabled: true,
  maintenance_banner_starts_at: START,
  maintenance_banner_duration_minutes: 60,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_channel_name: '#announcements',
  maintenance_banner_channel_url:
    'https://gophers.slack.com/messages/announcements',
};

let browser: Browser;
const servers: DemoServer[] = [];

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.stop()));
});

async function demo(
  settings: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<DemoServer> {
  const server = await startDemo({ ...WINDOW, ...settings }, env);
  servers.push(server);
  return server;
}

/**
 * A page five minutes into the window, its clock Playwright's; `advance`
 * moves it a second at a time and waits for each health check's real
 * answer (never for real time).
 */
async function visit(
  server: DemoServer,
  healthPath: string,
  prepare: (context: BrowserContext) => Promise<unknown> = async () => {},
) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.clock.install({ time: Date.parse(START) + 5 * MINUTE });
  await prepare(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const checks: string[] = [];
  let inFlight: Promise<unknown> | null = null;
  page.on('request', (request: Request) => {
    if (!request.url().endsWith(healthPath)) return;
    checks.push(request.url());
    inFlight = request.response().catch(() => null);
  });
  const advance = async (
    ms: number,
    until?: () => boolean | Promise<boolean>,
  ) => {
    for (let step = 0; step < ms; step += 1000) {
      await page.clock.runFor(1000);
      if (inFlight) {
        await inFlight;
        inFlight = null;
        await page.evaluate(
          () => new Promise((done) => setTimeout(() => done(null), 0)),
        );
      }
      if (until && (await until())) return;
    }
  };
  const response = await page.goto(server.url);
  await page
    .locator('.maintenance-banner[data-maintenance-phase="in-progress"]')
    .waitFor();
  return {
    page,
    problems,
    checks,
    advance,
    response,
    close: () => context.close(),
  };
}

const headline = (page: Page) =>
  page.locator('.maintenance-banner__headline').textContent();
const detail = (page: Page, text: string) =>
  page.locator('.maintenance-banner__detail', { hasText: text });

test('a health URL on another host: the page may ask it, and the check runs under the CSP', async () => {
  const server = await demo({ maintenance_banner_health_url: STATUS });
  let up = false;
  const { page, problems, checks, advance, response, close } = await visit(
    server,
    '/up',
    (context) =>
      context.route(STATUS, (route) =>
        route.fulfill({
          status: up ? 200 : 503,
          body: up ? 'ok' : 'down',
          headers: {
            'Access-Control-Allow-Origin': '*',
            'Cache-Control': 'no-store',
          },
        }),
      ),
  );
  try {
    assert.match(
      (await response?.headerValue('content-security-policy')) ?? '',
      /connect-src 'self' https:\/\/status\.example\.test;/,
    );
    await advance(30_000, () => checks.length > 0);
    await detail(page, 'The forum is unreachable').waitFor();
    assert.deepEqual(checks, [STATUS], 'asked, not refused by the policy');

    up = true;
    await advance(
      60_000,
      async () =>
        (await page.locator('button.maintenance-banner__reload').count()) > 0,
    );
    await page.locator('button.maintenance-banner__reload').waitFor();
    assert.deepEqual(
      problems.filter((text) => !/status of 503/.test(text)),
      [],
      'no CSP violation, no error (but the 503 the check was answered)',
    );
  } finally {
    await close();
  }
});

test('SIGTERM: open pages say the forum is going down, check until it is back, then offer the reload', async () => {
  const first = await demo({ maintenance_banner_health_url: '/srv/status' });
  const { page, checks, advance, close } = await visit(first, '/srv/status');
  try {
    assert.equal(await headline(page), 'Maintenance in progress');
    assert.equal(await first.stop(), 0, 'a graceful exit');
    assert.match(first.output(), /1 open page told the forum is going down/);
    await page
      .locator('.maintenance-banner__headline', {
        hasText: 'The forum is going down for the upgrade',
      })
      .waitFor({ timeout: 5000 });

    await advance(30_000, () => checks.length > 0);
    await detail(page, 'The forum is unreachable').waitFor();

    // The same forum back up: same port, same database.
    await demo(
      { maintenance_banner_health_url: '/srv/status' },
      { PORT: first.port, MAINTENANCE_BANNER_DB: first.dbPath },
    );
    await advance(
      120_000,
      async () =>
        (await page.locator('button.maintenance-banner__reload').count()) > 0,
    );
    await page.locator('button.maintenance-banner__reload').waitFor();
    assert.match(
      (await page
        .locator('.maintenance-banner [role="status"]')
        .textContent()) ?? '',
      /The upgrade looks done/,
    );
  } finally {
    await close();
  }
});
