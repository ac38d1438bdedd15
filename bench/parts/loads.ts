/**
 * BENCH_PARTS=loads: the demo forum loaded in real time with the banner on
 * (a countdown three hours away) and off, BENCH_LOADS times each (default 9),
 * interleaved, each load in a fresh context, once more each in a host that
 * formats dates already. Reads the first contentful paint, the banner's first
 * paint and layout shifts from the load probe, and scripting time from CDP's
 * `ScriptDuration`. Prints the medians side by side, and the worst shift.
 */
import type { Browser } from 'playwright-core';
import type { DemoServer } from '../../scripts/demo-server.ts';
import { LOAD_PROBE, newPage } from '../contenders.ts';
import { fmt, median, ratio, table } from '../table.ts';

interface LoadResult {
  fcp: number;
  /** The banner's first paint: the first contentful paint when it was in the DOM by then. */
  bannerPaint: number | null;
  scripting: number;
  cls: number;
}

/**
 * A host page that formats dates already (as Discourse does on every page):
 * Intl's one-time start-up is then paid before the banner runs.
 */
const WARM_INTL = `
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'short' }).format(0);
  new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour' }).format(1);
  new Intl.ListFormat('en-US').format(['a', 'b']);
  if (Intl.DurationFormat) new Intl.DurationFormat('en-US', { style: 'long' }).format({ hours: 1 });
`;

async function loadOnce(
  browser: Browser,
  url: string,
  warmIntl = false,
): Promise<LoadResult> {
  const { context, page } = await newPage(browser);
  try {
    await context.addInitScript({ content: LOAD_PROBE });
    if (warmIntl) await context.addInitScript({ content: WARM_INTL });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('.topic-list');
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('first-contentful-paint').length > 0 &&
        (!document.querySelector('.maintenance-banner') ||
          window.__load.bannerFrame !== null),
    );
    await page.waitForTimeout(300); // late shifts, if any
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scripting =
      metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN;
    const seen = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      ...window.__load,
    }));
    const bannerPaint =
      seen.bannerInserted === null
        ? null
        : seen.bannerInserted <= seen.fcp
          ? seen.fcp
          : seen.bannerFrame;
    return {
      fcp: seen.fcp,
      bannerPaint,
      cls: seen.cls,
      scripting: scripting * 1000,
    };
  } finally {
    await context.close();
  }
}

export async function reportLoads(
  browser: Browser,
  on: DemoServer,
  off: DemoServer,
): Promise<void> {
  const loads = Number(process.env['BENCH_LOADS'] ?? 9);
  const enabled: LoadResult[] = [];
  const disabled: LoadResult[] = [];
  const enabledWarm: LoadResult[] = [];
  const disabledWarm: LoadResult[] = [];
  for (let i = 0; i < loads; i++) {
    enabled.push(await loadOnce(browser, on.url));
    disabled.push(await loadOnce(browser, off.url));
    enabledWarm.push(await loadOnce(browser, on.url, true));
    disabledWarm.push(await loadOnce(browser, off.url, true));
  }
  const m = (list: LoadResult[], pick: (r: LoadResult) => number | null) =>
    median(list.map(pick).filter((v): v is number => v !== null));
  const both = (label: string, pick: (r: LoadResult) => number | null) => [
    label,
    fmt(m(enabled, pick), 1),
    fmt(m(disabled, pick), 1),
    ratio(m(enabled, pick), m(disabled, pick)),
  ];
  console.log(
    `\n## Loading the demo forum with the banner on and off (median of ${loads} loads each, real time)\n`,
  );
  console.log(
    table(
      ['', 'banner on', 'banner off', 'on ÷ off'],
      [
        both('first contentful paint, ms', (r) => r.fcp),
        [
          "banner's first paint, ms",
          fmt(
            m(enabled, (r) => r.bannerPaint),
            1,
          ),
          '–',
          '–',
        ],
        [
          'loads whose first paint had the banner',
          `${enabled.filter((r) => r.bannerPaint === r.fcp).length}/${loads}`,
          '–',
          '–',
        ],
        both('scripting (ScriptDuration), ms', (r) => r.scripting),
        [
          '  when the host already uses Intl, ms',
          fmt(
            m(enabledWarm, (r) => r.scripting),
            1,
          ),
          fmt(
            m(disabledWarm, (r) => r.scripting),
            1,
          ),
          ratio(
            m(enabledWarm, (r) => r.scripting),
            m(disabledWarm, (r) => r.scripting),
          ),
        ],
        [
          'cumulative layout shift, worst load',
          Math.max(...enabled.map((r) => r.cls)).toFixed(3),
          Math.max(...disabled.map((r) => r.cls)).toFixed(3),
          '–',
        ],
      ],
    ),
  );
}
