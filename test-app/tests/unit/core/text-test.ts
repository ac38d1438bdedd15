import { module, test } from 'qunit';
import {
  bannerText,
  countdown,
  countdownText,
  describeInstant,
  en,
  nextPhaseChange,
  nextTextChange,
  phaseAt,
  phaseText,
  resolveMessages,
  type BannerText,
  type MaintenanceSettings,
  type MaintenanceWindow,
  type Messages,
  type Phase,
  type Segment,
} from 'ember-maintenance-banner/core';
import { nextCountdownChange } from '../../helpers/core-internals.ts';
import {
  CHANNEL_URL,
  START,
  at,
  days,
  hours,
  minutes,
  seconds,
  windowFrom,
} from '../../helpers/core.ts';

const S = START;
const E = S + minutes(60);
const COMPLETED = at('2027-02-18T11:30:00-08:00');
const LA = 'America/Los_Angeles';
const LOCALE = 'en-US';
/** Viewer in the announcement's zone, so each date is shown once. */
const OPTIONS = { locale: LOCALE, timeZone: LA } as const;

// Expected dates, built with Intl itself (ICU versions differ in spaces).
const dateTime = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat(LOCALE, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(epochMs);
const time = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat(LOCALE, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(epochMs);
const dateAndTime = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat(LOCALE, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(epochMs);
const zone = (epochMs: number, timeZone: string) =>
  new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'short' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value ?? '';

module('core | text: describeInstant', function () {
  const SHOWN = {
    /** Only the announcement's zone. */
    one: (epochMs: number, announced: string) => dateTime(epochMs, announced),
    /** Both, the viewer's time only (same calendar day). */
    time: (epochMs: number, announced: string, viewer: string) =>
      `${dateTime(epochMs, announced)} · ${time(epochMs, viewer)} your time (${zone(epochMs, viewer)})`,
    /** Both, with the viewer's date (another calendar day). */
    date: (epochMs: number, announced: string, viewer: string) =>
      `${dateTime(epochMs, announced)} · ${dateAndTime(epochMs, viewer)} your time (${zone(epochMs, viewer)})`,
  };
  const CASES: {
    name: string;
    instant: number;
    announced: string;
    viewer: string;
    shown: keyof typeof SHOWN;
    contains: string[];
  }[] = [
    {
      name: 'viewer in the same zone',
      instant: S,
      announced: LA,
      viewer: LA,
      shown: 'one',
      contains: ['10:00', 'PST'],
    },
    {
      // Pitcairn is −08:00 all year. (Not Vancouver: newer tzdata, as in
      // Chromium 156, keeps British Columbia on −07:00 all year.)
      name: 'viewer in another zone with the same offset (Pitcairn)',
      instant: S,
      announced: LA,
      viewer: 'Pacific/Pitcairn',
      shown: 'one',
      contains: ['PST'],
    },
    {
      name: 'viewer in Kathmandu, same day',
      instant: S,
      announced: LA,
      viewer: 'Asia/Kathmandu',
      shown: 'time',
      contains: ['10:00', '11:45', 'your time (GMT+5:45)'],
    },
    {
      name: 'viewer in Shanghai, the next day',
      instant: S,
      announced: LA,
      viewer: 'Asia/Shanghai',
      shown: 'date',
      contains: ['Thu, Feb 18', 'Fri, Feb 19', '2:00', 'your time (GMT+8)'],
    },
    {
      name: 'Kathmandu announced, viewer in Kolkata (15 minutes apart)',
      instant: S,
      announced: 'Asia/Kathmandu',
      viewer: 'Asia/Kolkata',
      shown: 'time',
      contains: ['11:45', '11:30'],
    },
    {
      name: 'viewer in Phoenix before LA springs forward (offsets differ)',
      instant: at('2027-03-14T10:00:00Z') - 1,
      announced: LA,
      viewer: 'America/Phoenix',
      shown: 'time',
      contains: ['1:59', '2:59'],
    },
    {
      name: 'viewer in Phoenix after LA springs forward (offsets equal)',
      instant: at('2027-03-14T10:00:00Z'),
      announced: LA,
      viewer: 'America/Phoenix',
      shown: 'one',
      contains: ['3:00', 'PDT'],
    },
    {
      name: 'UTC announced, viewer in London in winter',
      instant: S,
      announced: 'UTC',
      viewer: 'Europe/London',
      shown: 'one',
      contains: ['6:00', 'UTC'],
    },
    {
      name: 'UTC announced, viewer in London in summer',
      instant: at('2027-07-01T12:00:00Z'),
      announced: 'UTC',
      viewer: 'Europe/London',
      shown: 'time',
      contains: ['12:00', '1:00', 'your time'],
    },
    {
      name: 'Lord Howe announced, viewer in Sydney, both in DST (+11)',
      instant: at('2027-01-15T00:00:00Z'),
      announced: 'Australia/Lord_Howe',
      viewer: 'Australia/Sydney',
      shown: 'one',
      contains: ['11:00'],
    },
    {
      name: 'Lord Howe announced, viewer in Sydney in winter (+10:30 vs +10)',
      instant: at('2027-07-15T00:00:00Z'),
      announced: 'Australia/Lord_Howe',
      viewer: 'Australia/Sydney',
      shown: 'time',
      contains: ['10:30', '10:00', 'your time'],
    },
    {
      name: 'viewer in Los Angeles, Shanghai announced (the previous day)',
      instant: S,
      announced: 'Asia/Shanghai',
      viewer: LA,
      shown: 'date',
      contains: ['Fri, Feb 19', 'Thu, Feb 18', 'your time (PST)'],
    },
  ];
  for (const { name, instant, announced, viewer, shown, contains } of CASES) {
    test(`${name} → ${shown === 'one' ? 'one zone' : 'both zones'}`, function (assert) {
      const text = describeInstant(instant, announced, en, LOCALE, viewer);
      assert.strictEqual(text, SHOWN[shown](instant, announced, viewer));
      assert.deepEqual(
        contains.filter((part) => !text.includes(part)),
        [],
        `${text} shows ${contains.join(', ')}`,
      );
    });
  }

  test('the viewer zone defaults to the runtime zone', function (assert) {
    const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    assert.strictEqual(
      describeInstant(S, 'Asia/Kathmandu', en, LOCALE),
      describeInstant(S, 'Asia/Kathmandu', en, LOCALE, runtimeZone),
    );
  });

  test('the "both" sentence comes from the messages', function (assert) {
    const messages = resolveMessages({
      'when.both': '{announced} ({local} for you, {zone})',
    });
    assert.strictEqual(
      describeInstant(S, LA, messages, LOCALE, 'Asia/Kathmandu'),
      `${dateTime(S, LA)} (${time(S, 'Asia/Kathmandu')} for you, GMT+5:45)`,
    );
  });
});

/**
 * Sentences with each inserted value merged back into the text around it:
 * the cases read as sentences (the isolation is tested on its own).
 */
function plain(lines: readonly (readonly Segment[])[]): Segment[][] {
  return lines.map((line) =>
    line.reduce<Segment[]>((merged, segment) => {
      const last = merged.at(-1);
      if (segment.slot) merged.push(segment);
      else if (last && !last.slot)
        merged[merged.length - 1] = { text: last.text + segment.text };
      else merged.push({ text: segment.text });
      return merged;
    }, []),
  );
}

/** The parts of a BannerText that each phase case checks. */
function said(text: BannerText) {
  return {
    phase: text.phase,
    headline: text.headline,
    when: text.when,
    countdown: text.countdown,
    details: plain(text.details),
    announcement: text.announcement,
  };
}

module('core | text: bannerText, phase by phase', function () {
  const start = dateTime(S, LA);
  const end = dateTime(E, LA);
  const countdownSentence: Segment[] = [
    { text: 'Starts in ' },
    { slot: 'countdown' },
  ];

  const CASES: {
    name?: string;
    settings?: MaintenanceSettings;
    now: number;
    expected: ReturnType<typeof said>;
  }[] = [
    {
      now: S - hours(5),
      expected: {
        phase: 'upcoming',
        headline: 'Scheduled maintenance',
        when: start,
        countdown: {
          target: S,
          datetime: '2027-02-18T18:00:00.000Z',
          granularity: 'hours',
          parts: { days: 0, hours: 5, minutes: 0, seconds: 0 },
          text: '5 hours',
          sentence: countdownSentence,
        },
        details: [[{ text: 'Expected to take about 1 hour.' }]],
        announcement: `Scheduled maintenance. ${start}. Expected to take about 1 hour.`,
      },
    },
    {
      now: S - minutes(10) + 1,
      expected: {
        phase: 'imminent',
        headline: 'Maintenance starts soon',
        when: start,
        countdown: {
          target: S,
          datetime: '2027-02-18T18:00:00.000Z',
          granularity: 'minutes',
          parts: { days: 0, hours: 0, minutes: 10, seconds: 0 },
          text: '10 minutes',
          sentence: countdownSentence,
        },
        details: [[{ text: 'Expected to take about 1 hour.' }]],
        announcement: `Maintenance starts soon. ${start}. Expected to take about 1 hour.`,
      },
    },
    {
      now: S + minutes(10),
      expected: {
        phase: 'in-progress',
        headline: 'Maintenance in progress',
        when: `Started ${start}`,
        countdown: null,
        details: [
          [
            {
              text: 'The forum may be unavailable until it is done. Updates in ',
            },
            { slot: 'channel' },
            { text: '.' },
          ],
          [{ text: `Expected to be done around ${end}.` }],
        ],
        announcement: `Maintenance in progress. The forum may be unavailable until it is done. Updates in #announcements. Started ${start}. Expected to be done around ${end}.`,
      },
    },
    {
      now: E + minutes(5),
      expected: {
        phase: 'overrun',
        headline: 'Maintenance is taking longer than planned',
        when: `Started ${start}`,
        countdown: null,
        details: [
          [
            { text: `It was expected to be done by ${end}. Follow ` },
            { slot: 'channel' },
            { text: ' for updates.' },
          ],
        ],
        announcement: `Maintenance is taking longer than planned. It was expected to be done by ${end}. Follow #announcements for updates. Started ${start}.`,
      },
    },
    {
      settings: {
        maintenance_banner_status: 'completed',
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      },
      now: COMPLETED + minutes(1),
      expected: {
        phase: 'completed',
        headline: 'Maintenance complete',
        when: null,
        countdown: null,
        details: [
          [
            {
              text: `Finished at ${dateTime(COMPLETED, LA)}. Thank you for your patience.`,
            },
          ],
        ],
        announcement: `Maintenance complete. Finished at ${dateTime(COMPLETED, LA)}. Thank you for your patience.`,
      },
    },
    {
      name: 'completed (no completed_at)',
      settings: { maintenance_banner_status: 'completed' },
      now: S + minutes(30),
      expected: {
        phase: 'completed',
        headline: 'Maintenance complete',
        when: null,
        countdown: null,
        details: [[{ text: 'Thank you for your patience.' }]],
        announcement: 'Maintenance complete. Thank you for your patience.',
      },
    },
    {
      settings: { maintenance_banner_status: 'cancelled' },
      now: S - hours(5),
      expected: {
        phase: 'cancelled',
        headline: 'Maintenance cancelled',
        when: null,
        countdown: null,
        details: [
          [{ text: `The maintenance planned for ${start} is cancelled.` }],
        ],
        announcement: `Maintenance cancelled. The maintenance planned for ${start} is cancelled.`,
      },
    },
  ];
  for (const { name, settings = {}, now, expected } of CASES) {
    test(name ?? expected.phase, function (assert) {
      const window = windowFrom(settings);
      assert.strictEqual(
        phaseAt(window, now),
        expected.phase,
        'the case is in its phase',
      );
      assert.deepEqual(
        said(bannerText(window, expected.phase, now, OPTIONS)),
        expected,
      );
    });
  }

  test('the admin message, channel and labels pass through as plain data', function (assert) {
    const message = 'a < b & "quotes" {channel} {{countdown}} <3 \u202Edir';
    const window = windowFrom({ maintenance_banner_message: message });
    const text = bannerText(window, 'upcoming', S - hours(5), OPTIONS);
    assert.strictEqual(text.message, message, 'not interpolated, not escaped');
    assert.deepEqual(text.channel, {
      name: '#announcements',
      url: CHANNEL_URL,
    });
    assert.deepEqual(text.labels, {
      region: 'Maintenance announcement',
      dismiss: 'Dismiss the maintenance announcement',
      newTab: ' (opens in a new tab)',
      reload: 'Reload the page',
      addToCalendar: 'Add to calendar',
      details: 'Details',
      show: 'Show',
      hideNotice: 'Hide this notice',
    });
    assert.deepEqual([text.longWindow, text.unknownDuration], [false, false]);
  });

  test('a viewer elsewhere sees both zones in "when"', function (assert) {
    const text = bannerText(windowFrom(), 'upcoming', S - hours(5), {
      locale: LOCALE,
      timeZone: 'Asia/Kathmandu',
    });
    assert.strictEqual(
      text.when,
      `${dateTime(S, LA)} · ${time(S, 'Asia/Kathmandu')} your time (GMT+5:45)`,
    );
    assert.true(
      text.announcement.includes('your time (GMT+5:45)'),
      text.announcement,
    );
  });

  test('the viewer zone defaults to the runtime zone', function (assert) {
    const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const window = windowFrom();
    assert.deepEqual(
      bannerText(window, 'in-progress', S, { locale: LOCALE }),
      bannerText(window, 'in-progress', S, {
        locale: LOCALE,
        timeZone: runtimeZone,
      }),
    );
  });
});

module('core | text: bannerText, length and channel notes', function () {
  const CASES: {
    name: string;
    settings: MaintenanceSettings;
    phase: Phase;
    now: number;
    details: Segment[][];
    channel: BannerText['channel'];
    longWindow: boolean;
    unknownDuration: boolean;
  }[] = [
    {
      name: 'unknown duration, upcoming',
      settings: { maintenance_banner_duration_minutes: 0 },
      phase: 'upcoming',
      now: S - hours(5),
      details: [[{ text: 'We are not sure how long it will take.' }]],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: false,
      unknownDuration: true,
    },
    {
      name: 'unknown duration, in progress',
      settings: { maintenance_banner_duration_minutes: 0 },
      phase: 'in-progress',
      now: S + hours(5),
      details: [
        [
          {
            text: 'The forum may be unavailable until it is done. Updates in ',
          },
          { slot: 'channel' },
          { text: '.' },
        ],
        [{ text: 'We are not sure how long it will take.' }],
      ],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: false,
      unknownDuration: true,
    },
    {
      name: 'exactly the long-window rule (120 min) is not long',
      settings: { maintenance_banner_duration_minutes: 120 },
      phase: 'upcoming',
      now: S - hours(5),
      details: [[{ text: 'Expected to take about 2 hours.' }]],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: false,
      unknownDuration: false,
    },
    {
      name: 'a long window (180 min) points to the channel',
      settings: { maintenance_banner_duration_minutes: 180 },
      phase: 'upcoming',
      now: S - hours(5),
      details: [
        [
          { text: 'This may take a while (about 3 hours): follow ' },
          { slot: 'channel' },
          { text: ' for updates.' },
        ],
      ],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: true,
      unknownDuration: false,
    },
    {
      name: 'a long window of 150 min, imminent',
      settings: { maintenance_banner_duration_minutes: 150 },
      phase: 'imminent',
      now: S - minutes(5),
      details: [
        [
          {
            text: 'This may take a while (about 2 hours, 30 minutes): follow ',
          },
          { slot: 'channel' },
          { text: ' for updates.' },
        ],
      ],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: true,
      unknownDuration: false,
    },
    {
      name: 'a week-long window',
      settings: { maintenance_banner_duration_minutes: 10_080 },
      phase: 'upcoming',
      now: S - hours(5),
      details: [
        [
          { text: 'This may take a while (about 7 days): follow ' },
          { slot: 'channel' },
          { text: ' for updates.' },
        ],
      ],
      channel: { name: '#announcements', url: CHANNEL_URL },
      longWindow: true,
      unknownDuration: false,
    },
    {
      name: 'a long window, no channel',
      settings: {
        maintenance_banner_duration_minutes: 1500,
        maintenance_banner_channel_name: '',
        maintenance_banner_channel_url: '',
      },
      phase: 'upcoming',
      now: S - hours(5),
      details: [[{ text: 'This may take a while (about 1 day, 1 hour).' }]],
      channel: null,
      longWindow: true,
      unknownDuration: false,
    },
    {
      name: 'in progress, no channel',
      settings: {
        maintenance_banner_channel_name: '',
        maintenance_banner_channel_url: '',
      },
      phase: 'in-progress',
      now: S + minutes(5),
      details: [
        [{ text: 'The forum may be unavailable until it is done.' }],
        [{ text: `Expected to be done around ${dateTime(E, LA)}.` }],
      ],
      channel: null,
      longWindow: false,
      unknownDuration: false,
    },
    {
      name: 'overrun, no channel',
      settings: {
        maintenance_banner_channel_name: '',
        maintenance_banner_channel_url: '',
      },
      phase: 'overrun',
      now: E + minutes(5),
      details: [
        [{ text: `It was expected to be done by ${dateTime(E, LA)}.` }],
      ],
      channel: null,
      longWindow: false,
      unknownDuration: false,
    },
    {
      name: 'a channel name without a link still names it',
      settings: {
        maintenance_banner_channel_name: '#ops',
        maintenance_banner_channel_url: '',
      },
      phase: 'overrun',
      now: E + minutes(5),
      details: [
        [
          { text: `It was expected to be done by ${dateTime(E, LA)}. Follow ` },
          { slot: 'channel' },
          { text: ' for updates.' },
        ],
      ],
      channel: { name: '#ops', url: null },
      longWindow: false,
      unknownDuration: false,
    },
    {
      name: 'a channel link without a name gets the fallback name',
      settings: { maintenance_banner_channel_name: '' },
      phase: 'in-progress',
      now: S + minutes(5),
      details: [
        [
          {
            text: 'The forum may be unavailable until it is done. Updates in ',
          },
          { slot: 'channel' },
          { text: '.' },
        ],
        [{ text: `Expected to be done around ${dateTime(E, LA)}.` }],
      ],
      channel: { name: 'the announcement channel', url: CHANNEL_URL },
      longWindow: false,
      unknownDuration: false,
    },
  ];
  for (const {
    name,
    settings,
    phase,
    now,
    details,
    channel,
    longWindow,
    unknownDuration,
  } of CASES) {
    test(name, function (assert) {
      const window = windowFrom(settings);
      assert.strictEqual(
        phaseAt(window, now),
        phase,
        'the case is in its phase',
      );
      const text = bannerText(window, phase, now, OPTIONS);
      assert.deepEqual(
        {
          details: plain(text.details),
          channel: text.channel,
          longWindow: text.longWindow,
          unknownDuration: text.unknownDuration,
        },
        { details, channel, longWindow, unknownDuration },
      );
    });
  }

  test('the channel slot reads as the channel name in the announcement', function (assert) {
    const window = windowFrom({ maintenance_banner_duration_minutes: 180 });
    assert.strictEqual(
      bannerText(window, 'upcoming', S - hours(5), OPTIONS).announcement,
      `Scheduled maintenance. ${dateTime(S, LA)}. This may take a while (about 3 hours): follow #announcements for updates.`,
    );
    const unnamed = windowFrom({ maintenance_banner_channel_name: '' });
    assert.true(
      bannerText(unnamed, 'in-progress', S, OPTIONS).announcement.includes(
        'Updates in the announcement channel.',
      ),
    );
  });
});

module('core | text: the announcement', function () {
  const window = windowFrom();
  const TICKS: { phase: Phase; instants: number[] }[] = [
    {
      phase: 'upcoming',
      instants: [
        S - hours(72),
        S - hours(50),
        S - hours(49),
        S - hours(10),
        S - minutes(31),
        S - minutes(30) - 1,
      ],
    },
    {
      phase: 'imminent',
      instants: [S - minutes(30), S - minutes(10), S - seconds(1), S - 1],
    },
    { phase: 'in-progress', instants: [S, S + minutes(30), E - 1] },
    { phase: 'overrun', instants: [E, E + hours(3), E + hours(24) - 1] },
  ];
  for (const { phase, instants } of TICKS) {
    test(`${phase}: the same announcement at every tick, never the count`, function (assert) {
      const texts = instants.map((now) =>
        bannerText(window, phase, now, OPTIONS),
      );
      assert.deepEqual(
        instants.map((now) => phaseAt(window, now)),
        instants.map(() => phase),
        'all instants are in the phase',
      );
      assert.strictEqual(
        new Set(texts.map((text) => text.announcement)).size,
        1,
        'one announcement',
      );
      assert.deepEqual(
        texts.filter(
          (text) =>
            text.countdown && text.announcement.includes(text.countdown.text),
        ),
        [],
        'the countdown is not in it',
      );
    });
  }

  test('the countdown itself does tick', function (assert) {
    const instants = TICKS[0]?.instants ?? [];
    const counts = instants.map(
      (now) => bannerText(window, 'upcoming', now, OPTIONS).countdown?.text,
    );
    assert.strictEqual(
      new Set(counts).size,
      instants.length,
      counts.join(' | '),
    );
  });

  test('every phase announces something different', function (assert) {
    const completed = windowFrom({ maintenance_banner_status: 'completed' });
    const cancelled = windowFrom({ maintenance_banner_status: 'cancelled' });
    const announcements = [
      bannerText(window, 'upcoming', S - hours(5), OPTIONS),
      bannerText(window, 'imminent', S - minutes(5), OPTIONS),
      bannerText(window, 'in-progress', S, OPTIONS),
      bannerText(window, 'overrun', E, OPTIONS),
      bannerText(completed, 'completed', S, OPTIONS),
      bannerText(cancelled, 'cancelled', S - hours(5), OPTIONS),
    ].map((text) => text.announcement);
    assert.strictEqual(
      new Set(announcements).size,
      6,
      announcements.join('\n'),
    );
  });
});

module('core | text: message overrides', function () {
  test('any string can be replaced; the rest stays English', function (assert) {
    const messages: Partial<Messages> = {
      'headline.upcoming': 'Heads up',
      'countdown.starts': 'T-minus {countdown}',
      'duration.known': 'Takes {duration}',
      'region.label': 'Notice',
    };
    const text = bannerText(windowFrom(), 'upcoming', S - hours(5), {
      ...OPTIONS,
      messages,
    });
    assert.strictEqual(text.headline, 'Heads up');
    assert.deepEqual(text.countdown?.sentence, [
      { text: 'T-minus ' },
      { slot: 'countdown' },
    ]);
    assert.deepEqual(plain(text.details), [[{ text: 'Takes 1 hour' }]]);
    assert.strictEqual(
      text.announcement,
      `Heads up. ${dateTime(S, LA)}. Takes 1 hour.`,
      'a sentence without an end gets a period',
    );
    assert.deepEqual(text.labels, {
      region: 'Notice',
      dismiss: 'Dismiss the maintenance announcement',
      newTab: ' (opens in a new tab)',
      reload: 'Reload the page',
      addToCalendar: 'Add to calendar',
      details: 'Details',
      show: 'Show',
      hideNotice: 'Hide this notice',
    });
  });

  const ENDINGS: { name: string; template: string; ends: string }[] = [
    {
      name: 'an exclamation mark',
      template: 'Takes {duration}!',
      ends: 'Takes 1 hour!',
    },
    {
      name: 'a question mark',
      template: 'Takes {duration}?',
      ends: 'Takes 1 hour?',
    },
    {
      name: 'a Japanese full stop',
      template: '所要時間は{duration}。',
      ends: '所要時間は1 hour。',
    },
  ];
  for (const { name, template, ends } of ENDINGS) {
    test(`a sentence closed by ${name} gets no extra period`, function (assert) {
      const text = bannerText(windowFrom(), 'upcoming', S - hours(5), {
        ...OPTIONS,
        messages: { 'duration.known': template },
      });
      assert.true(text.announcement.endsWith(` ${ends}`), text.announcement);
    });
  }

  test('the "when" and "announcement" templates are messages too', function (assert) {
    const text = bannerText(
      windowFrom({ maintenance_banner_status: 'cancelled' }),
      'cancelled',
      S - hours(5),
      {
        ...OPTIONS,
        messages: {
          'headline.cancelled': 'Called off',
          'cancelled.body': 'No maintenance on {when}.',
          announcement: '{headline}: {body}',
        },
      },
    );
    assert.strictEqual(
      text.announcement,
      `Called off: No maintenance on ${dateTime(S, LA)}.`,
    );
  });
});

module('core | text: nextTextChange', function () {
  const CASES: {
    name: string;
    settings?: MaintenanceSettings;
    now: number;
    next: number | null;
  }[] = [
    {
      name: 'before the notice → the notice starts',
      now: S - days(10),
      next: S - hours(72),
    },
    {
      name: 'upcoming, 50 h left (days) → 49 h left',
      now: S - hours(50),
      next: S - hours(49),
    },
    {
      name: 'upcoming, exactly 24 h left → 23:59 left (hours)',
      now: S - hours(24),
      next: S - hours(23) - minutes(59),
    },
    {
      name: 'upcoming, 5 h left → 4:59 left',
      now: S - hours(5),
      next: S - hours(4) - minutes(59),
    },
    {
      name: 'upcoming, 60 min left → 59:59 left (minutes)',
      now: S - minutes(60),
      next: S - minutes(59) - seconds(59),
    },
    {
      name: 'upcoming, 31 min left → 30:59 left',
      now: S - minutes(31),
      next: S - minutes(30) - seconds(59),
    },
    {
      name: 'upcoming, 30:00.5 left → imminent at 30:00',
      now: S - minutes(30) - 500,
      next: S - minutes(30),
    },
    {
      name: 'imminent, 10 min left → 9:59 left',
      now: S - minutes(10),
      next: S - minutes(9) - seconds(59),
    },
    { name: 'imminent, 1 ms left → the start', now: S - 1, next: S },
    { name: 'in progress → E', now: S, next: E },
    { name: 'overrun → forgotten', now: E, next: E + hours(24) },
    { name: 'forgotten → never', now: E + hours(24), next: null },
    {
      name: 'notice 1 h: before the notice → the notice, not a countdown tick',
      settings: { maintenance_banner_notice_hours: 1 },
      now: S - hours(2),
      next: S - hours(1),
    },
    {
      name: 'imminent 0: 1.5 s left → 1 s left',
      settings: { maintenance_banner_imminent_minutes: 0 },
      now: S - 1500,
      next: S - 1000,
    },
    {
      name: 'cancelled: no countdown, only the phase',
      settings: { maintenance_banner_status: 'cancelled' },
      now: S - hours(50),
      next: S,
    },
    {
      name: 'in_progress before S: no countdown',
      settings: { maintenance_banner_status: 'in_progress' },
      now: S - hours(5),
      next: E + hours(24),
    },
  ];
  for (const { name, settings = {}, now, next } of CASES) {
    test(name, function (assert) {
      const window = windowFrom(settings);
      const counting = ['upcoming', 'imminent'].includes(
        phaseAt(window, now) ?? '',
      );
      const tick = counting
        ? (countdown(S, now)?.nextChange ?? Infinity)
        : Infinity;
      const phaseChange = nextPhaseChange(window, now) ?? Infinity;
      const byRule = Math.min(tick, phaseChange);
      const expected = next === null ? Infinity : next;
      assert.strictEqual(nextTextChange(window, now), next);
      assert.strictEqual(
        expected,
        byRule,
        'min(countdown tick, phase change) while counting',
      );
    });
  }

  test('no window → null', function (assert) {
    assert.strictEqual(nextTextChange(null, S), null);
  });

  /** Everything a visitor could see or hear, as one string. */
  function shown(window: MaintenanceWindow, now: number): string {
    const phase = phaseAt(window, now);
    if (phase === null) return 'nothing';
    const text = bannerText(window, phase, now, OPTIONS);
    return JSON.stringify([
      text.announcement,
      text.details,
      text.countdown?.text ?? null,
    ]);
  }

  const WALKS: {
    name: string;
    settings: MaintenanceSettings;
    steps: number;
  }[] = [
    // The notice, then each of the 49 + 1380 + 3599 counts after the first (turning
    // imminent falls on the 30:00 tick), then S, E and forgotten.
    {
      name: 'scheduled, 60 min',
      settings: {},
      steps: 1 + (49 + 1380 + 3599 - 1) + 3,
    },
    {
      name: 'cancelled',
      settings: { maintenance_banner_status: 'cancelled' },
      steps: 2,
    },
  ];
  for (const { name, settings, steps } of WALKS) {
    test(`walking ${name}: the text changes at every step and only there`, function (assert) {
      const window = windowFrom(settings);
      const problems: string[] = [];
      let count = 0;
      let now = S - hours(80);
      for (
        let next = nextTextChange(window, now);
        next !== null;
        next = nextTextChange(window, now)
      ) {
        if (!(next > now)) problems.push(`not after now at ${now}`);
        if (shown(window, next - 1) !== shown(window, now))
          problems.push(`changed before ${next}`);
        if (shown(window, next) === shown(window, now))
          problems.push(`no change at ${next}`);
        now = next;
        if (++count > 10_000) break; // a bug, not an infinite loop
      }
      assert.deepEqual(problems.slice(0, 5), []);
      assert.strictEqual(count, steps);
      assert.strictEqual(
        shown(window, now),
        'nothing',
        'ends with nothing shown',
      );
    });
  }
});

module('core | text: the phase part and the ticking part', function () {
  const window = windowFrom();

  test('phaseText holds the countdown slot, not its reading', function (assert) {
    assert.deepEqual(phaseText(window, 'upcoming', OPTIONS).countdown, {
      target: S,
      datetime: '2027-02-18T18:00:00.000Z',
      sentence: [{ text: 'Starts in ' }, { slot: 'countdown' }],
    });
    assert.deepEqual(
      (['in-progress', 'overrun', 'cancelled'] as const).map(
        (phase) => phaseText(window, phase, OPTIONS).countdown,
      ),
      [null, null, null],
      'no countdown outside upcoming and imminent',
    );
  });

  test('bannerText is phaseText plus the reading at now', function (assert) {
    const { countdown: slot, ...rest } = phaseText(window, 'imminent', OPTIONS);
    const text = bannerText(window, 'imminent', S - minutes(10), OPTIONS);
    assert.deepEqual(
      { ...text, countdown: null },
      { ...rest, countdown: null },
    );
    assert.deepEqual(text.countdown, {
      ...slot,
      granularity: 'minutes',
      parts: { days: 0, hours: 0, minutes: 10, seconds: 0 },
      text: '10 minutes',
    });
  });

  const READINGS: {
    name: string;
    now: number;
    reading: ReturnType<typeof countdownText>;
  }[] = [
    {
      name: '2 days, 5 hours left',
      now: S - days(2) - hours(5),
      reading: {
        granularity: 'days',
        parts: { days: 2, hours: 5, minutes: 0, seconds: 0 },
        text: '2 days, 5 hours',
      },
    },
    {
      name: '1 ms left',
      now: S - 1,
      reading: {
        granularity: 'minutes',
        parts: { days: 0, hours: 0, minutes: 0, seconds: 1 },
        text: '1 second',
      },
    },
    { name: 'at the target', now: S, reading: null },
    { name: 'after the target', now: S + 1, reading: null },
  ];
  for (const { name, now, reading } of READINGS) {
    test(`countdownText: ${name}`, function (assert) {
      assert.deepEqual(countdownText(S, now, LOCALE), reading);
    });
  }

  const TICKS: {
    name: string;
    settings?: MaintenanceSettings;
    now: number;
    next: number | null;
  }[] = [
    { name: 'before the notice: not counting', now: S - days(10), next: null },
    {
      name: 'upcoming, 5 h left',
      now: S - hours(5),
      next: S - hours(4) - minutes(59),
    },
    { name: 'imminent, 1 ms left', now: S - 1, next: S },
    { name: 'in progress: not counting', now: S, next: null },
    {
      name: 'cancelled: not counting',
      settings: { maintenance_banner_status: 'cancelled' },
      now: S - hours(5),
      next: null,
    },
  ];
  for (const { name, settings = {}, now, next } of TICKS) {
    test(`nextCountdownChange: ${name}`, function (assert) {
      assert.strictEqual(nextCountdownChange(windowFrom(settings), now), next);
    });
  }

  test('nextCountdownChange without a window is null', function (assert) {
    assert.strictEqual(nextCountdownChange(null, S - hours(5)), null);
  });
});
