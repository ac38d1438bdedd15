/**
 * Reliability in real headless Chromium, the page's time driven by
 * Playwright's clock: dismissals reach every tab, a visitor's wrong clock
 * gives way to the server's, hidden, sleeping and frozen pages come back
 * on the right phase at once, a start weeks away does not fire early past
 * the `setTimeout` limit, and a window across a DST change of its own zone
 * reads right in three browser zones.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';
import { START } from './seed.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How long before the moment under test a page's clock starts: time to load. */
const LOAD_TIME = 10 * SECOND;

const S = Date.parse(START);

let browser: Browser;
const servers: DemoServer[] = [];
/** The forum's window: START, 60 minutes, announced 30 days ahead. */
let forum: DemoServer;

before(async () => {
  browser = await launchChromium();
  forum = await demo({
    maintenance_banner_starts_at: START,
    maintenance_banner_duration_minutes: 60,
    maintenance_banner_notice_hours: 720,
  });
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.stop()));
});

/** A demo server of its own (stopped at the end), with these settings. */
async function demo(
  settings: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<DemoServer> {
  const server = await startDemo(
    {
      maintenance_banner_enabled: true,
      maintenance_banner_time_zone: 'America/Los_Angeles',
      maintenance_banner_channel_name: '#announcements',
      maintenance_banner_channel_url:
        'https://gophers.slack.com/messages/announcements',
      ...settings,
    },
    env,
  );
  servers.push(server);
  return server;
}

interface Visit {
  page: Page;
  problems: string[];
}

/**
 * Wraps the clock's fake timers (installed before it) so that the page
 * counts every timer callback it runs. A string, not a function: the test
 * runner's transpiler would add helpers the page does not have.
 */
const COUNT_TIMERS = `
  window.__timersFired = 0;
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (handler, ...rest) {
      const counting = typeof handler === 'function'
        ? function (...args) { window.__timersFired++; return handler.apply(this, args); }
        : handler;
      return original.call(window, counting, ...rest);
    };
  }
`;

/**
 * Counts the `settings` events the page receives from the server
 * (`window.__settingsEvents`): each one carries the server's time.
 */
const COUNT_SETTINGS_EVENTS = `
  window.__settingsEvents = 0;
  const Original = window.EventSource;
  window.EventSource = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('settings', () => {
        window.__settingsEvents++;
        window.__maintenanceSettingsEvent?.();
      });
    }
  };
`;

/**
 * A browser context in `timezoneId` whose clock (shared by its pages) starts
 * at `time`, with a count of every timer callback a page runs
 * (`window.__timersFired`).
 */
async function contextAt(
  timezoneId: string,
  time: number,
): Promise<BrowserContext> {
  const context = await browser.newContext({ timezoneId, locale: 'en-US' });
  await context.clock.install({ time });
  await context.addInitScript(COUNT_TIMERS);
  return context;
}

/** Opens `url` in a new page of `context`, collecting errors. */
async function open(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { page, problems };
}

const timersFired = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __timersFired: number }).__timersFired,
  );

const phase = async (page: Page) =>
  (await page.locator('.maintenance-banner').count()) === 0
    ? null
    : await page
        .locator('.maintenance-banner')
        .getAttribute('data-maintenance-phase');

const countdown = (page: Page) =>
  page.locator('time.maintenance-banner__countdown').textContent();

/**
 * Stops the page's clock at `at` (it runs with real time from the install
 * until then, so contexts start a few seconds earlier: {@link LOAD_TIME}).
 */
async function freezeAt(page: Page, at: number): Promise<void> {
  assert.ok(
    (await page.evaluate(() => Date.now())) <= at,
    'the page loaded within LOAD_TIME',
  );
  await page.clock.pauseAt(at);
}

/** "2 minutes, 5 seconds" → 125 000 ms (the countdown's own words). */
function readDuration(text: string | null): number {
  const units: Record<string, number> = {
    day: DAY,
    hour: HOUR,
    minute: MINUTE,
    second: SECOND,
  };
  let total = 0;
  for (const [, amount, unit] of (text ?? '').matchAll(
    /(\d+) (day|hour|minute|second)s?/g,
  )) {
    total += Number(amount) * units[unit!]!;
  }
  assert.ok(total > 0, `a duration: ${JSON.stringify(text)}`);
  return total;
}

/**
 * Hides or shows the page as a background tab would: headless Chromium is
 * always "visible", so the state is overridden and the event dispatched.
 */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  // A string: the page does not have the test runner's transpiler helpers.
  await page.evaluate(`
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (${hidden} ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', {
      configurable: true,
      get: () => ${hidden},
    });
    document.dispatchEvent(new Event('visibilitychange'));
  `);
}

describe('dismissal', () => {
  test('a dismissal in one tab hides the banner in the other tabs, and lasts the phase', async () => {
    const context = await contextAt('Asia/Kathmandu', S - 2 * HOUR);
    try {
      const first = await open(context, forum.url);
      const second = await open(context, forum.url);
      for (const { page } of [first, second]) {
        await page.locator('.maintenance-banner').waitFor();
        assert.equal(await phase(page), 'upcoming');
      }
      await second.page.evaluate(() =>
        document.documentElement.setAttribute('data-visit', 'first'),
      );

      await first.page.locator('button.maintenance-banner__dismiss').click();
      await first.page
        .locator('.maintenance-banner')
        .waitFor({ state: 'detached' });
      await second.page
        .locator('.maintenance-banner')
        .waitFor({ state: 'detached', timeout: 5000 });
      assert.equal(
        await second.page.evaluate(() =>
          document.documentElement.getAttribute('data-visit'),
        ),
        'first',
        'hidden in the other tab without a reload',
      );

      await second.page.reload();
      await second.page.locator('main').waitFor();
      assert.equal(await phase(second.page), null, 'and after a reload');

      await context.clock.fastForward(90 * MINUTE); // to 30 minutes before
      for (const { page } of [first, second]) {
        await page
          .locator('.maintenance-banner[data-maintenance-phase="imminent"]')
          .waitFor();
      }
      assert.deepEqual(
        [...first.problems, ...second.problems],
        [],
        'no errors in either tab',
      );
    } finally {
      await context.close();
    }
  });
});

describe('clock skew', () => {
  // A window that starts in four minutes or so, by the server's clock.
  let start: number;
  let server: DemoServer;
  before(async () => {
    start = Math.ceil((Date.now() + 4 * MINUTE) / MINUTE) * MINUTE;
    server = await demo(
      {
        maintenance_banner_starts_at: new Date(start).toISOString(),
        maintenance_banner_duration_minutes: 60,
      },
      { MAINTENANCE_BANNER_CLOCK_SYNC: 'on' },
    );
  });

  for (const [label, skew] of [
    ['a day and 10 minutes fast', DAY + 10 * MINUTE],
    ['a day and 10 minutes slow', -(DAY + 10 * MINUTE)],
  ] as const) {
    test(`a visitor's clock ${label}: the server's time in the page decides`, async () => {
      const context = await contextAt('Asia/Shanghai', Date.now() + skew);
      await context.addInitScript(COUNT_SETTINGS_EVENTS);
      // The page tells the test through a binding: no polling, and nothing
      // for the page's CSP to refuse.
      let settingsEvent = (): void => {};
      const firstEvent = new Promise<void>((resolve) => {
        settingsEvent = resolve;
      });
      await context.exposeFunction('__maintenanceSettingsEvent', () =>
        settingsEvent(),
      );
      try {
        const { page, problems } = await open(context, server.url);
        await page.locator('.maintenance-banner').waitFor();
        // The page syncs with the server's time in its preload, and again on
        // each settings event; the clock stops once the first has arrived.
        await firstEvent;
        await page.clock.pauseAt(
          (await page.evaluate(() => Date.now())) + SECOND,
        );
        assert.equal(await phase(page), 'imminent');
        const left = readDuration(await countdown(page));
        const real = start - Date.now();
        assert.ok(
          Math.abs(left - real) <= 2 * SECOND,
          `counts down the real time left (${left} ms shown, ${real} ms real)`,
        );

        await page.clock.runFor(left - SECOND);
        assert.equal(await countdown(page), '1 second');
        assert.equal(await phase(page), 'imminent');
        await page.clock.runFor(SECOND);
        await page
          .locator('.maintenance-banner[data-maintenance-phase="in-progress"]')
          .waitFor({ timeout: 2000 });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('sleep and hidden tabs', () => {
  test('hidden through the start: no timer fires while hidden, the right phase at once on return', async () => {
    const context = await contextAt(
      'America/Los_Angeles',
      S - 3 * MINUTE - LOAD_TIME,
    );
    try {
      const { page, problems } = await open(context, forum.url);
      await page.locator('.maintenance-banner').waitFor();
      await freezeAt(page, S - 3 * MINUTE);
      assert.equal(await phase(page), 'imminent');
      const before = await timersFired(page);
      await page.clock.runFor(2 * SECOND);
      assert.ok(
        (await timersFired(page)) > before,
        'the count sees the ticking countdown',
      );

      await setHidden(page, true);
      const hiddenAt = await timersFired(page);
      await page.clock.runFor(10 * MINUTE); // through the start
      assert.equal(
        (await timersFired(page)) - hiddenAt,
        0,
        'no timer ran in ten hidden minutes',
      );

      await setHidden(page, false);
      assert.equal(
        await phase(page),
        'in-progress',
        'the new phase, with no timer and no wait',
      );
      assert.equal(
        await page.locator('time.maintenance-banner__countdown').count(),
        0,
        'no stale countdown',
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a machine that slept through the start: at most one late timer, the right phase', async () => {
    const context = await contextAt(
      'Asia/Shanghai',
      S - 5 * MINUTE - LOAD_TIME,
    );
    try {
      const { page } = await open(context, forum.url);
      await page.locator('.maintenance-banner').waitFor();
      await freezeAt(page, S - 5 * MINUTE);
      assert.equal(await countdown(page), '5 minutes');

      const before = await timersFired(page);
      await page.clock.fastForward(2 * HOUR); // the lid closed for two hours
      await page
        .locator('.maintenance-banner[data-maintenance-phase="overrun"]')
        .waitFor({ timeout: 2000 });
      assert.ok(
        (await timersFired(page)) - before <= 1,
        'one late wake-up, not one per missed second',
      );
    } finally {
      await context.close();
    }
  });

  // Headless Chromium neither hides nor freezes a page through CDP
  // (Page.setWebLifecycleState changes no state and dispatches no event on a
  // visible page), so the events a real browser sends are dispatched here.
  for (const [event, target] of [
    ['resume', 'document'],
    ['pageshow', 'window'],
    ['focus', 'window'],
    ['online', 'window'],
  ] as const) {
    test(`the wall clock jumped with no timer running: "${event}" catches up at once`, async () => {
      const context = await contextAt(
        'Asia/Kathmandu',
        S - 3 * MINUTE - LOAD_TIME,
      );
      try {
        const { page } = await open(context, forum.url);
        await page.locator('.maintenance-banner').waitFor();
        await freezeAt(page, S - 3 * MINUTE);
        assert.equal(await phase(page), 'imminent');

        const before = await timersFired(page);
        // A frozen page, a suspended machine: time moves, no timer runs.
        await page.clock.setSystemTime(S + 2 * HOUR);
        assert.equal(await phase(page), 'imminent', 'nothing moved yet');
        await page.evaluate(`${target}.dispatchEvent(new Event('${event}'))`);
        await page
          .locator('.maintenance-banner[data-maintenance-phase="overrun"]')
          .waitFor({ timeout: 2000 });
        assert.equal(
          (await timersFired(page)) - before,
          0,
          `caught up by the ${event} event, not by a timer`,
        );
      } finally {
        await context.close();
      }
    });
  }
});

describe('far windows', () => {
  test('a start 60 days away, with 30 days of notice: no early wake-up past the setTimeout limit', async () => {
    const context = await contextAt('Europe/Berlin', S - 60 * DAY - LOAD_TIME);
    try {
      const noticeStarts = S - 30 * DAY;
      const { page, problems } = await open(context, forum.url);
      await page.locator('main').waitFor();
      await freezeAt(page, S - 60 * DAY);
      assert.equal(await phase(page), null);
      const before = await timersFired(page);

      // An overflowing timer would fire at once, again and again.
      await page.clock.runFor(SECOND);
      assert.equal((await timersFired(page)) - before, 0, 'nothing at once');

      await page.clock.runFor(30 * DAY - 2 * SECOND);
      assert.equal(await phase(page), null, 'nothing 1 s before the notice');
      assert.equal(
        (await timersFired(page)) - before,
        1,
        'one wake-up in 30 days: at the setTimeout limit (24.8 days)',
      );

      await page.clock.runFor(SECOND);
      await page
        .locator('.maintenance-banner[data-maintenance-phase="upcoming"]')
        .waitFor({ timeout: 2000 });
      assert.equal(await countdown(page), '30 days');
      assert.equal(
        await page.evaluate(() => Date.now()),
        noticeStarts,
        'shown on the notice instant',
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('zones and daylight saving time', () => {
  // 01:30 PST on the night Los Angeles springs forward (02:00 → 03:00 PDT).
  const DST_START = '2027-03-14T01:30:00-08:00';
  const T = Date.parse(DST_START);
  let server: DemoServer;
  before(async () => {
    server = await demo({
      maintenance_banner_starts_at: DST_START,
      maintenance_banner_duration_minutes: 120,
    });
  });

  for (const [timezoneId, offset, start, end] of [
    [
      'America/Los_Angeles',
      -480,
      'Sun, Mar 14, 1:30 AM PST',
      'Sun, Mar 14, 4:30 AM PDT',
    ],
    [
      'Asia/Shanghai',
      480,
      'Sun, Mar 14, 1:30 AM PST · 5:30 PM your time (GMT+8)',
      'Sun, Mar 14, 4:30 AM PDT · 7:30 PM your time (GMT+8)',
    ],
    [
      'Asia/Kathmandu',
      345,
      'Sun, Mar 14, 1:30 AM PST · 3:15 PM your time (GMT+5:45)',
      'Sun, Mar 14, 4:30 AM PDT · 5:15 PM your time (GMT+5:45)',
    ],
  ] as const) {
    test(`seen from ${timezoneId}: the times across the spring-forward are right`, async () => {
      const context = await contextAt(timezoneId, T - DAY - LOAD_TIME);
      try {
        const { page, problems } = await open(context, server.url);
        await page.locator('.maintenance-banner').waitFor();
        await freezeAt(page, T - DAY);
        assert.equal(
          await page.evaluate((at) => -new Date(at).getTimezoneOffset(), T),
          offset,
          'the browser runs in that zone',
        );
        assert.equal(
          await countdown(page),
          '1 day',
          '24 real hours, though the wall clock in Los Angeles moves 25',
        );
        assert.equal(
          await page
            .locator('time.maintenance-banner__countdown')
            .getAttribute('datetime'),
          '2027-03-14T09:30:00.000Z',
        );
        assert.equal(
          await page.locator('.maintenance-banner__when').textContent(),
          start,
        );

        await page.clock.fastForward(DAY + MINUTE);
        await page
          .locator('.maintenance-banner[data-maintenance-phase="in-progress"]')
          .waitFor({ timeout: 2000 });
        assert.equal(
          await page
            .locator('.maintenance-banner__detail')
            .last()
            .textContent(),
          `Expected to be done around ${end}.`,
          'two real hours later, in daylight time',
        );
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
