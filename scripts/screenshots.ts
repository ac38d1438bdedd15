/**
 * The README's pictures of the demo's themes and admin page, taken with headless Chromium
 * from the built demo (`npm run build:demo -w test-app` first). Chinese and
 * Arabic need fonts that cover them (Debian: fonts-noto-cjk).
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.ts';
import { startDemo } from './demo-server.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OUT = join(ROOT, 'docs', 'images');
const START = '2027-02-18T10:00:00-08:00';
const API_KEY = 'screenshots-admin-key-0123456789abcdef';

mkdirSync(OUT, { recursive: true });
const server = await startDemo(
  {
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: START,
    maintenance_banner_duration_minutes: 0,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_message:
      'Discourse upgrade: we will post in #announcements on Gopher Slack when it starts, if it runs long, and when it is done.',
    maintenance_banner_channel_name: '#announcements',
    maintenance_banner_channel_url:
      'https://gophers.slack.com/messages/announcements',
    // A still picture: no back-online checks racing the jumps in time.
    maintenance_banner_health_url: '',
  },
  { MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY },
);
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 960, height: 900 },
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.clock.install({
    time: Date.parse(START) - (2 * 60 + 35) * 60_000,
  });
  await page.goto(new URL('/themes', server.url).href);
  await page.locator('.theme-sample .maintenance-banner').first().waitFor();
  // The preview panel would cover the samples in a picture.
  await page.evaluate(() => document.querySelector('.preview')?.remove());

  for (const [phase, moment] of [
    ['upcoming', 0],
    ['in-progress', 2 * 60 + 40],
  ] as const) {
    await page.clock.runFor(moment * 60_000);
    await page
      .locator(`.theme-sample [data-maintenance-phase="${phase}"]`)
      .first()
      .waitFor();
    await page.screenshot({
      path: join(OUT, `themes-${phase}.png`),
      fullPage: true,
    });
    console.log(`docs/images/themes-${phase}.png`);
  }
  await context.close();

  // The admin page: 02:30 on the night Los Angeles springs forward, and the
  // preview of "starts soon".
  const admin = await browser.newContext({
    viewport: { width: 1280, height: 1500 },
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
  });
  const page2 = await admin.newPage();
  await page2.goto(new URL('/login', server.url).href);
  await page2.getByLabel('Admin API key').fill(API_KEY);
  await page2.getByLabel('User name').fill('gopher');
  await page2.getByRole('button', { name: 'Log in' }).click();
  await page2.locator('form.maintenance-settings-form').waitFor();
  await page2.locator('[name="start_date"]').fill('2027-03-14');
  await page2.locator('[name="start_time"]').fill('02:30');
  await page2.getByRole('button', { name: 'Starts soon', exact: true }).click();
  await page2.evaluate(() => document.querySelector('.preview')?.remove());
  await page2.screenshot({ path: join(OUT, 'admin.png') });
  console.log('docs/images/admin.png');
} finally {
  await browser.close();
  await server.stop();
}
