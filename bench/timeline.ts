/**
 * The simulated 72 hours every contender lives through, the same as in
 * test-app/tests/integration/budgets-test.gts: the Go forum's window
 * (Feb 18, 10:00 Pacific, 60 minutes, 72 hours of notice, imminent in the
 * last 30 minutes), from 69 hours before the start to 3 hours after it,
 * with the page hidden from 20 to 12 hours before the start.
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;

export const START = Date.parse('2027-02-18T10:00:00-08:00');
export const DURATION_MINUTES = 60;
export const BEGIN = START - 69 * HOUR;
export const END = START + 3 * HOUR;

export type Stretch =
  'upcoming' | 'hidden' | 'imminent' | 'in-progress' | 'overrun';

export interface Segment {
  stretch: Stretch;
  from: number;
  to: number;
  hidden: boolean;
}

/** In order; a wake-up at a boundary counts in the stretch it ends. */
export const SEGMENTS: readonly Segment[] = [
  { stretch: 'upcoming', from: BEGIN, to: START - 20 * HOUR, hidden: false },
  {
    stretch: 'hidden',
    from: START - 20 * HOUR,
    to: START - 12 * HOUR,
    hidden: true,
  },
  {
    stretch: 'upcoming',
    from: START - 12 * HOUR,
    to: START - 30 * MINUTE,
    hidden: false,
  },
  { stretch: 'imminent', from: START - 30 * MINUTE, to: START, hidden: false },
  { stretch: 'in-progress', from: START, to: START + HOUR, hidden: false },
  { stretch: 'overrun', from: START + HOUR, to: END, hidden: false },
];

export const STRETCHES: readonly Stretch[] = [
  'upcoming',
  'hidden',
  'imminent',
  'in-progress',
  'overrun',
];
