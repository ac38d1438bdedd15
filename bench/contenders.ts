/**
 * What the benchmark's browser parts share: the contenders on the demo's
 * `/bench` page (BENCH_CONTENDERS=ours,naive picks some; the shell-only row
 * always comes last), the probes serialised into every page, and a fresh
 * browser context per measurement (en-US, Los Angeles, 1280 × 800).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadProbe, probe } from './probe.ts';

export interface Contender {
  id: string;
  label: string;
  /** A page function that is true once the contender shows its first text. */
  ready: () => boolean;
}

const ALL_CONTENDERS: readonly Contender[] = [
  {
    id: 'ours',
    label: '<MaintenanceBanner>',
    ready: () => document.querySelector('.maintenance-banner') !== null,
  },
  {
    id: 'ours-health',
    label: 'ours + back-online checks',
    ready: () => document.querySelector('.maintenance-banner') !== null,
  },
  {
    id: 'relative-time',
    label: '<relative-time> duration',
    ready: () =>
      Boolean(document.querySelector('relative-time')?.shadowRoot?.textContent),
  },
  {
    id: 'relative-time-relative',
    label: '<relative-time> relative',
    ready: () =>
      Boolean(document.querySelector('relative-time')?.shadowRoot?.textContent),
  },
  {
    id: 'naive',
    label: 'naive 1 s interval',
    ready: () => document.querySelector('.bench-naive') !== null,
  },
  {
    id: 'none',
    label: 'shell only',
    ready: () => document.querySelector('[data-bench-root]') !== null,
  },
];

// BENCH_CONTENDERS=ours,naive runs a few (the shell-only row always comes last).
const wanted = process.env['BENCH_CONTENDERS']?.split(',');
export const CONTENDERS = ALL_CONTENDERS.filter(
  ({ id }) => !wanted || wanted.includes(id) || id === 'none',
);

// Serialised into pages; `__name` covers the helper a TypeScript loader may add.
const PAGE_PRELUDE = 'var __name = (target) => target;';
export const PROBE = `${PAGE_PRELUDE}(${probe.toString()})();`;
export const LOAD_PROBE = `${PAGE_PRELUDE}(${loadProbe.toString()})();`;

export const iso = (ms: number) => new Date(ms).toISOString();

export async function newPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) =>
    console.error(`page error: ${error.message}`),
  );
  return { context, page };
}
