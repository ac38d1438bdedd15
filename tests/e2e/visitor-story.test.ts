/**
 * The visitor's banner in real Chromium, measured: at 360 × 740 it stays
 * within 220 px in every phase; under `prefers-color-scheme: dark` every
 * phase is dark; in both schemes the text reads 4.5:1 and every focus ring
 * and button edge stands out 3:1 against the banner (WCAG 1.4.11), from
 * the computed colours, not only from axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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
      maintenance_banner_message:
        'We will upgrade Discourse and post in #announcements when it starts, if it runs long, and when it is done.',
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(options: {
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
}) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    timezoneId: 'Asia/Shanghai',
    locale: 'en-US',
    colorScheme: options.colorScheme,
    // axe is injected by the test, so this context alone bypasses the page's CSP.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.clock.install({ time: Date.parse(START) - 5 * 3_600_000 });
  await page.goto(server.url);
  await page.locator('.maintenance-banner').first().waitFor();
  return { page, close: () => context.close() };
}

async function showPhase(page: Page, button: string, phase: string) {
  // On a phone the demo's preview panel starts closed.
  const title = page.locator('.preview__title');
  if ((await title.getAttribute('aria-expanded')) === 'false') {
    await title.click();
    await page.locator('.preview__body').waitFor();
  }
  await page.getByRole('button', { name: button, exact: true }).click();
  await page
    .locator(`.maintenance-banner[data-maintenance-phase="${phase}"]`)
    .first()
    .waitFor();
}

/** The site's banner (the first on the page), by phase. */
const banner = (page: Page) => page.locator('.maintenance-banner').first();

interface Colours {
  background: string;
  text: string;
  /** Each button's edge, and the colour its focus ring would have. */
  edges: { name: string; colour: string }[];
  rings: { name: string; colour: string }[];
  /** The channel link's text. */
  links: string[];
}

/** The computed colours of the banner, its buttons' edges and their focus rings. */
function coloursOf(page: Page): Promise<Colours> {
  // No named functions inside: the page does not have tsx's `__name` helper.
  return banner(page).evaluate((root) => {
    const style = getComputedStyle(root);
    const shown = [
      ...root.querySelectorAll<HTMLElement>(
        'a.maintenance-banner__channel, .maintenance-banner__action, .maintenance-banner__dismiss',
      ),
    ].filter((element) => element.getClientRects().length > 0);
    const rings = shown.map((element) => {
      element.focus();
      const ring = getComputedStyle(element);
      const colour =
        ring.outlineStyle === 'none'
          ? `none (${ring.outlineColor})`
          : ring.outlineColor;
      element.blur();
      return { name: element.className, colour };
    });
    return {
      background: style.backgroundColor,
      text: style.color,
      edges: shown
        .filter((element) => element.matches('.maintenance-banner__action'))
        .map((element) => ({
          name: element.className,
          colour: getComputedStyle(element).borderTopColor,
        })),
      rings,
      links: [...root.querySelectorAll('.maintenance-banner__channel bdi')].map(
        (element) => getComputedStyle(element).color,
      ),
    };
  });
}

/** sRGB channels of `rgb(…)`, `#rrggbb` or `color(srgb …)`, 0–1. */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(colour);
  if (hex) {
    return [hex[1]!, hex[2]!, hex[3]!].map(
      (part) => Number.parseInt(part, 16) / 255,
    ) as [number, number, number];
  }
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  if (srgb) return [srgb[1]!, srgb[2]!, srgb[3]!].map(Number) as never;
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(colour);
  if (rgb) {
    return [rgb[1]!, rgb[2]!, rgb[3]!].map((part) => Number(part) / 255) as [
      number,
      number,
      number,
    ];
  }
  throw new Error(`not a colour this test reads: ${colour}`);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

describe('on a phone, 360 × 740', () => {
  test('the banner stays within 220 px in every phase, details one tap away', async () => {
    const { page, close } = await open({
      width: 360,
      height: 740,
      colorScheme: 'light',
    });
    try {
      const heights: Record<string, number> = {};
      for (const [button, phase] of PHASE_BUTTONS) {
        await showPhase(page, button, phase);
        heights[phase] = Math.round(
          (await banner(page).boundingBox())?.height ?? Infinity,
        );
        assert.deepEqual(
          await axeViolations(page, '.maintenance-banner'),
          [],
          `axe at 360 px, ${phase}`,
        );
      }
      console.log(`# banner height at 360 px: ${JSON.stringify(heights)}`);
      for (const [phase, height] of Object.entries(heights)) {
        assert.ok(height <= 220, `${phase}: ${height} px, over 220 px`);
      }
      assert.ok(
        heights['in-progress']! - heights['imminent']! <= 40,
        `imminent → in progress grows by ${heights['in-progress']! - heights['imminent']!} px`,
      );

      await showPhase(page, 'Upcoming', 'upcoming');
      const toggle = banner(page).locator('.maintenance-banner__toggle');
      assert.ok(await toggle.isVisible(), '"Details" is offered');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      const more = banner(page).locator('.maintenance-banner__more');
      assert.equal(await more.isVisible(), false, 'the rest is folded away');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(await more.isVisible(), 'and unfolds on a tap');
    } finally {
      await close();
    }
  });

  test('a wide banner shows everything, with no disclosure', async () => {
    const { page, close } = await open({
      width: 1280,
      height: 800,
      colorScheme: 'light',
    });
    try {
      assert.equal(
        await banner(page).locator('.maintenance-banner__toggle').isVisible(),
        false,
      );
      assert.ok(
        await banner(page).locator('.maintenance-banner__more').isVisible(),
      );
    } finally {
      await close();
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`colours, prefers-color-scheme: ${colorScheme}`, () => {
    test('every phase: text 4.5:1, button edges and focus rings 3:1', async () => {
      const { page, close } = await open({
        width: 1280,
        height: 800,
        colorScheme,
      });
      try {
        for (const [button, phase] of PHASE_BUTTONS) {
          await showPhase(page, button, phase);
          // Keyboard modality, so `:focus-visible` applies to script focus.
          await page.keyboard.press('Shift');
          const colours = await coloursOf(page);
          assert.deepEqual(
            await axeViolations(page, '.maintenance-banner'),
            [],
            `axe, ${phase}, ${colorScheme}`,
          );
          const dark = luminance(colours.background) < 0.18;
          assert.equal(
            dark,
            colorScheme === 'dark' ||
              phase === 'in-progress' ||
              phase === 'overrun',
            `${phase}: background ${colours.background} in ${colorScheme}`,
          );
          for (const colour of [colours.text, ...colours.links]) {
            const ratio = contrast(colour, colours.background);
            assert.ok(
              ratio >= 4.5,
              `${phase}: text ${colour} on ${colours.background} is ${ratio.toFixed(2)}:1`,
            );
          }
          assert.ok(colours.rings.length > 0, `${phase}: something to focus`);
          if (phase === 'in-progress') {
            assert.ok(colours.links.length > 0, 'the channel link is measured');
          }
          for (const { name, colour } of [...colours.edges, ...colours.rings]) {
            const ratio = contrast(colour, colours.background);
            assert.ok(
              ratio >= 3,
              `${phase}, ${name}: ${colour} on ${colours.background} is ${ratio.toFixed(2)}:1`,
            );
          }
        }
      } finally {
        await close();
      }
    });
  });
}
