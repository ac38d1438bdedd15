/**
 * BENCH_PARTS=timeline: wake-ups, texts and DOM writes over 72 simulated
 * hours (bench/timeline.ts). Each contender gets a page of its own with
 * Playwright's clock installed before the probe (so the probe wraps the
 * clock's timers); the clock runs segment by segment, the page hidden where a
 * segment says so, and the probe's counts are tallied per stretch. Prints the
 * table of counts, then ours ÷ each other contender.
 */
import type { Browser } from 'playwright-core';
import {
  CONTENDERS,
  PROBE,
  iso,
  newPage,
  type Contender,
} from '../contenders.ts';
import type { ProbeCounts } from '../probe.ts';
import { fmt, ratio, table } from '../table.ts';
import {
  BEGIN,
  DURATION_MINUTES,
  SEGMENTS,
  START,
  STRETCHES,
  type Stretch,
} from '../timeline.ts';

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

export async function reportTimeline(
  browser: Browser,
  url: string,
): Promise<void> {
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
