/**
 * The consumer app in Chromium: the pages a visitor sees, on Playwright's
 * clock, and the app's QUnit tests.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { serve } from './harness.ts';

async function withPage<T>(
  browser: Browser,
  dist: string,
  use: (page: Page, url: string, problems: string[]) => Promise<T>,
): Promise<T> {
  const server = await serve(dist);
  const context = await browser.newContext({
    timezoneId: 'Asia/Kathmandu',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // 404s the app cannot help here: no favicon, and no /srv/status for
    // the banner's health check.
    const { url } = message.location();
    if (message.type() === 'error' && !/\/(favicon\.ico|srv\/status)/.test(url))
      problems.push(message.text());
  });
  try {
    return await use(page, server.url, problems);
  } finally {
    await context.close();
    await server.close();
  }
}

/** The README's banner through its phases, and a classic `.hbs` page's. */
export async function showsTheBanner(
  browser: Browser,
  dist: string,
): Promise<void> {
  await withPage(browser, dist, async (page, url, problems) => {
    const phase = (root: string, name: string) =>
      page.waitForSelector(
        `${root} .maintenance-banner[data-maintenance-phase="${name}"]`,
        {
          timeout: 15_000,
        },
      );
    // Time stands still but for the jumps below. The clock runs from its
    // install until the pause, so it is installed a minute earlier: pausing
    // at the install's own instant fails once a millisecond has passed.
    const start = new Date('2027-02-18T08:30:00-08:00');
    await page.clock.install({ time: start.getTime() - 60_000 });
    await page.clock.pauseAt(start);
    await page.goto(url);
    // The README's component: a window one hour from "now".
    await phase('body', 'upcoming');
    const countdown = await page.textContent(
      'time.maintenance-banner__countdown',
    );
    assert.equal(countdown, '1 hour');
    await page.clock.fastForward('31:00');
    await phase('body', 'imminent');
    await page.clock.fastForward('30:00');
    await phase('body', 'in-progress');

    // A classic .hbs page: <MaintenanceBanner> from the app tree.
    await page.clock.setSystemTime(new Date('2027-02-18T10:15:00-08:00'));
    await page.goto(`${url}/status`);
    await phase('#status', 'in-progress');
    assert.equal(
      await page.getAttribute('#status a.maintenance-banner__channel', 'href'),
      'https://gophers.slack.com/messages/announcements',
    );
    assert.deepEqual(problems, [], 'no errors on the page');
  });
}

export interface QUnitOutcome {
  total: number;
  modules: string[];
  failures: string[];
}

/** Opens tests/index.html and waits for QUnit's results. */
export async function runsItsTests(
  browser: Browser,
  dist: string,
): Promise<QUnitOutcome> {
  // An uncaught error fails a QUnit test by itself ("global failure").
  return withPage(browser, dist, async (page, url) => {
    await page.goto(`${url}/tests/index.html`);
    // The app's tests/reporter.ts collects QUnit's results there.
    await page.waitForFunction(
      () =>
        (window as unknown as { testOutcome?: { done: boolean } }).testOutcome
          ?.done,
      null,
      { timeout: 120_000, polling: 250 },
    );
    const outcome = await page.evaluate(
      () => (window as unknown as { testOutcome: QUnitOutcome }).testOutcome,
    );
    return outcome;
  });
}
