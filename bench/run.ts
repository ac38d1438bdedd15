/**
 * `npm run bench`: the banner against GitHub's `<relative-time>` element and
 * a naive 1-second countdown, in the demo forum's shell in headless
 * Chromium, with Playwright's clock driving 72 simulated hours. Prints
 * tables; the deterministic parts are also budgets in `npm test`
 * (tests/budgets/, test-app/tests/integration/budgets-test.gts).
 *
 * This file chooses and runs the parts; each part, its measurement and its
 * table, is a file in bench/parts/ (bytes, timeline, loads, teardown).
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
import { chromiumPath, launchChromium } from '../scripts/browser.ts';
import { startDemo, type DemoServer } from '../scripts/demo-server.ts';
import { iso } from './contenders.ts';
import { reportBytes } from './parts/bytes.ts';
import { reportLoads } from './parts/loads.ts';
import { reportTeardown } from './parts/teardown.ts';
import { reportTimeline } from './parts/timeline.ts';
import { DURATION_MINUTES, START } from './timeline.ts';

const PARTS = process.env['BENCH_PARTS']?.split(',');
const part = (name: string) => !PARTS || PARTS.includes(name);

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
