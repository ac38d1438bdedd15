/**
 * Live updates in real headless Chromium against the built demo: an admin
 * changes a setting through the API and every open page follows without a
 * reload; a visitor whose clock is wrong sees the window by the server's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';

const API_KEY = 'live-updates-admin-key-0123456789';
const HOUR = 3_600_000;
const MINUTE = 60_000;

let browser: Browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

function windowStartingIn(ms: number): Record<string, unknown> {
  return {
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: new Date(Date.now() + ms).toISOString(),
    maintenance_banner_duration_minutes: 60,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_channel_url:
      'https://gophers.slack.com/messages/announcements',
  };
}

async function put(server: DemoServer, key: string, value: unknown) {
  const response = await fetch(`${server.url}admin/site_settings/${key}`, {
    method: 'PUT',
    headers: {
      'Api-Key': API_KEY,
      'Api-Username': 'admin',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ [key]: value }),
  });
  assert.equal(response.status, 200, await response.text());
}

const phase = (page: Page) =>
  page.locator('.maintenance-banner').getAttribute('data-maintenance-phase');

async function open(server: DemoServer, options: { clock?: number } = {}) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  if (options.clock !== undefined) {
    await page.clock.install({ time: options.clock });
  }
  await page.goto(server.url);
  await page.locator('.maintenance-banner').waitFor();
  return { page, problems, close: () => context.close() };
}

describe('an admin change reaches open pages', () => {
  let server: DemoServer;

  before(async () => {
    server = await startDemo(windowStartingIn(2 * HOUR), {
      MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY,
    });
  });

  after(async () => {
    await server?.stop();
  });

  test('two visitors see "in progress", then nothing, without a reload', async () => {
    const first = await open(server);
    const second = await open(server);
    try {
      for (const { page } of [first, second]) {
        assert.equal(await phase(page), 'upcoming');
        await page.evaluate(() =>
          document.documentElement.setAttribute('data-visit', 'first'),
        );
      }

      await put(server, 'maintenance_banner_status', 'in_progress');
      for (const { page } of [first, second]) {
        await page
          .locator('.maintenance-banner[data-maintenance-phase="in-progress"]')
          .waitFor({ timeout: 5000 });
      }

      await put(server, 'maintenance_banner_enabled', false);
      for (const { page } of [first, second]) {
        await page
          .locator('.maintenance-banner')
          .waitFor({ state: 'detached', timeout: 5000 });
        assert.equal(
          await page.evaluate(() =>
            document.documentElement.getAttribute('data-visit'),
          ),
          'first',
          'the same document: no reload',
        );
      }
      assert.deepEqual(first.problems, [], 'no errors, no CSP violations');
      assert.deepEqual(second.problems, []);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('a visitor with a wrong clock', () => {
  let server: DemoServer;

  before(async () => {
    server = await startDemo(windowStartingIn(10 * MINUTE), {
      MAINTENANCE_BANNER_CLOCK_SYNC: 'on',
    });
  });

  after(async () => {
    await server?.stop();
  });

  test("sees the window by the server's clock", async () => {
    // Two days slow: by its own clock the start is two days away.
    const { page, problems, close } = await open(server, {
      clock: Date.now() - 2 * 24 * HOUR,
    });
    try {
      assert.equal(await phase(page), 'imminent');
      assert.match(
        (await page
          .locator('time.maintenance-banner__countdown')
          .textContent()) ?? '',
        /^(9|10) minutes/,
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
