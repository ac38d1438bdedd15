/**
 * For tests only, and only when MAINTENANCE_BANNER_MANUAL_CLOCK names the
 * instant to start from: the server's clock then stands still and moves only
 * when its standard input says so, one command a line:
 *
 *   advance <ms>      move on by that many milliseconds
 *   set <instant>     move on to an ISO 8601 instant
 *
 * Each command is answered on standard output with `manual clock: now <ISO>`
 * once every wake-up on the way has run, and every wake-up the server sets
 * is announced as `manual clock: wake-up at <ISO>`. Nothing of this is
 * reachable over the network, and the code that schedules (the notifier,
 * the rate limiter, the shutdown deadline) only ever sees a `Clock`.
 */
import { createInterface } from 'node:readline';
import { ManualClock } from './clock.ts';

export function manualClockOnStdin(start: number): ManualClock {
  const clock = new ManualClock(start, (at) =>
    console.log(`manual clock: wake-up at ${new Date(at).toISOString()}`),
  );
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const [command, argument = ''] = line.trim().split(/\s+/, 2);
    if (command === 'advance' && /^\d{1,13}$/.test(argument)) {
      clock.advance(Number(argument));
    } else if (command === 'set' && Number.isFinite(Date.parse(argument))) {
      clock.set(Date.parse(argument));
    } else {
      console.error(`manual clock: not understood: ${line}`);
      return;
    }
    console.log(`manual clock: now ${new Date(clock.now()).toISOString()}`);
  });
  // The server's own life decides when it ends, not an open stdin.
  (process.stdin as { unref?: () => void }).unref?.();
  return clock;
}
