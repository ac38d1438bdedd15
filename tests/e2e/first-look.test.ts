/**
 * The demo forum as a first look, in real Chromium: a Chinese browser gets
 * a Chinese page, an Arabic one a right-to-left page, and the header's
 * switch changes the language for the next pages; on a phone (360 × 740)
 * the header fits in either direction and the preview panel starts
 * closed, out of the way of the topics.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { startDemo, type DemoServer } from '../../scripts/demo-server.ts';
import { axeViolations } from './axe.ts';
import { START } from './seed.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** Any Han character. */
const HAN = /\p{Script=Han}/u;

let server: DemoServer;
let browser: Browser;

before(async () => {
  // A long window in another zone: the banner's widest upcoming text.
  server = await startDemo({
    maintenance_banner_enabled: true,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_starts_at: START,
    maintenance_banner_duration_minutes: 180,
    maintenance_banner_channel_url:
      'https://gophers.slack.com/messages/announcements',
    maintenance_banner_health_url: '',
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a browser whose language is `locale` (Playwright sends it as Accept-Language). */
async function open(
  locale: string,
  viewport: { width: number; height: number },
  path = '/',
  { bypassCSP = false } = {},
) {
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale,
    viewport,
    bypassCSP,
  });
  const page = await context.newPage();
  await page.clock.install({ time: Date.parse(START) - 5 * 3_600_000 });
  await page.goto(new URL(path, server.url).href);
  await page.locator('.maintenance-banner').first().waitFor();
  return { page, close: () => context.close() };
}

const root = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** What sticks out of the viewport sideways: the page's width, and each header item outside it. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [
      ...document.querySelectorAll(
        '.forum-header__inner > *, .maintenance-banner__icon',
      ),
    ]
      .map((element) => ({
        name: element.className,
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.left < 0 || box.right > width)
      .map(
        ({ name, box }) =>
          `${name} at ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      outside,
    };
  });

/** The elements matching `selector` that the preview panel covers, scrolled to the page's end. */
const coveredAtTheEnd = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const panel = document.querySelector('.preview')!.getBoundingClientRect();
    return [...document.querySelectorAll(selector)]
      .map((element) => ({
        text: element.textContent.trim().slice(0, 40),
        box: element.getBoundingClientRect(),
      }))
      .filter(
        ({ box }) =>
          box.bottom > panel.top &&
          box.top < panel.bottom &&
          box.right > panel.left &&
          box.left < panel.right,
      )
      .map(({ text }) => text);
  }, selector);

describe('the language of the page', () => {
  test('a zh-CN browser gets lang="zh-CN" and the banner in Chinese', async () => {
    const { page, close } = await open('zh-CN', DESKTOP);
    try {
      assert.deepEqual(await root(page), { lang: 'zh-CN', dir: 'ltr' });
      const headline = await page
        .locator('.maintenance-banner__headline')
        .first()
        .innerText();
      assert.match(headline, HAN, headline);
      assert.equal(
        await page.getByRole('heading', { level: 1 }).innerText(),
        '最新话题',
      );
    } finally {
      await close();
    }
  });

  test('an Arabic browser gets dir="rtl"; an English one stays English', async () => {
    const arabic = await open('ar', DESKTOP);
    try {
      assert.deepEqual(await root(arabic.page), { lang: 'ar', dir: 'rtl' });
      const headline = await arabic.page
        .locator('.maintenance-banner__headline')
        .first()
        .innerText();
      assert.match(headline, /\p{Script=Arabic}/u, headline);

      // An English post on an Arabic page reads left to right, its full stop at its end.
      await arabic.page.goto(
        new URL('/t/forum-upgrade-planned', server.url).href,
      );
      assert.equal(
        await arabic.page
          .locator('.topic__body')
          .evaluate((body) => getComputedStyle(body).direction),
        'ltr',
      );
      assert.equal(
        await arabic.page.getByRole('link', { name: 'كل المواضيع' }).count(),
        1,
        'the way back in Arabic',
      );
    } finally {
      await arabic.close();
    }
    const english = await open('en-US', DESKTOP);
    try {
      assert.deepEqual(await root(english.page), { lang: 'en', dir: 'ltr' });
    } finally {
      await english.close();
    }
  });

  test('the switch changes the language, and the next pages keep it', async () => {
    const { page, close } = await open('en-US', DESKTOP);
    try {
      await page.locator('.language-switch__button').click();
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'العربية' }).click(),
      ]);
      await page.locator('.maintenance-banner').first().waitFor();
      assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
      await page.goto(new URL('/themes', server.url).href);
      assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    } finally {
      await close();
    }
  });
});

describe('on a phone, 360 × 740', () => {
  for (const [locale, dir] of [
    ['en-US', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    test(`the header fits, nothing cut off (${dir})`, async () => {
      const { page, close } = await open(locale, PHONE);
      try {
        assert.equal((await root(page)).dir, dir);
        const seen = await overflow(page);
        assert.ok(
          seen.scrollWidth <= PHONE.width,
          `the page is ${seen.scrollWidth} px wide`,
        );
        assert.deepEqual(seen.outside, [], 'every header item in view');
        assert.ok(
          await page.locator('.forum-header__avatar').isVisible(),
          'the avatar shows',
        );
      } finally {
        await close();
      }
    });
  }

  test('the preview panel starts closed, opens and closes, and covers no topic', async () => {
    const { page, close } = await open('en-US', PHONE);
    try {
      const title = page.locator('.preview__title');
      const body = page.locator('.preview__body');
      assert.equal(await title.getAttribute('aria-expanded'), 'false');
      assert.equal(await body.isVisible(), false);

      // Scrolled to the end, no topic row lies under the closed panel.
      assert.deepEqual(await coveredAtTheEnd(page, '.topic-list tbody tr'), []);
      const panelHeight = (await page.locator('.preview').boundingBox())!
        .height;
      assert.ok(panelHeight <= 48, `closed, it is ${panelHeight} px tall`);

      await title.click();
      assert.equal(await title.getAttribute('aria-expanded'), 'true');
      assert.equal(await body.isVisible(), true);
      assert.deepEqual(
        await coveredAtTheEnd(page, '.topic-list tbody tr'),
        [],
        'open, too',
      );

      // The choice lasts for the tab's session.
      await page.reload();
      await page.locator('.maintenance-banner').first().waitFor();
      assert.equal(await title.getAttribute('aria-expanded'), 'true');

      await page
        .getByRole('button', { name: 'In progress', exact: true })
        .click();
      await title.click();
      assert.equal(await body.isVisible(), false);
      assert.match(
        await title.innerText(),
        /In progress/,
        'says what it shows',
      );

      // The themes page's samples clear it as well.
      await page.goto(new URL('/themes', server.url).href);
      await page.locator('.theme-sample').last().waitFor();
      assert.deepEqual(await coveredAtTheEnd(page, '.theme-sample'), []);
    } finally {
      await close();
    }
  });
});

describe('on a wide screen', () => {
  test('the preview panel starts open', async () => {
    const { page, close } = await open('en-US', DESKTOP);
    try {
      assert.equal(
        await page.locator('.preview__title').getAttribute('aria-expanded'),
        'true',
      );
      assert.equal(await page.locator('.preview__body').isVisible(), true);
    } finally {
      await close();
    }
  });
});

describe('axe', () => {
  for (const locale of ['en-US', 'zh-CN', 'ar']) {
    test(`no violations on the forum's pages, the switch open and the panel open (${locale})`, async () => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, close } = await open(locale, viewport, '/', {
          bypassCSP: true,
        });
        try {
          const where = `${locale} at ${viewport.width} px`;
          assert.deepEqual(await axeViolations(page), [], where);
          await page.locator('.language-switch__button').click();
          await page.locator('.language-switch__menu').waitFor();
          assert.deepEqual(
            await axeViolations(page),
            [],
            `${where}, switch open`,
          );
          await page.keyboard.press('Escape');
          if (viewport === PHONE) await page.locator('.preview__title').click();
          await page.locator('.preview__body').waitFor();
          assert.deepEqual(
            await axeViolations(page),
            [],
            `${where}, panel open`,
          );
          await page.goto(new URL('/t/forum-upgrade-planned', server.url).href);
          await page.locator('.maintenance-banner').first().waitFor();
          assert.deepEqual(await axeViolations(page), [], `${where}, a topic`);
        } finally {
          await close();
        }
      }
    });
  }
});
