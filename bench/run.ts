/**
 * `npm run bench`: the banner against GitHub's `<relative-time>` element and
 * a naive 1-second countdown, in the demo forum's shell in headless
 * Chromium, with Playwright's clock driving 72 simulated hours. Prints
 * tables; the deterministic parts are also budgets in `npm test`
 * (tests/budgets/, test-app/tests/integration/budgets-test.gts).
 *
 * Needs the built addon and demo (the `bench` script builds both).
 * BENCH_LOADS=n sets the number of page loads per side (default 9);
 * BENCH_CONTENDERS=ours,naive runs only those (and the bare shell);
 * BENCH_PARTS=timeline,loads,bytes,teardown runs only those parts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../scripts/browser.ts';
import { startDemo, type DemoServer } from '../scripts/demo-server.ts';
import { kb, measureBanner, measurePackage } from './bytes.ts';
import { loadProbe, probe, type ProbeCounts } from './probe.ts';
import {
  BEGIN,
  DURATION_MINUTES,
  SEGMENTS,
  START,
  STRETCHES,
  type Stretch,
} from './timeline.ts';
import { table, median, ratio } from './table.ts';

interface Contender {
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
const CONTENDERS = ALL_CONTENDERS.filter(
  ({ id }) => !wanted || wanted.includes(id) || id === 'none',
);

const PARTS = process.env['BENCH_PARTS']?.split(',');
const part = (name: string) => !PARTS || PARTS.includes(name);

// Serialised into pages; `__name` covers the helper a TypeScript loader may add.
const PAGE_PRELUDE = 'var __name = (target) => target;';
const PROBE = `${PAGE_PRELUDE}(${probe.toString()})();`;
const LOAD_PROBE = `${PAGE_PRELUDE}(${loadProbe.toString()})();`;

const iso = (ms: number) => new Date(ms).toISOString();

const WINDOW = {
  maintenance_banner_starts_at: iso(START),
  maintenance_banner_duration_minutes: DURATION_MINUTES,
  maintenance_banner_time_zone: 'America/Los_Angeles',
  maintenance_banner_channel_name: '#announcements',
  maintenance_banner_channel_url:
    'https://gophers.slack.com/messages/announcements',
};

/**
 * The demo with a fresh database of its own (so these settings are the ones
 * served), its pages following the page's clock rather than the server's.
 */
async function demo(settings: Record<string, unknown>): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'maintenance-bench-'));
  process.env['MAINTENANCE_BANNER_DB'] = join(dir, 'settings.sqlite3');
  process.env['MAINTENANCE_BANNER_CLOCK_SYNC'] = 'off';
  return startDemo(settings);
}

async function newPage(
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

// --- 72 hours on Playwright's clock ------------------------------------------

type Tally = Omit<ProbeCounts, 'text'>;
const ZERO: Tally = {
  wakeUps: 0,
  wakeUpsVisible: 0,
  wakeUpsHidden: 0,
  mutations: 0,
  textMutations: 0,
  idleMutations: 0,
  textChanges: 0,
  seenTexts: 0,
};
const KEYS = Object.keys(ZERO) as (keyof Tally)[];
const minus = (a: Tally, b: Tally): Tally =>
  Object.fromEntries(KEYS.map((key) => [key, a[key] - b[key]])) as Tally;
const plus = (a: Tally, b: Tally): Tally =>
  Object.fromEntries(KEYS.map((key) => [key, a[key] + b[key]])) as Tally;

interface TimelineResult {
  total: Tally;
  byStretch: Record<Stretch, Tally>;
  seconds: number;
}

async function timeline(
  browser: Browser,
  url: string,
  contender: Contender,
): Promise<TimelineResult> {
  const began = performance.now();
  const { context, page } = await newPage(browser);
  try {
    // The clock first, then the probe, so the probe wraps the clock's timers.
    await page.clock.install({ time: BEGIN - 60_000 });
    await context.addInitScript({ content: PROBE });
    await page.goto(
      `${url}bench?contender=${contender.id}&start=${iso(START)}&duration=${DURATION_MINUTES}`,
    );
    await page.waitForFunction(contender.ready);
    await page.clock.pauseAt(BEGIN);
    await page.evaluate(() => {
      window.__bench.observe('[data-bench-root]');
      window.__bench.reset();
    });

    const counts = () => page.evaluate(() => window.__bench.counts());
    const byStretch = Object.fromEntries(
      STRETCHES.map((stretch) => [stretch, { ...ZERO }]),
    ) as Record<Stretch, Tally>;
    let hidden = false;
    let before: Tally = await counts();
    for (const segment of SEGMENTS) {
      if (segment.hidden !== hidden) {
        hidden = segment.hidden;
        await page.evaluate((value) => window.__bench.setHidden(value), hidden);
      }
      await page.clock.runFor(segment.to - segment.from);
      const after = await counts();
      byStretch[segment.stretch] = plus(
        byStretch[segment.stretch],
        minus(after, before),
      );
      before = after;
    }
    return {
      total: before, // counted from zero; texts seen include the first one
      byStretch,
      seconds: (performance.now() - began) / 1000,
    };
  } finally {
    await context.close();
  }
}

// --- Page loads with the banner on and off ------------------------------------

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

// --- Mount and unmount a thousand times ---------------------------------------

interface LeakResult {
  mounted: number;
  timersLeft: number;
  listenersLeft: number;
  globalListenersLeft: number;
  /** Over the first thousand: JIT code, Intl and template caches fill up. */
  heapGrowthFirst: number;
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
    const mounted = await page.evaluate(() => window.__bench.cycle(1000));
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
      heapGrowthNext,
    };
  } finally {
    await context.close();
  }
}

// --- Report -------------------------------------------------------------------

const fmt = (n: number | null, digits = 0) =>
  n !== null && Number.isFinite(n) ? n.toFixed(digits) : 'n/a';

async function reportTimeline(browser: Browser, url: string): Promise<void> {
  const results = new Map<string, TimelineResult>();
  for (const contender of CONTENDERS) {
    const result = await timeline(browser, url, contender);
    results.set(contender.id, result);
    console.error(
      `  ${contender.label}: ${result.total.wakeUps} wake-ups, simulated in ${fmt(result.seconds, 1)} s`,
    );
  }
  const get = (contender: Contender) => results.get(contender.id)!;
  const row = (label: string, pick: (r: TimelineResult) => string) => [
    label,
    ...CONTENDERS.map((contender) => pick(get(contender))),
  ];
  const count = (label: string, pick: (r: TimelineResult) => number) =>
    row(label, (r) => fmt(pick(r)));

  console.log(
    '## 72 simulated hours: 69 h before the start → 3 h after (hidden from −20 h to −12 h)\n',
  );
  console.log(
    table(
      ['', ...CONTENDERS.map((contender) => contender.label)],
      [
        count('wake-ups', (r) => r.total.wakeUps),
        ...STRETCHES.map((stretch) =>
          count(`  ${stretch}`, (r) => r.byStretch[stretch].wakeUps),
        ),
        count('texts a visitor could see', (r) => r.total.seenTexts),
        row('wake-ups while visible ÷ texts seen', (r) =>
          ratio(r.total.wakeUpsVisible, r.total.seenTexts),
        ),
        count('text changes (hidden ones too)', (r) => r.total.textChanges),
        count('DOM mutations', (r) => r.total.mutations),
        count('  with a text change', (r) => r.total.textMutations),
        count('  with no visible change', (r) => r.total.idleMutations),
        row('mutations per text change', (r) =>
          ratio(r.total.mutations, r.total.textChanges),
        ),
        row('seconds to simulate', (r) => fmt(r.seconds, 1)),
      ],
    ),
  );

  const ours = results.get('ours');
  const others = CONTENDERS.filter(
    ({ id }) => !id.startsWith('ours') && id !== 'none',
  );
  if (!ours || others.length === 0) return;
  console.log('\n### Ours ÷ theirs\n');
  const picks: [string, (r: TimelineResult) => number][] = [
    ['wake-ups', (r) => r.total.wakeUps],
    ['wake-ups while visible', (r) => r.total.wakeUpsVisible],
    ['wake-ups while hidden', (r) => r.total.wakeUpsHidden],
    ['texts seen', (r) => r.total.seenTexts],
    ['DOM mutations', (r) => r.total.mutations],
  ];
  console.log(
    table(
      ['', ...others.map((contender) => contender.label)],
      picks.map(([label, pick]) => [
        label,
        ...others.map((contender) => ratio(pick(ours), pick(get(contender)))),
      ]),
    ),
  );
}

async function reportLoads(
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

async function reportBytes(): Promise<void> {
  const bytes = await measureBanner();
  const relativeTime = await measurePackage('@github/relative-time-element');
  console.log(
    '\n## Bytes the banner adds (esbuild-minified, split at import(), gzip -9; Ember and Glimmer external)\n',
  );
  const onDemand = (pattern: RegExp) =>
    bytes.js.onDemand.filter((chunk) =>
      chunk.modules.some((module) => pattern.test(module)),
    );
  const chunkRow = (label: string, pattern: RegExp) => {
    const chunks = onDemand(pattern);
    const sum = (pick: (size: { min: number; gzip: number }) => number) =>
      chunks.reduce((total, chunk) => total + pick(chunk), 0);
    return [
      label,
      chunks.length ? kb(sum((c) => c.min)) : 'n/a',
      chunks.length ? kb(sum((c) => c.gzip)) : 'n/a',
    ];
  };
  console.log(
    table(
      ['', 'minified', 'min + gzip'],
      [
        ['banner JS (first load)', kb(bytes.js.min), kb(bytes.js.gzip)],
        ['banner CSS', kb(bytes.css.min), kb(bytes.css.gzip)],
        [
          'banner JS + CSS',
          kb(bytes.js.min + bytes.css.min),
          kb(bytes.js.gzip + bytes.css.gzip),
        ],
        chunkRow('  on demand: the calendar file', /calendar/),
        chunkRow('  on demand: the back-online checks', /health/),
        [
          '(for comparison) @github/relative-time-element JS',
          kb(relativeTime.min),
          kb(relativeTime.gzip),
        ],
        [
          'admin form JS (ember-maintenance-banner/admin)',
          bytes.admin
            ? kb(bytes.admin.min)
            : bytes.adminError
              ? 'failed'
              : 'n/a',
          bytes.admin
            ? kb(bytes.admin.gzip)
            : bytes.adminError
              ? 'failed'
              : 'n/a',
        ],
        [
          'admin form CSS (admin.css)',
          bytes.adminCss ? kb(bytes.adminCss.min) : 'n/a',
          bytes.adminCss ? kb(bytes.adminCss.gzip) : 'n/a',
        ],
      ],
    ),
  );
  console.log(
    `\nBanner JS of the first load by source module (minified, through the source maps): ${bytes.js.breakdown
      .map(
        ([module, size]) =>
          `${module.replace(/^addon\/src\//, '')} ${kb(size)}`,
      )
      .join(', ')}`,
  );
  if (bytes.adminError) {
    console.log(
      `The admin entry did not compile: ${bytes.adminError.split('\n')[1] ?? bytes.adminError}`,
    );
  }
  if (bytes.admin) {
    console.log(
      bytes.adminInVisitorBundle.length === 0
        ? `The admin form is not in the visitor bundle (looked for its module and ${bytes.adminMarkers.join(', ')}; found in its own bundle).`
        : `The admin form IS in the visitor bundle: ${bytes.adminInVisitorBundle.join(', ')}`,
    );
  }
}

async function reportTeardown(browser: Browser, url: string): Promise<void> {
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
        row('heap growth, first 1,000', (r) => kb(r.heapGrowthFirst)),
        row(
          'heap growth, each further 1,000',
          (r) =>
            r.heapGrowthNext
              .map((bytes) => (bytes / 1024).toFixed(0))
              .join(' / ') + ' KB',
        ),
      ],
    ),
  );
}

async function main(): Promise<void> {
  const chromium = execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
  }).trim();
  console.log(
    `# ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${chromium}, Node ${process.version}\n`,
  );

  if (part('bytes')) await reportBytes();
  const needsBrowser = ['timeline', 'loads', 'teardown'].some(part);
  if (!needsBrowser) return;

  const off = await demo({ maintenance_banner_enabled: false, ...WINDOW });
  const on = part('loads')
    ? await demo({
        ...WINDOW,
        maintenance_banner_enabled: true,
        // A live countdown on the first page, three hours away.
        maintenance_banner_starts_at: iso(Date.now() + 3 * 3_600_000),
      })
    : null;
  const browser = await launchChromium();
  try {
    if (part('timeline')) await reportTimeline(browser, off.url);
    if (on && part('loads')) await reportLoads(browser, on, off);
    if (part('teardown')) await reportTeardown(browser, off.url);
  } finally {
    await browser.close();
    await on?.stop();
    await off.stop();
  }
}

await main();
