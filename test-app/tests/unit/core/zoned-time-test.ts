import { module, test } from 'qunit';
import {
  canonicalTimeZone,
  formatOffset,
  formatWallDate,
  formatWallTime,
  parseWallTime,
  readInstant,
  resolveWallTime,
  timeZoneNames,
  toZonedIso,
  wallTimeAt,
  zoneOffsetAt,
  type WallTime,
  type ZonedTime,
} from 'ember-maintenance-banner/core';
import { at, hours, minutes } from '../../helpers/core.ts';

const LA = 'America/Los_Angeles';

/** "2027-02-18", "10:00" → a wall time; throws when the test's own input is wrong. */
function wall(date: string, time: string): WallTime {
  const parsed = parseWallTime(date, time);
  if (!parsed) throw new Error(`not a wall time: ${date} ${time}`);
  return parsed;
}

function resolve(
  date: string,
  time: string,
  zone: string,
  repeated?: 'earlier' | 'later',
): ZonedTime {
  return resolveWallTime(wall(date, time), zone, { repeated });
}

type Kind<K extends ZonedTime['kind']> = Extract<ZonedTime, { kind: K }>;

/** The result, narrowed to `kind`; throws (failing the test) when it is another. */
function narrow<K extends ZonedTime['kind']>(
  result: ZonedTime,
  kind: K,
): Kind<K> {
  if (result.kind !== kind) {
    throw new Error(`expected a ${kind} wall time, got ${result.kind}`);
  }
  return result as Kind<K>;
}

const iso = (result: ZonedTime, zone: string) =>
  toZonedIso(result.epochMs, zone);

module('Unit | core | zoned time', function () {
  test('10:00 Pacific in February is 18:00 UTC, stored with -08:00', function (assert) {
    const result = resolve('2027-02-18', '10:00', LA);
    assert.strictEqual(result.kind, 'exact');
    assert.strictEqual(result.epochMs, at('2027-02-18T18:00:00Z'));
    assert.strictEqual(result.offsetMinutes, -480);
    assert.strictEqual(iso(result, LA), '2027-02-18T10:00:00-08:00');
  });

  test('after the March change the same wall time has -07:00', function (assert) {
    const before = resolve('2027-03-13', '10:00', LA);
    const after = resolve('2027-03-15', '10:00', LA);
    assert.strictEqual(iso(before, LA), '2027-03-13T10:00:00-08:00');
    assert.strictEqual(iso(after, LA), '2027-03-15T10:00:00-07:00');
    assert.strictEqual(
      after.epochMs - before.epochMs,
      hours(47),
      'the day of the change has 23 hours',
    );
  });

  test('02:30 on 2027-03-14 never happens in Los Angeles: it becomes 03:30 PDT', function (assert) {
    const result = narrow(resolve('2027-03-14', '02:30', LA), 'skipped');
    assert.strictEqual(iso(result, LA), '2027-03-14T03:30:00-07:00');
    assert.strictEqual(result.epochMs, at('2027-03-14T10:30:00Z'));
    assert.strictEqual(result.gapMinutes, 60);
    assert.strictEqual(formatWallTime(result.shiftedTo), '03:30');
    assert.strictEqual(result.transition.at, at('2027-03-14T10:00:00Z'));
    assert.strictEqual(formatWallTime(result.transition.wallBefore), '02:00');
    assert.strictEqual(formatWallTime(result.transition.wallAfter), '03:00');
    assert.deepEqual(
      [result.transition.offsetBefore, result.transition.offsetAfter],
      [-480, -420],
    );
  });

  test('the edges of the spring gap are exact', function (assert) {
    assert.strictEqual(
      iso(resolve('2027-03-14', '01:59', LA), LA),
      '2027-03-14T01:59:00-08:00',
    );
    assert.strictEqual(resolve('2027-03-14', '02:00', LA).kind, 'skipped');
    assert.strictEqual(resolve('2027-03-14', '02:59', LA).kind, 'skipped');
    const three = resolve('2027-03-14', '03:00', LA);
    assert.strictEqual(three.kind, 'exact');
    assert.strictEqual(iso(three, LA), '2027-03-14T03:00:00-07:00');
  });

  test('01:30 on 2027-11-07 happens twice: both instants, the first by default', function (assert) {
    const first = narrow(resolve('2027-11-07', '01:30', LA), 'repeated');
    assert.strictEqual(iso(first, LA), '2027-11-07T01:30:00-07:00');
    assert.deepEqual(
      first.candidates.map((candidate) => candidate.offsetMinutes),
      [-420, -480],
    );
    assert.strictEqual(
      first.candidates[1].epochMs - first.candidates[0].epochMs,
      hours(1),
    );
    assert.strictEqual(formatWallTime(first.transition.wallBefore), '02:00');
    assert.strictEqual(formatWallTime(first.transition.wallAfter), '01:00');

    const second = resolve('2027-11-07', '01:30', LA, 'later');
    assert.strictEqual(iso(second, LA), '2027-11-07T01:30:00-08:00');
    assert.strictEqual(second.epochMs, first.candidates[1].epochMs);
  });

  test('Europe and the southern hemisphere, half-hour changes, odd offsets', function (assert) {
    const berlin = resolve('2027-10-31', '02:30', 'Europe/Berlin');
    assert.strictEqual(berlin.kind, 'repeated');
    assert.strictEqual(
      iso(berlin, 'Europe/Berlin'),
      '2027-10-31T02:30:00+02:00',
    );

    // Lord Howe Island moves its clocks by 30 minutes, on 2027-10-03 at 02:00.
    const howe = narrow(
      resolve('2027-10-03', '02:15', 'Australia/Lord_Howe'),
      'skipped',
    );
    assert.strictEqual(howe.gapMinutes, 30);
    assert.strictEqual(
      iso(howe, 'Australia/Lord_Howe'),
      '2027-10-03T02:45:00+11:00',
    );

    const nepal = resolve('2027-02-18', '23:45', 'Asia/Kathmandu');
    assert.strictEqual(
      iso(nepal, 'Asia/Kathmandu'),
      '2027-02-18T23:45:00+05:45',
    );
    assert.strictEqual(nepal.epochMs, at('2027-02-18T18:00:00Z'));

    const chatham = resolve('2027-07-01', '12:00', 'Pacific/Chatham');
    assert.strictEqual(
      iso(chatham, 'Pacific/Chatham'),
      '2027-07-01T12:00:00+12:45',
    );
  });

  test('every wall time read back from an instant resolves to that instant', function (assert) {
    const zones = [
      LA,
      'Europe/Berlin',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'America/Santiago',
      'UTC',
    ];
    const failures: string[] = [];
    let checked = 0;
    // Every 7 h 37 min over two years crosses each change at a new minute.
    for (
      let t = at('2026-12-01T00:00:00Z');
      t < at('2028-12-01T00:00:00Z');
      t += hours(7) + minutes(37)
    ) {
      for (const zone of zones) {
        const result = resolveWallTime(wallTimeAt(t, zone), zone);
        const instants =
          result.kind === 'repeated'
            ? result.candidates.map((candidate) => candidate.epochMs)
            : [result.epochMs];
        if (result.kind === 'skipped' || !instants.includes(t)) {
          failures.push(`${zone} ${new Date(t).toISOString()}`);
        }
        const stored = readInstant(toZonedIso(t, zone));
        if (!stored.ok || stored.epochMs !== t) {
          failures.push(`${zone} ${toZonedIso(t, zone)} does not read back`);
        }
        checked++;
      }
    }
    assert.deepEqual(failures, []);
    assert.true(checked > 12_000, `${checked} instants checked`);
  });

  test('the offset, with and without daylight saving time and in quarter hours', function (assert) {
    for (const [instant, zone, expected] of [
      ['2027-02-18T18:00:00Z', LA, -480],
      ['2027-07-18T18:00:00Z', LA, -420],
      ['2027-02-18T18:00:00Z', 'Asia/Kathmandu', 345],
      ['2027-02-18T18:00:00Z', 'UTC', 0],
    ] as const) {
      assert.strictEqual(zoneOffsetAt(at(instant), zone), expected, zone);
    }
  });

  test('toZonedIso: seconds kept, milliseconds dropped, +00:00 for UTC', function (assert) {
    assert.strictEqual(
      toZonedIso(at('2027-02-18T18:00:30.750Z'), LA),
      '2027-02-18T10:00:30-08:00',
    );
    assert.strictEqual(
      toZonedIso(at('2027-02-18T18:00:00Z'), 'UTC'),
      '2027-02-18T18:00:00+00:00',
    );
    assert.strictEqual(formatOffset(-480), '-08:00');
    assert.strictEqual(formatOffset(345), '+05:45');
    assert.strictEqual(formatOffset(0), '+00:00');
  });

  test('parseWallTime reads what date and time inputs give, and nothing unreal', function (assert) {
    const read = parseWallTime('2027-02-18', '10:00:30');
    assert.deepEqual(read, {
      year: 2027,
      month: 2,
      day: 18,
      hour: 10,
      minute: 0,
      second: 30,
    });
    assert.strictEqual(
      formatWallDate(wall('0999-01-02', '00:00')),
      '0999-01-02',
    );
    assert.strictEqual(formatWallTime(wall('2027-02-18', '09:05')), '09:05');
    assert.strictEqual(
      parseWallTime('2028-02-29', '10:00')?.day,
      29,
      'a leap day',
    );
    for (const [date, time] of [
      ['2027-02-29', '10:00'],
      ['2027-04-31', '10:00'],
      ['2027-13-01', '10:00'],
      ['2027-02-18', '24:00'],
      ['2027-02-18', '10:60'],
      ['2027-02-18', '10'],
      ['18/02/2027', '10:00'],
      ['', '10:00'],
      ['2027-02-18', ''],
    ]) {
      assert.strictEqual(parseWallTime(date!, time!), null, `${date} ${time}`);
    }
  });

  test('zone names: the runtime list, UTC and the extras, sorted', function (assert) {
    const names = timeZoneNames(['Etc/GMT+8', 'Not/AZone']);
    assert.true(names.includes('UTC'));
    assert.true(names.includes(LA));
    assert.true(names.includes('Etc/GMT+8'), 'a valid extra is added');
    assert.false(names.includes('Not/AZone'), 'an unknown extra is not');
    assert.strictEqual(new Set(names).size, names.length, 'no duplicates');
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
    assert.true(names.length > 300, `${names.length} zones`);
  });

  test('canonicalTimeZone: the runtime spelling, and null for what is not a zone', function (assert) {
    assert.strictEqual(canonicalTimeZone('asia/tokyo'), 'Asia/Tokyo');
    assert.strictEqual(canonicalTimeZone(' America/Los_Angeles '), LA);
    assert.strictEqual(canonicalTimeZone('UTC'), 'UTC');
    assert.strictEqual(
      canonicalTimeZone('+05:30'),
      null,
      'an offset is not a zone',
    );
    assert.strictEqual(canonicalTimeZone('Mars/Olympus_Mons'), null);
    assert.strictEqual(canonicalTimeZone(''), null);
  });
});
