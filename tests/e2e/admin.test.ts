/**
 * The admin page against the real demo server (its SQLite database, its
 * sessions and CSRF checks, its live events), in real Chromium: an admin
 * logs in and sets a window; a visitor's page that is already open shows
 * the banner without a reload. An invalid entry is refused before anything
 * is sent, and visitors see no change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import {
  formatWallDate,
  toZonedIso,
  wallTimeAt,
  parseWallTime,
  resolveWallTime,
} from 'ember-maintenance-banner/core';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';

const API_KEY = 'e2e-admin-key-7c1f0d';
const ZONE = 'America/Los_Angeles';
const SLACK = 'https://gophers.slack.com/messages/announcements';
const DAY = 86_400_000;

let server: DemoServer;
let browser: Browser;
let visitorContext: BrowserContext;
let adminContext: BrowserContext;
let visitor: Page;
let admin: Page;
const problems: string[] = [];
const adminWrites: string[] = [];

/** Records what would tell a person something broke. */
function watch(page: Page, who: string): void {
  page.on('pageerror', (error) => problems.push(`${who}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Who is logged in?" is answered 401 before the login, by design.
    if (/status of 401/.test(message.text())) return;
    problems.push(`${who}: ${message.text()}`);
  });
}

/** Ten in the morning, Los Angeles time, two days from now: inside the 72-hour notice. */
function plannedStart(): {
  date: string;
  time: string;
  iso: string;
  epochMs: number;
} {
  const date = formatWallDate(wallTimeAt(Date.now() + 2 * DAY, ZONE));
  const wall = parseWallTime(date, '10:00');
  assert.ok(wall);
  const { epochMs } = resolveWallTime(wall, ZONE);
  return { date, time: '10:00', iso: toZonedIso(epochMs, ZONE), epochMs };
}

async function publicSettings(): Promise<{
  settings: Record<string, unknown>;
  version: number;
}> {
  const response = await fetch(
    new URL('/maintenance-banner/settings.json', server.url),
  );
  assert.equal(response.status, 200);
  return (await response.json()) as {
    settings: Record<string, unknown>;
    version: number;
  };
}

/**
 * Another admin's page, logged in, at `viewport`. axe is injected by the
 * test, so this context alone bypasses the page's CSP.
 */
async function openAdmin(
  viewport: { width: number; height: number },
  {
    locale = 'en-US',
    onScript,
  }: { locale?: string; onScript?: (body: Promise<string>) => void } = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport,
    timezoneId: 'Asia/Shanghai',
    locale,
    bypassCSP: true,
  });
  const page = await context.newPage();
  watch(page, `admin at ${viewport.width} px`);
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      onScript?.(response.text());
  });
  await page.goto(new URL('/login', server.url).href);
  await page.getByLabel('Admin API key').fill(API_KEY);
  await page.getByLabel('User name').fill('gopher');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.maintenance-settings-form').waitFor();
  return { page, close: () => context.close() };
}

/** Where an element starts, in page pixels from the top. */
const topOf = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) =>
      Math.round(element.getBoundingClientRect().top + window.scrollY),
    );

const control = (name: string) => admin.locator(`[name="${name}"]`);
const saveButton = () =>
  admin.locator('.maintenance-settings-form button[type="submit"]');

before(async () => {
  server = await startDemo(
    {
      maintenance_banner_enabled: false,
      maintenance_banner_starts_at: '',
      maintenance_banner_time_zone: ZONE,
      maintenance_banner_duration_minutes: 90,
      maintenance_banner_channel_name: '#announcements',
      maintenance_banner_channel_url: SLACK,
    },
    { MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY },
  );
  browser = await launchChromium();
  visitorContext = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
  });
  adminContext = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
  });
  visitor = await visitorContext.newPage();
  admin = await adminContext.newPage();
  watch(visitor, 'visitor');
  watch(admin, 'admin');
  admin.on('request', (request: Request) => {
    if (request.method() !== 'GET')
      adminWrites.push(
        `${request.method()} ${new URL(request.url()).pathname}`,
      );
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the admin page', () => {
  test('a visitor’s page never loads the admin form', async () => {
    const scripts: string[] = [];
    const reading: Promise<void>[] = [];
    visitor.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) {
        reading.push(response.text().then((body) => void scripts.push(body)));
      }
    });
    await visitor.goto(server.url);
    await visitor.locator('.topic-list, main').first().waitFor();
    await Promise.all(reading);
    assert.ok(scripts.length > 0, 'the forum loaded its scripts');
    assert.ok(
      scripts.every((body) => !body.includes('maintenance-settings-form')),
      'no script of the forum page holds the form',
    );
    assert.equal(
      await visitor.locator('.maintenance-banner').count(),
      0,
      'the banner is off',
    );
  });

  test('the admin logs in and sets a window; the open forum page shows it without a reload', async () => {
    await admin.goto(new URL('/admin/site-settings', server.url).href);
    await admin.waitForURL(/\/login$/);
    await admin.getByLabel('Admin API key').fill(API_KEY);
    await admin.getByLabel('User name').fill('gopher');
    await admin.getByRole('button', { name: 'Log in' }).click();
    await admin.waitForURL(/\/admin\/site-settings$/);
    await admin.locator('.maintenance-settings-form').waitFor();

    const start = plannedStart();
    assert.equal(
      await control('maintenance_banner_time_zone').inputValue(),
      ZONE,
    );
    await control('start_date').fill(start.date);
    await control('start_time').fill(start.time);
    assert.equal(
      (await admin.locator('[data-conversion="stored"]').textContent())?.trim(),
      start.iso,
      'stored with Los Angeles’s offset, not the admin’s',
    );
    await admin.getByLabel('Show the banner to visitors').check();
    assert.equal((await saveButton().textContent())?.trim(), 'Save 2 changes');
    const { version } = await publicSettings();
    await saveButton().click();
    await admin.getByText('No changes to save').waitFor();
    assert.deepEqual(
      adminWrites.slice(-2),
      [
        'PUT /admin/site_settings/maintenance_banner_starts_at',
        'PUT /admin/site_settings/maintenance_banner_enabled',
      ],
      'the start first, the switch last',
    );

    // The visitor's page, untouched since it loaded, follows the server's event.
    const banner = visitor.locator('.maintenance-banner');
    await banner.waitFor({ timeout: 10_000 });
    assert.equal(
      await banner.getAttribute('data-maintenance-phase'),
      'upcoming',
    );
    assert.equal(
      await visitor
        .locator('time.maintenance-banner__countdown')
        .getAttribute('datetime'),
      new Date(start.epochMs).toISOString(),
    );

    const stored = await publicSettings();
    assert.equal(stored.settings['maintenance_banner_starts_at'], start.iso);
    assert.equal(stored.settings['maintenance_banner_enabled'], true);
    assert.equal(stored.version, version + 2);

    // The history, refreshed after the save, names the admin.
    const history = admin.locator('.admin-history__entry');
    await history.filter({ hasText: 'starts_at' }).waitFor();
    assert.match((await history.first().textContent()) ?? '', /gopher/);
  });

  test('the form speaks the page’s language (English where it has none), and only a Chinese page downloads its Chinese', async () => {
    // A setting's label that only the form's Chinese translation holds.
    const CHINESE_LABEL = '向访客显示横幅';
    for (const locale of ['zh-CN', 'en-US', 'ar']) {
      const reading: Promise<string>[] = [];
      const { page, close } = await openAdmin(
        { width: 1280, height: 800 },
        { locale, onScript: (body) => reading.push(body) },
      );
      try {
        const scripts = await Promise.all(reading);
        const label = await page
          .locator('label[for]', { hasText: /banner|横幅/ })
          .first()
          .textContent();
        const chinese = scripts.some((body) => body.includes(CHINESE_LABEL));
        if (locale === 'zh-CN') {
          assert.equal(label?.trim(), CHINESE_LABEL);
          assert.ok(chinese, 'the Chinese translation was downloaded');
        } else {
          assert.equal(label?.trim(), 'Show the banner to visitors');
          assert.ok(scripts.length > 0, 'the admin page loaded its scripts');
          assert.ok(!chinese, `no script of the ${locale} page holds it`);
        }
        // English words on a page in another language say so (and read
        // left to right on an Arabic one): the form where it has no words
        // of that language, the demo's English-only frame always.
        const langAndDir = (selector: string): Promise<string[]> =>
          page
            .locator(selector)
            .first()
            .evaluate((element: HTMLElement) => [element.lang, element.dir]);
        const english = ['en', 'ltr'];
        const inherited = ['', ''];
        assert.deepEqual(
          await langAndDir('.maintenance-settings-form'),
          locale === 'ar' ? english : inherited,
        );
        assert.deepEqual(
          await langAndDir('.admin__bar'),
          locale === 'en-US' ? inherited : english,
        );
      } finally {
        await close();
      }
    }
  });

  test('on a phone (360 × 740) the preview is on the first screen, above the fields', async () => {
    const { page, close } = await openAdmin({ width: 360, height: 740 });
    try {
      await page
        .locator('.maintenance-settings-form__preview .maintenance-banner')
        .waitFor();
      const stage = await topOf(
        page,
        '.maintenance-settings-form__preview-stage',
      );
      const fields = await topOf(page, '.maintenance-settings-form__fieldset');
      assert.ok(
        stage < 740,
        `the preview's banner starts at ${stage} px, within the first 740`,
      );
      assert.ok(stage < fields, 'above the first field');
    } finally {
      await close();
    }
  });

  test('axe: the admin page, with the site’s banner and the preview’s, has no violation', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const { page, close } = await openAdmin(viewport);
      try {
        await page
          .locator('.maintenance-settings-form__preview .maintenance-banner')
          .waitFor();
        assert.equal(
          await page.locator('.maintenance-banner').count(),
          2,
          'the site’s banner and the preview’s',
        );
        assert.deepEqual(await axeViolations(page), [], `${viewport.width} px`);
      } finally {
        await close();
      }
    }
  });

  test('an invalid entry shows the error next to the field and changes nothing for visitors', async () => {
    const before = await publicSettings();
    const writes = adminWrites.length;
    const url = control('maintenance_banner_channel_url');

    await url.fill('http://insecure.example.com/news');
    await url.blur();
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    const errorId = (await url.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    assert.ok(errorId, 'the field is described by its error');
    assert.match(
      (await admin.locator(`[id="${errorId}"]`).textContent()) ?? '',
      /Use an https: link/,
    );
    assert.equal(
      (await saveButton().textContent())?.trim(),
      'Fix 1 field to save',
    );

    await saveButton().click();
    assert.equal(
      await admin.evaluate(() => document.activeElement?.getAttribute('name')),
      'maintenance_banner_channel_url',
      'the focus goes to the field to fix',
    );
    assert.equal(adminWrites.length, writes, 'nothing was sent');
    const after = await publicSettings();
    assert.equal(
      after.version,
      before.version,
      'the server has no new version',
    );
    assert.deepEqual(after.settings, before.settings);
    assert.equal(
      await visitor
        .locator('.maintenance-banner')
        .getAttribute('data-maintenance-phase'),
      'upcoming',
      'the visitor still sees the window as it was',
    );
  });

  test('leaving with unsaved edits asks first', async () => {
    await admin.getByRole('link', { name: 'Latest' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    assert.match(admin.url(), /\/admin\/site-settings$/);
    assert.equal(
      await control('maintenance_banner_channel_url').inputValue(),
      'http://insecure.example.com/news',
      'the edit is still there',
    );

    await admin.getByRole('link', { name: 'Latest' }).click();
    await dialog.waitFor();
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.match(admin.url(), /\/admin\/site-settings$/, 'Escape stays too');

    await admin.getByRole('link', { name: 'Latest' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await admin.waitForURL(new URL('/', server.url).href);
    assert.equal(
      (await publicSettings()).settings['maintenance_banner_channel_url'],
      SLACK,
    );
    assert.deepEqual(problems, []);
  });
});
