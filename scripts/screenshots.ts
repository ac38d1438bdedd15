/**
 * The README's pictures of the demo's themes, taken with headless Chromium
 * from the built demo (`npm run build:demo -w test-app` first). Chinese and
 * Arabic need fonts that cover them (Debian: fonts-noto-cjk).
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browser.ts';
import { startDemo } from '../tests/e2e/demo-server.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OUT = join(ROOT, 'docs', 'images');
const START = '2027-02-18T10:00:00-08:00';

mkdirSync(OUT, { recursive: true });
const server = await startDemo({
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
});
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
} finally {
  await browser.close();
  await server.stop();
}
