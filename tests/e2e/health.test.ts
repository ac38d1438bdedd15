/**
 * During the window the banner asks the forum's health path whether it is
 * back. Here the demo backend's admin-only switch takes /srv/status down and
 * up again while a visitor watches, in real headless Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';
import { START } from './seed.ts';

const API_KEY = 'health-admin-key-0123456789abcdef';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemo(
    {
      maintenance_banner_enabled: true,
      maintenance_banner_starts_at: START,
      maintenance_banner_duration_minutes: 0,
      maintenance_banner_time_zone: 'America/Los_Angeles',
      maintenance_banner_channel_name: '#announcements',
      maintenance_banner_channel_url:
        'https://gophers.slack.com/messages/announcements',
      maintenance_banner_health_url: '/srv/status',
    },
    { MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY },
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function switchForum(up: boolean): Promise<void> {
  const response = await fetch(`${server.url}admin/demo/health`, {
    method: 'PUT',
    headers: {
      'Api-Key': API_KEY,
      'Api-Username': 'admin',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ up }),
  });
  assert.equal(response.status, 200);
}

test('unreachable while the forum is down, then "looks done" with a reload', async () => {
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const checks: number[] = [];
  let inFlight: Promise<unknown> | null = null;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/srv/status') return;
    checks.push(Date.now());
    inFlight = request.response();
  });
  /** Page time moves a second at a time; a check's real network answer is awaited, not slept for. */
  const advance = async (ms: number) => {
    for (let step = 0; step < ms; step += 1000) {
      await page.clock.runFor(1000);
      if (inFlight) {
        await inFlight;
        inFlight = null;
        await page.evaluate(
          () => new Promise((done) => queueMicrotask(() => done(null))),
        );
      }
    }
  };
  try {
    await page.clock.install({ time: Date.parse(START) - 60_000 });
    await page.goto(server.url);
    await page
      .locator('.maintenance-banner[data-maintenance-phase="imminent"]')
      .waitFor();

    await advance(50_000);
    assert.equal(checks.length, 0, 'no checks before the window');

    await switchForum(false);
    await advance(30_000); // the start, then the first check (15 s ± 20 %)
    await page
      .locator('.maintenance-banner__detail', {
        hasText: 'The forum is unreachable',
      })
      .waitFor();
    assert.equal(checks.length, 1, 'one check so far');
    assert.equal(
      await page.locator('button.maintenance-banner__reload').count(),
      0,
    );

    await switchForum(true);
    await advance(80_000); // checks every 15 s, then 30 s, … while it stays down
    await page.locator('button.maintenance-banner__reload').waitFor();
    assert.ok(
      checks.length <= 4,
      `${String(checks.length)} checks in about two minutes`,
    );
    assert.match(
      (await page
        .locator('.maintenance-banner [role="status"]')
        .textContent()) ?? '',
      /The upgrade looks done/,
    );

    await Promise.all([
      page.waitForEvent('load'),
      page.locator('button.maintenance-banner__reload').click(),
    ]);
    await page.locator('.maintenance-banner').waitFor();
    assert.equal(
      await page.locator('button.maintenance-banner__reload').count(),
      0,
      'a fresh page',
    );
  } finally {
    await context.close();
  }
});
