/**
 * The demo forum in real headless Chromium, in browser time zones that are
 * not UTC, with the page's time driven by Playwright's clock: the visitor
 * sees the countdown turn into the in-progress notice with the Slack link,
 * without a reload.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { startDemo, type DemoServer } from '../../scripts/demo-server.ts';
import { seedWindow, SLACK, START } from './seed.ts';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemo(
    seedWindow({ maintenance_banner_duration_minutes: 0 }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the forum at `time` (the page's clock), collecting problems. */
async function openForum(timezoneId: string, time: number) {
  const context = await browser.newContext({ timezoneId, locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  // Listen before any script of the page runs.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Loading takes real time: start a little early, then hold the page's
  // clock still at `time`, so only runFor() moves it.
  await page.clock.install({ time: time - 30_000 });
  await page.goto(server.url);
  await page.locator('.maintenance-banner').waitFor();
  await page.clock.pauseAt(time);
  return { page, problems, close: () => context.close() };
}

const phase = (page: Page) =>
  page.locator('.maintenance-banner').getAttribute('data-maintenance-phase');

for (const [timezoneId, zoneName] of [
  ['Asia/Shanghai', 'GMT+8'],
  ['Asia/Kathmandu', 'GMT+5:45'],
  ['America/Los_Angeles', null],
] as const) {
  describe(`a visitor in ${timezoneId}`, () => {
    test('sees the countdown turn into the in-progress notice without a reload', async () => {
      const { page, problems, close } = await openForum(
        timezoneId,
        Date.parse(START) - 2 * 60_000 - 5_000,
      );
      try {
        assert.equal(await phase(page), 'imminent');
        const countdown = page.locator('time.maintenance-banner__countdown');
        assert.equal(
          await countdown.getAttribute('datetime'),
          '2027-02-18T18:00:00.000Z',
        );
        assert.equal(await countdown.textContent(), '2 minutes, 5 seconds');

        const when = await page
          .locator('.maintenance-banner__when')
          .textContent();
        if (zoneName) {
          assert.match(
            when ?? '',
            new RegExp(`your time \\(${zoneName.replace('+', '\\+')}\\)`),
          );
        } else {
          assert.equal(
            when,
            'Thu, Feb 18, 10:00 AM PST',
            'one zone when the visitor is in it',
          );
        }

        // Mark this document: a reload would lose the mark.
        await page.evaluate(() =>
          document.documentElement.setAttribute('data-visit', 'first'),
        );

        await page.clock.runFor(65_000);
        assert.equal(await countdown.textContent(), '1 minute');

        await page.clock.runFor(60_000);
        await page
          .locator('.maintenance-banner[data-maintenance-phase="in-progress"]')
          .waitFor();
        assert.equal(
          await countdown.count(),
          0,
          'no countdown once it started',
        );
        const channel = page.locator('a.maintenance-banner__channel');
        assert.equal(await channel.getAttribute('href'), SLACK);
        assert.equal(await channel.getAttribute('rel'), 'noopener noreferrer');
        assert.match(
          (await page
            .locator('.maintenance-banner [role="status"]')
            .textContent()) ?? '',
          /^Maintenance in progress\. .*Updates in #announcements\./,
          'the live region has the new phase',
        );
        assert.equal(
          await page.evaluate(() =>
            document.documentElement.getAttribute('data-visit'),
          ),
          'first',
          'the same document: no reload',
        );
        assert.deepEqual(problems, [], 'no errors, no CSP violations');
      } finally {
        await close();
      }
    });
  });
}

describe('the demo page', () => {
  test('is served with a strict Content-Security-Policy and keeps to it', async () => {
    const response = await fetch(server.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-(inline|eval)/);

    const { page, problems, close } = await openForum(
      'Asia/Shanghai',
      Date.parse(START) - 3_600_000,
    );
    try {
      assert.equal(await phase(page), 'upcoming');
      await page.clock.runFor(60_000);
      assert.deepEqual(
        problems,
        [],
        'no inline script or style was refused, nothing failed',
      );
    } finally {
      await close();
    }
  });

  test('the preview control moves the same clock through every phase', async () => {
    const { page, close } = await openForum(
      'Europe/Berlin',
      Date.parse(START) - 5 * 3_600_000,
    );
    try {
      for (const [button, expected] of [
        ['Imminent', 'imminent'],
        ['In progress', 'in-progress'],
        ['Overrun', 'overrun'],
        ['Completed', 'completed'],
        ['Cancelled', 'cancelled'],
        ['Upcoming', 'upcoming'],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await page
          .locator(`.maintenance-banner[data-maintenance-phase="${expected}"]`)
          .waitFor();
      }
      await page.getByRole('button', { name: 'Real time' }).click();
      assert.equal(await phase(page), 'upcoming');
      assert.equal(
        await page.locator('time.maintenance-banner__countdown').textContent(),
        '5 hours',
      );
    } finally {
      await close();
    }
  });
});
