import { module, test } from 'qunit';
import {
  countdown,
  type CountdownParts,
  type Granularity,
} from 'ember-maintenance-banner/core';
import { START, days, hours, minutes, seconds } from '../../helpers/core.ts';

const T = START;

/** d/h/m/s parts, the rest 0. */
const parts = (d: number, h: number, m: number, s: number): CountdownParts => ({
  days: d,
  hours: h,
  minutes: m,
  seconds: s,
});

interface Case {
  /** Time left at `now` (ms). */
  left: number;
  granularity: Granularity;
  parts: CountdownParts;
  /** Time left when the shown parts change next. */
  nextLeft: number;
}

const CASES: Case[] = [
  // under 1 hour: minutes and seconds, rounded up to the second
  { left: 1, granularity: 'minutes', parts: parts(0, 0, 0, 1), nextLeft: 0 },
  { left: 999, granularity: 'minutes', parts: parts(0, 0, 0, 1), nextLeft: 0 },
  {
    left: seconds(1),
    granularity: 'minutes',
    parts: parts(0, 0, 0, 1),
    nextLeft: 0,
  },
  {
    left: seconds(1) + 1,
    granularity: 'minutes',
    parts: parts(0, 0, 0, 2),
    nextLeft: seconds(1),
  },
  {
    left: seconds(59) + 1,
    granularity: 'minutes',
    parts: parts(0, 0, 1, 0),
    nextLeft: seconds(59),
  },
  {
    left: minutes(1),
    granularity: 'minutes',
    parts: parts(0, 0, 1, 0),
    nextLeft: seconds(59),
  },
  {
    left: minutes(1) + 1,
    granularity: 'minutes',
    parts: parts(0, 0, 1, 1),
    nextLeft: minutes(1),
  },
  {
    left: minutes(12) + seconds(4.5),
    granularity: 'minutes',
    parts: parts(0, 0, 12, 5),
    nextLeft: minutes(12) + seconds(4),
  },
  {
    left: minutes(30),
    granularity: 'minutes',
    parts: parts(0, 0, 30, 0),
    nextLeft: minutes(29) + seconds(59),
  },
  {
    left: minutes(59) + seconds(59),
    granularity: 'minutes',
    parts: parts(0, 0, 59, 59),
    nextLeft: minutes(59) + seconds(58),
  },
  // 1 hour or more: hours and minutes, rounded up to the minute
  {
    left: minutes(59) + seconds(59) + 1,
    granularity: 'hours',
    parts: parts(0, 1, 0, 0),
    nextLeft: minutes(59) + seconds(59),
  },
  {
    left: hours(1),
    granularity: 'hours',
    parts: parts(0, 1, 0, 0),
    nextLeft: minutes(59) + seconds(59),
  },
  {
    left: hours(1) + 1,
    granularity: 'hours',
    parts: parts(0, 1, 1, 0),
    nextLeft: hours(1),
  },
  {
    left: hours(1) + minutes(29) + seconds(30),
    granularity: 'hours',
    parts: parts(0, 1, 30, 0),
    nextLeft: hours(1) + minutes(29),
  },
  {
    left: hours(5),
    granularity: 'hours',
    parts: parts(0, 5, 0, 0),
    nextLeft: hours(4) + minutes(59),
  },
  {
    left: hours(23) + minutes(59),
    granularity: 'hours',
    parts: parts(0, 23, 59, 0),
    nextLeft: hours(23) + minutes(58),
  },
  // 24 hours or more: days and hours, rounded up to the hour
  {
    left: hours(23) + minutes(59) + 1,
    granularity: 'days',
    parts: parts(1, 0, 0, 0),
    nextLeft: hours(23) + minutes(59),
  },
  {
    left: hours(24),
    granularity: 'days',
    parts: parts(1, 0, 0, 0),
    nextLeft: hours(23) + minutes(59),
  },
  {
    left: hours(24) + 1,
    granularity: 'days',
    parts: parts(1, 1, 0, 0),
    nextLeft: hours(24),
  },
  {
    left: days(2) + hours(4) + minutes(30),
    granularity: 'days',
    parts: parts(2, 5, 0, 0),
    nextLeft: days(2) + hours(4),
  },
  {
    left: days(2) + hours(5),
    granularity: 'days',
    parts: parts(2, 5, 0, 0),
    nextLeft: days(2) + hours(4),
  },
  {
    left: days(3),
    granularity: 'days',
    parts: parts(3, 0, 0, 0),
    nextLeft: days(2) + hours(23),
  },
  {
    left: days(30),
    granularity: 'days',
    parts: parts(30, 0, 0, 0),
    nextLeft: days(29) + hours(23),
  },
];

/** "2d 5h 0m 0s" for test names. */
function show(ms: number): string {
  const s = Math.floor(ms / 1000);
  const rest = ms % 1000;
  return (
    `${Math.floor(s / 86_400)}d ${Math.floor(s / 3600) % 24}h ${Math.floor(s / 60) % 60}m ${s % 60}s` +
    (rest ? ` +${rest}ms` : '')
  );
}

module(
  'core | countdown: granularity, rounding and the next change',
  function () {
    for (const { left, granularity, parts: shown, nextLeft } of CASES) {
      const label = `${show(left)} left`;
      test(`${label} → ${granularity}: ${JSON.stringify(shown)}`, function (assert) {
        const now = T - left;
        assert.deepEqual(countdown(T, now), {
          target: T,
          remaining: left,
          granularity,
          parts: shown,
          nextChange: T - nextLeft,
        });
      });

      test(`${label}: the parts change exactly at ${show(nextLeft)} left`, function (assert) {
        const next = T - nextLeft;
        assert.deepEqual(
          countdown(T, next - 1)?.parts,
          shown,
          'unchanged 1 ms before',
        );
        const after = countdown(T, next);
        assert.notDeepEqual(
          after === null ? null : after.parts,
          shown,
          'changed at it',
        );
      });
    }

    const DONE: { name: string; now: number }[] = [
      { name: 'at the target', now: T },
      { name: '1 ms after the target', now: T + 1 },
      { name: 'a day after the target', now: T + days(1) },
      { name: 'NaN', now: NaN },
      { name: 'Infinity', now: Infinity },
      { name: '-Infinity', now: -Infinity },
    ];
    for (const { name, now } of DONE) {
      test(`${name} → null`, function (assert) {
        assert.strictEqual(countdown(T, now), null);
      });
    }
  },
);

module('core | countdown: the whole run', function () {
  // From 3 days before the target, step by nextChange: every step shows new
  // parts, none shows zero, and the count of steps is the rule's arithmetic.
  function run(from: number) {
    const steps: CountdownParts[] = [];
    const problems: string[] = [];
    let now = from;
    for (
      let left = countdown(T, now);
      left !== null;
      left = countdown(T, now)
    ) {
      const previous = steps.at(-1);
      if (previous && JSON.stringify(previous) === JSON.stringify(left.parts)) {
        problems.push(`no change at ${show(T - now)} left`);
      }
      if (Object.values(left.parts).every((value) => value === 0)) {
        problems.push(`zero shown at ${show(T - now)} left`);
      }
      if (!(left.nextChange > now))
        problems.push(`stuck at ${show(T - now)} left`);
      steps.push(left.parts);
      now = left.nextChange;
      if (steps.length > 10_000) break; // a bug, not an infinite loop
    }
    return { steps, problems, end: now };
  }

  test('3 days → 0: one step per shown change, never zero, ends at the target', function (assert) {
    const { steps, problems, end } = run(T - days(3));
    assert.deepEqual(problems, []);
    // days: 3d … 1d (49 values of whole hours from 72 to 24), hours: 23:59 … 1:00
    // (1380 minutes), minutes: 59:59 … 0:01 (3599 seconds).
    assert.strictEqual(steps.length, 49 + 1380 + 3599);
    assert.deepEqual(steps[0], parts(3, 0, 0, 0));
    assert.deepEqual(steps[48], parts(1, 0, 0, 0), 'the last days step');
    assert.deepEqual(steps[49], parts(0, 23, 59, 0), 'then hours');
    assert.deepEqual(
      steps[49 + 1379],
      parts(0, 1, 0, 0),
      'the last hours step',
    );
    assert.deepEqual(steps[49 + 1380], parts(0, 0, 59, 59), 'then minutes');
    assert.deepEqual(
      steps.at(-1),
      parts(0, 0, 0, 1),
      'never 0 before the target',
    );
    assert.strictEqual(end, T);
  });

  test('each granularity shows at most its top value', function (assert) {
    const { steps } = run(T - days(3));
    const tooBig = steps.filter(
      (p) =>
        p.hours > 23 ||
        p.minutes > 59 ||
        p.seconds > 59 ||
        (p.days > 0 && (p.minutes > 0 || p.seconds > 0)) ||
        (p.hours > 0 && p.seconds > 0),
    );
    assert.deepEqual(tooBig, []);
  });
});
