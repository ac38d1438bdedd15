import { module, test } from 'qunit';
import {
  PHASES,
  PHASE_TABLE,
  bannerText,
  imminentAt,
  nextPhaseChange,
  noticeStartsAt,
  phaseAt,
  type MaintenanceSettings,
  type MaintenanceWindow,
  type Phase,
} from 'ember-maintenance-banner/core';
import {
  FORGET_AFTER_MS,
  completedNoticeEndsAt,
  forgottenAt,
  isLongWindow,
} from '../../helpers/core-internals.ts';
import { START, days, hours, minutes, windowFrom } from '../../helpers/core.ts';

// The example: S = START, notice 72 h, imminent 30 min, completed notice 30 min.
const S = START;
const E = S + minutes(60);
const COMPLETED = S + minutes(90);

const KNOWN: MaintenanceSettings = { maintenance_banner_duration_minutes: 60 };
const UNKNOWN: MaintenanceSettings = { maintenance_banner_duration_minutes: 0 };
const status = (
  name: string,
  more: MaintenanceSettings = {},
): MaintenanceSettings => ({
  maintenance_banner_status: name,
  ...more,
});

/**
 * A boundary of the contract's table: the phase 1 ms before it and at it.
 */
interface Boundary {
  window: string;
  settings: MaintenanceSettings;
  boundary: string;
  instant: number;
  before: Phase | null;
  at: Phase | null;
}

const BOUNDARIES: Boundary[] = [
  // scheduled, duration known
  ...(
    [
      ['S − notice', S - hours(72), null, 'upcoming'],
      ['S − imminent', S - minutes(30), 'upcoming', 'imminent'],
      ['S', S, 'imminent', 'in-progress'],
      ['E', E, 'in-progress', 'overrun'],
      ['E + 24 h (forgotten)', E + hours(24), 'overrun', null],
    ] as const
  ).map(([boundary, instant, before, at]) => ({
    window: 'scheduled, 60 min',
    settings: { ...KNOWN, ...status('scheduled') },
    boundary,
    instant,
    before,
    at,
  })),
  // scheduled, duration unknown: in progress until forgotten 24 h after S
  ...(
    [
      ['S − notice', S - hours(72), null, 'upcoming'],
      ['S − imminent', S - minutes(30), 'upcoming', 'imminent'],
      ['S', S, 'imminent', 'in-progress'],
      ['S + 24 h (forgotten)', S + hours(24), 'in-progress', null],
    ] as const
  ).map(([boundary, instant, before, at]) => ({
    window: 'scheduled, unknown duration',
    settings: { ...UNKNOWN, ...status('scheduled') },
    boundary,
    instant,
    before,
    at,
  })),
  // scheduled, no imminent rule: upcoming right up to S
  {
    window: 'scheduled, imminent 0',
    settings: { ...KNOWN, maintenance_banner_imminent_minutes: 0 },
    boundary: 'S',
    instant: S,
    before: 'upcoming',
    at: 'in-progress',
  },
  // scheduled, notice 1 h
  {
    window: 'scheduled, notice 1 h',
    settings: { ...KNOWN, maintenance_banner_notice_hours: 1 },
    boundary: 'S − notice',
    instant: S - hours(1),
    before: null,
    at: 'upcoming',
  },
  // in_progress: at any time, even before S, until forgotten
  {
    window: 'in_progress, 60 min',
    settings: { ...KNOWN, ...status('in_progress') },
    boundary: 'E + 24 h (forgotten)',
    instant: E + hours(24),
    before: 'in-progress',
    at: null,
  },
  {
    window: 'in_progress, unknown duration',
    settings: { ...UNKNOWN, ...status('in_progress') },
    boundary: 'S + 24 h (forgotten)',
    instant: S + hours(24),
    before: 'in-progress',
    at: null,
  },
  // completed, with completed_at: up for completed_notice after it
  {
    window: 'completed at S + 90 min',
    settings: {
      ...KNOWN,
      ...status('completed', {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      }),
    },
    boundary: 'completed_at + 30 min',
    instant: COMPLETED + minutes(30),
    before: 'completed',
    at: null,
  },
  {
    window: 'completed at S + 90 min, notice 0',
    settings: {
      ...KNOWN,
      ...status('completed', {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
        maintenance_banner_completed_notice_minutes: 0,
      }),
    },
    boundary: 'completed_at',
    instant: COMPLETED,
    before: 'completed',
    at: null,
  },
  // completed without completed_at: the forget rule bounds it
  {
    window: 'completed, no completed_at, 60 min',
    settings: { ...KNOWN, ...status('completed') },
    boundary: 'E + 24 h (forgotten)',
    instant: E + hours(24),
    before: 'completed',
    at: null,
  },
  {
    window: 'completed, no completed_at, unknown duration',
    settings: { ...UNKNOWN, ...status('completed') },
    boundary: 'S + 24 h (forgotten)',
    instant: S + hours(24),
    before: 'completed',
    at: null,
  },
  // cancelled: from S − notice until S
  ...(
    [
      ['S − notice', S - hours(72), null, 'cancelled'],
      ['S', S, 'cancelled', null],
    ] as const
  ).map(([boundary, instant, before, at]) => ({
    window: 'cancelled',
    settings: { ...KNOWN, ...status('cancelled') },
    boundary,
    instant,
    before,
    at,
  })),
];

module('core | phase: every boundary of the contract table', function () {
  for (const {
    window: label,
    settings,
    boundary,
    instant,
    before,
    at,
  } of BOUNDARIES) {
    test(`${label}: 1 ms before ${boundary} → ${before ?? 'none'}`, function (assert) {
      assert.strictEqual(phaseAt(windowFrom(settings), instant - 1), before);
    });
    test(`${label}: at ${boundary} → ${at ?? 'none'}`, function (assert) {
      assert.strictEqual(phaseAt(windowFrom(settings), instant), at);
    });
  }
});

module('core | phase: status decides', function () {
  const CASES: {
    name: string;
    settings: MaintenanceSettings;
    now: number;
    phase: Phase | null;
  }[] = [
    {
      name: 'in_progress long before S (the admin started early)',
      settings: status('in_progress'),
      now: S - days(30),
      phase: 'in-progress',
    },
    {
      name: 'in_progress during the window',
      settings: status('in_progress'),
      now: S + minutes(10),
      phase: 'in-progress',
    },
    {
      name: 'in_progress after E (no overrun: the admin says it runs)',
      settings: status('in_progress'),
      now: E + hours(2),
      phase: 'in-progress',
    },
    {
      name: 'cancelled before the notice',
      settings: status('cancelled'),
      now: S - hours(100),
      phase: null,
    },
    {
      name: 'cancelled during the notice',
      settings: status('cancelled'),
      now: S - hours(1),
      phase: 'cancelled',
    },
    {
      name: 'cancelled while imminent',
      settings: status('cancelled'),
      now: S - minutes(5),
      phase: 'cancelled',
    },
    {
      name: 'cancelled after S',
      settings: status('cancelled'),
      now: S + minutes(5),
      phase: null,
    },
    {
      name: 'cancelled after E',
      settings: status('cancelled'),
      now: E + minutes(5),
      phase: null,
    },
    {
      name: 'completed, shortly after completed_at',
      settings: status('completed', {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      }),
      now: COMPLETED + minutes(1),
      phase: 'completed',
    },
    {
      name: 'completed early, before E',
      settings: status('completed', {
        maintenance_banner_completed_at: '2027-02-18T10:20:00-08:00',
      }),
      now: S + minutes(25),
      phase: 'completed',
    },
    {
      name: 'completed, long after completed_at',
      settings: status('completed', {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      }),
      now: COMPLETED + hours(3),
      phase: null,
    },
    {
      name: 'completed without completed_at, during the window',
      settings: status('completed'),
      now: S + minutes(30),
      phase: 'completed',
    },
    {
      name: 'scheduled, 3 days and 1 hour ahead',
      settings: {},
      now: S - hours(73),
      phase: null,
    },
    {
      name: 'scheduled, 1 day ahead',
      settings: {},
      now: S - days(1),
      phase: 'upcoming',
    },
    {
      name: 'scheduled, 10 minutes ahead',
      settings: {},
      now: S - minutes(10),
      phase: 'imminent',
    },
    {
      name: 'scheduled, halfway',
      settings: {},
      now: S + minutes(30),
      phase: 'in-progress',
    },
    {
      name: 'scheduled, 2 hours past E',
      settings: {},
      now: E + hours(2),
      phase: 'overrun',
    },
    {
      name: 'scheduled, unknown duration, 23 hours in',
      settings: UNKNOWN,
      now: S + hours(23),
      phase: 'in-progress',
    },
    {
      name: 'scheduled, a week later',
      settings: {},
      now: S + days(7),
      phase: null,
    },
  ];
  for (const { name, settings, now, phase } of CASES) {
    test(`${name} → ${phase ?? 'none'}`, function (assert) {
      assert.strictEqual(phaseAt(windowFrom(settings), now), phase);
    });
  }

  test('no window, or no usable time, has no phase', function (assert) {
    const window = windowFrom();
    assert.deepEqual(
      [
        phaseAt(null, S),
        phaseAt(window, NaN),
        phaseAt(window, Infinity),
        phaseAt(window, -Infinity),
      ],
      [null, null, null, null],
    );
    assert.deepEqual(
      [
        nextPhaseChange(null, S),
        nextPhaseChange(window, NaN),
        nextPhaseChange(window, Infinity),
      ],
      [null, null, null],
    );
  });

  test('the phase names are the contract', function (assert) {
    assert.deepEqual(
      [...PHASES],
      [
        'upcoming',
        'imminent',
        'in-progress',
        'overrun',
        'completed',
        'cancelled',
      ],
    );
  });
});

module('core | phase: the rule instants', function () {
  const window = windowFrom();
  const unknown = windowFrom(UNKNOWN);
  const CASES: {
    name: string;
    actual: () => number | boolean;
    expected: number | boolean;
  }[] = [
    {
      name: 'noticeStartsAt = S − 72 h',
      actual: () => noticeStartsAt(window),
      expected: S - hours(72),
    },
    {
      name: 'noticeStartsAt follows notice_hours',
      actual: () =>
        noticeStartsAt(windowFrom({ maintenance_banner_notice_hours: '5' })),
      expected: S - hours(5),
    },
    {
      name: 'imminentAt = S − 30 min',
      actual: () => imminentAt(window),
      expected: S - minutes(30),
    },
    {
      name: 'imminentAt with imminent 0 = S',
      actual: () =>
        imminentAt(windowFrom({ maintenance_banner_imminent_minutes: 0 })),
      expected: S,
    },
    {
      name: 'forgottenAt = E + 24 h',
      actual: () => forgottenAt(window),
      expected: E + hours(24),
    },
    {
      name: 'forgottenAt, unknown duration = S + 24 h',
      actual: () => forgottenAt(unknown),
      expected: S + hours(24),
    },
    {
      name: 'FORGET_AFTER_MS = 24 h',
      actual: () => FORGET_AFTER_MS,
      expected: hours(24),
    },
    {
      name: 'completedNoticeEndsAt = completed_at + 30 min',
      actual: () =>
        completedNoticeEndsAt(
          windowFrom({
            maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
          }),
        ),
      expected: COMPLETED + minutes(30),
    },
    {
      name: 'completedNoticeEndsAt follows completed_notice_minutes',
      actual: () =>
        completedNoticeEndsAt(
          windowFrom({
            maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
            maintenance_banner_completed_notice_minutes: 5,
          }),
        ),
      expected: COMPLETED + minutes(5),
    },
    {
      name: 'completedNoticeEndsAt without completed_at = forgottenAt',
      actual: () => completedNoticeEndsAt(window),
      expected: E + hours(24),
    },
    {
      name: 'isLongWindow: 60 min with the 120 min rule',
      actual: () => isLongWindow(window),
      expected: false,
    },
    {
      name: 'isLongWindow: exactly 120 min is not over the rule',
      actual: () =>
        isLongWindow(windowFrom({ maintenance_banner_duration_minutes: 120 })),
      expected: false,
    },
    {
      name: 'isLongWindow: 121 min is over the rule',
      actual: () =>
        isLongWindow(windowFrom({ maintenance_banner_duration_minutes: 121 })),
      expected: true,
    },
    {
      name: 'isLongWindow follows long_window_minutes',
      actual: () =>
        isLongWindow(
          windowFrom({
            maintenance_banner_duration_minutes: 60,
            maintenance_banner_long_window_minutes: 59,
          }),
        ),
      expected: true,
    },
    {
      name: 'isLongWindow: unknown duration is not known to be long',
      actual: () => isLongWindow(unknown),
      expected: false,
    },
  ];
  for (const { name, actual, expected } of CASES) {
    test(name, function (assert) {
      assert.strictEqual(actual(), expected);
    });
  }
});

module('core | phase: nextPhaseChange', function () {
  const CHANGES: {
    name: string;
    settings: MaintenanceSettings;
    now: number;
    next: number;
  }[] = [
    {
      name: 'scheduled, long before the notice → S − notice',
      settings: {},
      now: S - days(30),
      next: S - hours(72),
    },
    {
      name: 'scheduled, at S − notice → S − imminent',
      settings: {},
      now: S - hours(72),
      next: S - minutes(30),
    },
    {
      name: 'scheduled, upcoming → S − imminent',
      settings: {},
      now: S - hours(10),
      next: S - minutes(30),
    },
    {
      name: 'scheduled, 1 ms before S − imminent → S − imminent',
      settings: {},
      now: S - minutes(30) - 1,
      next: S - minutes(30),
    },
    {
      name: 'scheduled, imminent → S',
      settings: {},
      now: S - minutes(30),
      next: S,
    },
    { name: 'scheduled, in progress → E', settings: {}, now: S, next: E },
    {
      name: 'scheduled, overrun → E + 24 h',
      settings: {},
      now: E,
      next: E + hours(24),
    },
    {
      name: 'scheduled, unknown duration, in progress → S + 24 h',
      settings: UNKNOWN,
      now: S,
      next: S + hours(24),
    },
    {
      name: 'scheduled, imminent 0, upcoming → S',
      settings: { maintenance_banner_imminent_minutes: 0 },
      now: S - hours(1),
      next: S,
    },
    {
      name: 'in_progress before S → E + 24 h (skips S and E)',
      settings: status('in_progress'),
      now: S - days(30),
      next: E + hours(24),
    },
    {
      name: 'in_progress, unknown duration → S + 24 h',
      settings: status('in_progress', UNKNOWN),
      now: S - hours(1),
      next: S + hours(24),
    },
    {
      name: 'cancelled, before the notice → S − notice',
      settings: status('cancelled'),
      now: S - days(30),
      next: S - hours(72),
    },
    {
      name: 'cancelled, during the notice → S (skips S − imminent)',
      settings: status('cancelled'),
      now: S - hours(1),
      next: S,
    },
    {
      name: 'completed → completed_at + 30 min (skips E)',
      settings: status('completed', {
        maintenance_banner_completed_at: '2027-02-18T10:20:00-08:00',
      }),
      now: S + minutes(25),
      next: S + minutes(50),
    },
    {
      name: 'completed without completed_at → E + 24 h',
      settings: status('completed'),
      now: S,
      next: E + hours(24),
    },
  ];
  for (const { name, settings, now, next } of CHANGES) {
    test(name, function (assert) {
      const window = windowFrom(settings);
      const actual = nextPhaseChange(window, now);
      assert.strictEqual(actual, next, 'the exact boundary');
      assert.strictEqual(
        phaseAt(window, next - 1),
        phaseAt(window, now),
        'same phase until then',
      );
      assert.notStrictEqual(
        phaseAt(window, next),
        phaseAt(window, now),
        'another phase at it',
      );
    });
  }

  const NEVER: { name: string; settings: MaintenanceSettings; now: number }[] =
    [
      { name: 'scheduled, forgotten', settings: {}, now: E + hours(24) },
      { name: 'scheduled, long forgotten', settings: {}, now: S + days(300) },
      { name: 'cancelled, at S', settings: status('cancelled'), now: S },
      {
        name: 'cancelled, after E',
        settings: status('cancelled'),
        now: E + hours(1),
      },
      {
        name: 'completed, after the notice',
        settings: status('completed', {
          maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
        }),
        now: COMPLETED + minutes(30),
      },
      {
        name: 'in_progress, forgotten',
        settings: status('in_progress'),
        now: E + hours(24),
      },
    ];
  for (const { name, settings, now } of NEVER) {
    test(`${name} → null (no more changes)`, function (assert) {
      assert.strictEqual(nextPhaseChange(windowFrom(settings), now), null);
    });
  }

  /** Walks a window from `from` by nextPhaseChange: [instant, phase] steps. */
  function walk(
    window: MaintenanceWindow,
    from: number,
  ): [number, Phase | null][] {
    const steps: [number, Phase | null][] = [[from, phaseAt(window, from)]];
    for (
      let now: number | null = nextPhaseChange(window, from);
      now !== null;
      now = nextPhaseChange(window, now)
    ) {
      steps.push([now, phaseAt(window, now)]);
      if (steps.length > 20) break; // a bug, not an infinite loop
    }
    return steps;
  }

  const WALKS: {
    name: string;
    settings: MaintenanceSettings;
    from?: number;
    steps: [number, Phase | null][];
  }[] = [
    {
      name: 'scheduled, 60 min',
      settings: {},
      steps: [
        [S - days(30), null],
        [S - hours(72), 'upcoming'],
        [S - minutes(30), 'imminent'],
        [S, 'in-progress'],
        [E, 'overrun'],
        [E + hours(24), null],
      ],
    },
    {
      name: 'scheduled, unknown duration',
      settings: UNKNOWN,
      steps: [
        [S - days(30), null],
        [S - hours(72), 'upcoming'],
        [S - minutes(30), 'imminent'],
        [S, 'in-progress'],
        [S + hours(24), null],
      ],
    },
    {
      name: 'in_progress',
      settings: status('in_progress'),
      steps: [
        [S - days(30), 'in-progress'],
        [E + hours(24), null],
      ],
    },
    {
      name: 'cancelled',
      settings: status('cancelled'),
      steps: [
        [S - days(30), null],
        [S - hours(72), 'cancelled'],
        [S, null],
      ],
    },
    {
      name: 'completed at S + 90 min',
      settings: status('completed', {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      }),
      from: S,
      steps: [
        [S, 'completed'],
        [COMPLETED + minutes(30), null],
      ],
    },
  ];
  for (const { name, settings, from = S - days(30), steps } of WALKS) {
    test(`walking ${name} visits each phase once, at its boundary`, function (assert) {
      assert.deepEqual(walk(windowFrom(settings), from), steps);
    });
  }
});

module('core | phase: what each phase does', function () {
  test('the phase table', function (assert) {
    const row = (phase: Phase) => {
      const traits = PHASE_TABLE[phase];
      return [
        traits.countsDown,
        traits.checksHealth,
        traits.loadsHealthChecks,
        traits.dismissible,
        traits.offersCalendar,
        traits.tellsChanges,
        traits.showsMessage,
        traits.callsOutOfView,
        traits.look,
      ];
    };
    const T = true;
    const F = false;
    assert.deepEqual(
      Object.fromEntries(PHASES.map((phase) => [phase, row(phase)])),
      {
        // counts down, checks health, loads the checks, may be dismissed,
        // offers the calendar, tells changes, shows the message, calls
        // out of view, look
        upcoming: [T, F, F, T, T, T, T, F, 'upcoming'],
        imminent: [T, F, T, T, T, T, T, F, 'imminent'],
        'in-progress': [F, T, T, T, F, T, T, T, 'in-progress'],
        overrun: [F, T, T, T, F, T, T, T, 'overrun'],
        completed: [F, F, F, T, F, F, F, F, 'completed'],
        cancelled: [F, F, F, T, F, F, F, T, 'cancelled'],
      },
    );
  });

  test('the text follows the table: a countdown, a calendar, health news', function (assert) {
    const window = windowFrom();
    const at: Record<Phase, number> = {
      upcoming: START - hours(2),
      imminent: START - minutes(10),
      'in-progress': START + minutes(10),
      overrun: START + hours(2),
      completed: START + hours(2),
      cancelled: START - hours(2),
    };
    for (const phase of PHASES) {
      const status =
        phase === 'completed'
          ? 'completed'
          : phase === 'cancelled'
            ? 'cancelled'
            : 'scheduled';
      const text = bannerText({ ...window, status }, phase, at[phase], {
        locale: 'en-US',
        timeZone: 'UTC',
        health: 'down',
      });
      const traits = PHASE_TABLE[phase];
      assert.deepEqual(
        [
          text.countdown !== null,
          text.health === 'down',
          text.calendar !== null,
        ],
        [traits.countsDown, traits.checksHealth, traits.offersCalendar],
        phase,
      );
    }
  });
});
