/**
 * The themes page in real Chromium: axe-core finds no violation (colour
 * contrast included, WCAG AA) in any look and any phase; the keyboard can
 * reach and use the dismiss button; reduced motion and forced colours are
 * honoured.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { startDemo, type DemoServer } from '../../scripts/demo-server.ts';
import { seedWindow, START } from './seed.ts';
import { axeViolations, PHASE_BUTTONS } from './axe.ts';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemo(
    seedWindow({
      maintenance_banner_duration_minutes: 180,
      maintenance_banner_message: 'We will upgrade Discourse.',
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(
  path: string,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
) {
  // axe is injected by the test, so this context alone bypasses the page's CSP.
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
    bypassCSP: true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  await page.clock.install({ time: Date.parse(START) - 5 * 3_600_000 });
  await page.goto(new URL(path, server.url).href);
  await page.locator('.maintenance-banner').first().waitFor();
  return { page, close: () => context.close() };
}

describe('the themes page', () => {
  test('axe: no violations in any look, in any phase', async () => {
    const { page, close } = await open('/themes');
    try {
      for (const [button, phase] of PHASE_BUTTONS) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await page
          .locator(`.maintenance-banner[data-maintenance-phase="${phase}"]`)
          .first()
          .waitFor();
        const samples = await page.locator('.theme-sample').count();
        assert.equal(samples, 6, 'six looks');
        assert.deepEqual(
          await axeViolations(page, 'main'),
          [],
          `no violations while ${phase}`,
        );
      }
    } finally {
      await close();
    }
  });

  test('the checker does catch a low-contrast theme', async () => {
    const { page, close } = await open('/themes');
    try {
      await page.evaluate(() =>
        document
          .querySelector<HTMLElement>('.theme-dark')
          ?.style.setProperty('--maintenance-banner-color', '#1a1f2b'),
      );
      const violations = await axeViolations(page, '.theme-dark');
      assert.ok(
        violations.some((violation) => violation.startsWith('color-contrast')),
        violations.join('; '),
      );
    } finally {
      await close();
    }
  });
});

describe('keyboard, motion and colours', () => {
  test('the dismiss button is reachable, labelled, and hands focus on', async () => {
    const { page, close } = await open('/');
    try {
      const dismiss = page.locator('button.maintenance-banner__dismiss');
      for (
        let i = 0;
        i < 12 &&
        !(await dismiss.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      assert.ok(
        await dismiss.evaluate((el) => el === document.activeElement),
        'reached with Tab',
      );
      assert.equal(
        await dismiss.getAttribute('aria-label'),
        'Dismiss the maintenance announcement',
      );
      await page.keyboard.press('Enter');
      await page.locator('.maintenance-banner').waitFor({ state: 'detached' });
      const focused = await page.evaluate(() =>
        document.activeElement?.textContent?.trim(),
      );
      assert.equal(
        focused,
        'Forum upgrade planned',
        'focus moves to the first thing after the banner',
      );
      await page.keyboard.press('Shift+Tab');
      assert.ok(
        await page.evaluate(() => document.activeElement !== document.body),
        'no keyboard trap: focus keeps moving',
      );
    } finally {
      await close();
    }
  });

  test('the imminent pulse stops for reduced motion', async () => {
    for (const [preference, expected] of [
      ['no-preference', 'maintenance-banner-pulse'],
      ['reduce', 'none'],
    ] as const) {
      const { page, close } = await open('/', { reducedMotion: preference });
      try {
        await page
          .getByRole('button', { name: 'Imminent', exact: true })
          .click();
        const icon = page.locator(
          '.maintenance-banner[data-maintenance-phase="imminent"] .maintenance-banner__icon',
        );
        assert.equal(
          await icon.evaluate((el) => getComputedStyle(el).animationName),
          expected,
          preference,
        );
      } finally {
        await close();
      }
    }
  });

  test('forced colours keep a visible border', async () => {
    const { page, close } = await open('/');
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      const border = await page
        .locator('.maintenance-banner')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopColor);
      assert.notEqual(border, 'rgba(0, 0, 0, 0)');
    } finally {
      await close();
    }
  });
});
