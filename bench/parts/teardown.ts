/**
 * BENCH_PARTS=teardown: what a contender leaves behind when it goes. Each
 * (but the shell and the back-online variant) is mounted and unmounted 1,000
 * times in a real page, in real time, ten minutes before a start (the banner
 * ticks every second meanwhile); the probe counts the timers and listeners
 * still live, and CDP reads the heap after forced collections over the first
 * thousand (and on the way, after 10 and 100) and over each of three more.
 * Prints them side by side.
 */
import type { Browser } from 'playwright-core';
import { kb } from '../bytes.ts';
import {
  CONTENDERS,
  PROBE,
  iso,
  newPage,
  type Contender,
} from '../contenders.ts';
import { table } from '../table.ts';

interface LeakResult {
  mounted: number;
  timersLeft: number;
  listenersLeft: number;
  globalListenersLeft: number;
  /** Over the first thousand: JIT code, Intl and template caches fill up. */
  heapGrowthFirst: number;
  /** On the way there, after the first 10 and the first 100. */
  heapGrowthEarly: [after10: number, after100: number];
  /** Over each of three more thousands: a leak grows in every one, noise does not. */
  heapGrowthNext: number[];
}

async function leaks(
  browser: Browser,
  url: string,
  contender: Contender,
): Promise<LeakResult> {
  const { context, page } = await newPage(browser);
  try {
    await context.addInitScript({ content: PROBE });
    // Ten minutes before a start: the banner ticks every second meanwhile.
    await page.goto(
      `${url}bench?contender=${contender.id}&mounted=0&start=${iso(Date.now() + 10 * 60_000)}`,
    );
    await page.waitForSelector('[data-bench-toggle]');
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Load what loads lazily, then measure from a quiet page.
    await page.evaluate(() => window.__bench.cycle(1));
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => window.__bench.live());
    const heapBefore = await heap();
    let mounted = await page.evaluate(() => window.__bench.cycle(10));
    const heapAfter10 = await heap();
    mounted += await page.evaluate(() => window.__bench.cycle(90));
    const heapAfter100 = await heap();
    mounted += await page.evaluate(() => window.__bench.cycle(900));
    const after = await page.evaluate(() => window.__bench.live());
    const heapAfter = await heap();
    const heapGrowthNext: number[] = [];
    let last = heapAfter;
    for (let block = 0; block < 3; block++) {
      await page.evaluate(() => window.__bench.cycle(1000));
      const now = await heap();
      heapGrowthNext.push(now - last);
      last = now;
    }
    return {
      mounted,
      timersLeft: after.timers - before.timers,
      listenersLeft: after.listeners - before.listeners,
      globalListenersLeft: after.globalListeners - before.globalListeners,
      heapGrowthFirst: heapAfter - heapBefore,
      heapGrowthEarly: [heapAfter10 - heapBefore, heapAfter100 - heapBefore],
      heapGrowthNext,
    };
  } finally {
    await context.close();
  }
}

/** `[1024, 2048]` → `"1 / 2 KB"`. */
const kbs = (sizes: readonly number[]): string =>
  `${sizes.map((bytes) => (bytes / 1024).toFixed(0)).join(' / ')} KB`;

export async function reportTeardown(
  browser: Browser,
  url: string,
): Promise<void> {
  const contenders = CONTENDERS.filter(
    ({ id }) => id !== 'none' && id !== 'ours-health',
  );
  const results = new Map<string, LeakResult>();
  for (const contender of contenders) {
    results.set(contender.id, await leaks(browser, url, contender));
  }
  const row = (label: string, pick: (r: LeakResult) => string) => [
    label,
    ...contenders.map((contender) => pick(results.get(contender.id)!)),
  ];
  console.log('\n## Mounted and unmounted 1,000 times (real time)\n');
  console.log(
    table(
      ['', ...contenders.map((contender) => contender.label)],
      [
        row('mounted', (r) => String(r.mounted)),
        row('timers left', (r) => String(r.timersLeft)),
        row('listeners left', (r) => String(r.listenersLeft)),
        row('  on window or document', (r) => String(r.globalListenersLeft)),
        row('heap growth, first 10 / 100', (r) => kbs(r.heapGrowthEarly)),
        row('heap growth, first 1,000', (r) => kb(r.heapGrowthFirst)),
        row('heap growth, each further 1,000', (r) => kbs(r.heapGrowthNext)),
      ],
    ),
  );
}
