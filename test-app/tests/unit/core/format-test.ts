import { module, test } from 'qunit';
import {
  formatDateTime,
  formatDuration,
  localTimeZone,
  zoneName,
  zoneOffsetAt,
  type CountdownParts,
} from 'ember-maintenance-banner/core';
import { formatDurationFallback } from '../../helpers/core-internals.ts';
import { START, at } from '../../helpers/core.ts';

/** Instants on both sides of each zone change used below. */
const ZONES: { name: string; zone: string; instant: number; offset: number }[] =
  [
    // America/Los_Angeles: DST from 2027-03-14 02:00 PST, back 2027-11-07 02:00 PDT
    {
      name: 'Los Angeles, 1 ms before spring forward',
      zone: 'America/Los_Angeles',
      instant: at('2027-03-14T10:00:00Z') - 1,
      offset: -480,
    },
    {
      name: 'Los Angeles, at spring forward',
      zone: 'America/Los_Angeles',
      instant: at('2027-03-14T10:00:00Z'),
      offset: -420,
    },
    {
      name: 'Los Angeles, 1 ms before fall back',
      zone: 'America/Los_Angeles',
      instant: at('2027-11-07T09:00:00Z') - 1,
      offset: -420,
    },
    {
      name: 'Los Angeles, at fall back',
      zone: 'America/Los_Angeles',
      instant: at('2027-11-07T09:00:00Z'),
      offset: -480,
    },
    {
      name: 'Los Angeles, the example start (winter)',
      zone: 'America/Los_Angeles',
      instant: START,
      offset: -480,
    },
    { name: 'Shanghai', zone: 'Asia/Shanghai', instant: START, offset: 480 },
    { name: 'Kathmandu', zone: 'Asia/Kathmandu', instant: START, offset: 345 },
    { name: 'UTC', zone: 'UTC', instant: START, offset: 0 },
    // Australia/Lord_Howe: a 30-minute DST, ends 2027-04-04 02:00 (+11), starts 2027-10-03 02:00 (+10:30)
    {
      name: 'Lord Howe, 1 ms before DST ends',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-04-03T15:00:00Z') - 1,
      offset: 660,
    },
    {
      name: 'Lord Howe, at DST end',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-04-03T15:00:00Z'),
      offset: 630,
    },
    {
      name: 'Lord Howe, 1 ms before DST starts',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-10-02T15:30:00Z') - 1,
      offset: 630,
    },
    {
      name: 'Lord Howe, at DST start',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-10-02T15:30:00Z'),
      offset: 660,
    },
  ];

/** The same options the contract's "Tue, Feb 18, 10:00 AM PST" needs. */
function expectedDateTime(
  epochMs: number,
  timeZone: string,
  locale: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(epochMs);
}

function expectedZoneName(
  epochMs: number,
  timeZone: string,
  locale: string,
): string | undefined {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
}

module('core | format: zones', function () {
  for (const { name, zone, instant, offset } of ZONES) {
    test(`zoneOffsetAt: ${name} → ${offset}`, function (assert) {
      assert.strictEqual(zoneOffsetAt(instant, zone), offset);
    });

    test(`zoneName and formatDateTime: ${name}`, function (assert) {
      assert.strictEqual(
        zoneName(instant, zone, 'en-US'),
        expectedZoneName(instant, zone, 'en-US'),
      );
      assert.strictEqual(
        formatDateTime(instant, zone, 'en-US'),
        expectedDateTime(instant, zone, 'en-US'),
      );
    });
  }

  // Names stable across ICU versions, in en-US.
  const NAMES: {
    name: string;
    zone: string;
    instant: number;
    expected: string;
  }[] = [
    {
      name: 'Los Angeles in winter',
      zone: 'America/Los_Angeles',
      instant: START,
      expected: 'PST',
    },
    {
      name: 'Los Angeles in summer',
      zone: 'America/Los_Angeles',
      instant: at('2027-07-01T00:00:00Z'),
      expected: 'PDT',
    },
    {
      name: 'Shanghai',
      zone: 'Asia/Shanghai',
      instant: START,
      expected: 'GMT+8',
    },
    {
      name: 'Kathmandu',
      zone: 'Asia/Kathmandu',
      instant: START,
      expected: 'GMT+5:45',
    },
    { name: 'UTC', zone: 'UTC', instant: START, expected: 'UTC' },
    {
      name: 'Lord Howe in its summer (DST)',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-01-01T00:00:00Z'),
      expected: 'GMT+11',
    },
    {
      name: 'Lord Howe in its winter',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-07-01T00:00:00Z'),
      expected: 'GMT+10:30',
    },
  ];
  for (const { name, zone, instant, expected } of NAMES) {
    test(`zoneName in en-US: ${name} → ${expected}`, function (assert) {
      assert.strictEqual(zoneName(instant, zone, 'en-US'), expected);
    });
  }

  const DATES: {
    name: string;
    zone: string;
    instant: number;
    locale: string;
    contains: string[];
  }[] = [
    {
      name: 'the example start in Los Angeles',
      zone: 'America/Los_Angeles',
      instant: START,
      locale: 'en-US',
      contains: ['Thu', 'Feb 18', '10:00', 'AM', 'PST'],
    },
    {
      name: 'the example start in Kathmandu',
      zone: 'Asia/Kathmandu',
      instant: START,
      locale: 'en-US',
      contains: ['Thu', 'Feb 18', '11:45', 'PM', 'GMT+5:45'],
    },
    {
      name: 'the example start in Shanghai (the next day)',
      zone: 'Asia/Shanghai',
      instant: START,
      locale: 'en-US',
      contains: ['Fri', 'Feb 19', '2:00', 'AM', 'GMT+8'],
    },
    {
      name: 'the last PST minute',
      zone: 'America/Los_Angeles',
      instant: at('2027-03-14T10:00:00Z') - 1,
      locale: 'en-US',
      contains: ['Mar 14', '1:59', 'PST'],
    },
    {
      name: 'the first PDT minute',
      zone: 'America/Los_Angeles',
      instant: at('2027-03-14T10:00:00Z'),
      locale: 'en-US',
      contains: ['Mar 14', '3:00', 'PDT'],
    },
    {
      name: '1:00 AM PST after fall back',
      zone: 'America/Los_Angeles',
      instant: at('2027-11-07T09:00:00Z'),
      locale: 'en-US',
      contains: ['Nov 7', '1:00', 'PST'],
    },
    {
      name: 'Lord Howe at DST end (1:30 again)',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-04-03T15:00:00Z'),
      locale: 'en-US',
      contains: ['Apr 4', '1:30'],
    },
    {
      name: 'Lord Howe at DST start (2:00 → 2:30)',
      zone: 'Australia/Lord_Howe',
      instant: at('2027-10-02T15:30:00Z'),
      locale: 'en-US',
      contains: ['Oct 3', '2:30'],
    },
    {
      name: 'the example start in German',
      zone: 'Europe/Berlin',
      instant: START,
      locale: 'de-DE',
      contains: ['19:00'],
    },
  ];
  for (const { name, zone, instant, locale, contains } of DATES) {
    test(`formatDateTime: ${name}`, function (assert) {
      const text = formatDateTime(instant, zone, locale);
      assert.strictEqual(text, expectedDateTime(instant, zone, locale));
      assert.deepEqual(
        contains.filter((part) => !text.includes(part)),
        [],
        `${text} shows ${contains.join(', ')}`,
      );
    });
  }

  test('localTimeZone is the runtime zone', function (assert) {
    assert.strictEqual(
      localTimeZone(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});

type DurationFormatter = { format(duration: Partial<CountdownParts>): string };
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'long' },
) => DurationFormatter;
const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor })
  .DurationFormat;

module('core | format: durations', function () {
  const ENGLISH: { parts: Partial<CountdownParts>; expected: string }[] = [
    { parts: { days: 2, hours: 5 }, expected: '2 days, 5 hours' },
    { parts: { days: 1 }, expected: '1 day' },
    { parts: { days: 1, hours: 0, minutes: 0, seconds: 0 }, expected: '1 day' },
    { parts: { hours: 1, minutes: 1 }, expected: '1 hour, 1 minute' },
    { parts: { hours: 3, minutes: 12 }, expected: '3 hours, 12 minutes' },
    { parts: { minutes: 12, seconds: 5 }, expected: '12 minutes, 5 seconds' },
    { parts: { seconds: 1 }, expected: '1 second' },
    { parts: { days: 1, seconds: 30 }, expected: '1 day, 30 seconds' },
    {
      parts: { days: 1, hours: 2, minutes: 3, seconds: 4 },
      expected: '1 day, 2 hours, 3 minutes, 4 seconds',
    },
    { parts: { days: 7 }, expected: '7 days' },
    { parts: {}, expected: '0 seconds' },
    {
      parts: { days: 0, hours: 0, minutes: 0, seconds: 0 },
      expected: '0 seconds',
    },
  ];
  for (const { parts, expected } of ENGLISH) {
    test(`${JSON.stringify(parts)} → "${expected}" (both formatters)`, function (assert) {
      assert.strictEqual(
        formatDurationFallback(parts, 'en-US'),
        expected,
        'fallback',
      );
      assert.strictEqual(
        formatDuration(parts, 'en-US'),
        expected,
        'formatDuration',
      );
    });
  }

  // The fallback owns no words: each unit through NumberFormat, joined by ListFormat.
  const LOCALES = ['de-DE', 'fr-FR', 'ja-JP', 'ar-EG'];
  const PARTS: Partial<CountdownParts>[] = [
    { days: 2, hours: 5 },
    { minutes: 1, seconds: 1 },
    { days: 1, hours: 2, minutes: 3, seconds: 4 },
  ];
  for (const locale of LOCALES) {
    test(`the fallback in ${locale} is Intl's own words`, function (assert) {
      const byIntl = (parts: Partial<CountdownParts>) =>
        new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(
          (['days', 'hours', 'minutes', 'seconds'] as const)
            .filter((unit) => (parts[unit] ?? 0) > 0)
            .map((unit) =>
              new Intl.NumberFormat(locale, {
                style: 'unit',
                unit: unit.slice(0, -1),
                unitDisplay: 'long',
              }).format(parts[unit] ?? 0),
            ),
        );
      assert.deepEqual(
        PARTS.map((parts) => formatDurationFallback(parts, locale)),
        PARTS.map(byIntl),
      );
    });
  }

  test.if(
    'without Intl.DurationFormat, formatDuration is the fallback',
    DurationFormat === undefined,
    function (assert) {
      assert.deepEqual(
        [...PARTS, { seconds: 59 }].flatMap((parts) =>
          [...LOCALES, 'en-US'].map((locale) => formatDuration(parts, locale)),
        ),
        [...PARTS, { seconds: 59 }].flatMap((parts) =>
          [...LOCALES, 'en-US'].map((locale) =>
            formatDurationFallback(parts, locale),
          ),
        ),
      );
    },
  );

  test.if(
    'with Intl.DurationFormat, formatDuration is its long style',
    DurationFormat !== undefined,
    function (assert) {
      const Format = DurationFormat as DurationFormatConstructor;
      assert.deepEqual(
        PARTS.flatMap((parts) =>
          [...LOCALES, 'en-US'].map((locale) => formatDuration(parts, locale)),
        ),
        PARTS.flatMap((parts) =>
          [...LOCALES, 'en-US'].map((locale) =>
            new Format(locale, { style: 'long' }).format(parts),
          ),
        ),
      );
    },
  );
});

module('core | format: the zone after the time', function () {
  test('zh-CN: "2月18日周四 10:00 GMT-8", never the zone between date and time', function (assert) {
    const text = formatDateTime(
      Date.parse('2027-02-18T10:00:00-08:00'),
      'America/Los_Angeles',
      'zh-CN',
    );
    assert.true(text.endsWith(' GMT-8'), text);
    assert.strictEqual(text.indexOf('GMT'), text.length - 'GMT-8'.length);
    assert.true(text.includes('10:00'), text);
  });
});
