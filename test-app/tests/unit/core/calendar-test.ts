import { module, test } from 'qunit';
import ICAL from 'ical.js';
import {
  calendarFile,
  parseSettings,
  type MaintenanceWindow,
} from 'ember-maintenance-banner/core';
import {
  UNKNOWN_LENGTH_MINUTES,
  escapeText,
  foldLine,
} from '../../helpers/core-internals.ts';

const START = '2027-02-18T10:00:00-08:00';
const STAMP = Date.parse('2027-02-15T12:00:00Z');

function windowOf(overrides: Record<string, unknown> = {}): MaintenanceWindow {
  const result = parseSettings({
    maintenance_banner_enabled: true,
    maintenance_banner_starts_at: START,
    maintenance_banner_duration_minutes: 90,
    maintenance_banner_time_zone: 'America/Los_Angeles',
    maintenance_banner_channel_name: '#announcements',
    maintenance_banner_channel_url:
      'https://gophers.slack.com/messages/announcements',
    ...overrides,
  });
  if (!result.ok || !result.window) throw new Error('test window is invalid');
  return result.window;
}

const TEXT = {
  summary: 'Forum maintenance',
  description: ['We will upgrade Discourse.', 'Updates: #announcements'],
};

/** The file through a real iCalendar parser. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { calendar, event };
}

module('core | calendar', function () {
  test('a real parser reads the window back', function (assert) {
    const ics = calendarFile(windowOf(), TEXT, STAMP);
    const { calendar, event } = parse(ics);
    assert.strictEqual(calendar.getFirstPropertyValue('version'), '2.0');
    assert.strictEqual(event.startDate.toJSDate().getTime(), Date.parse(START));
    assert.strictEqual(
      event.endDate.toJSDate().getTime(),
      Date.parse(START) + 90 * 60_000,
    );
    assert.strictEqual(event.summary, 'Forum maintenance');
    assert.strictEqual(
      event.description,
      'We will upgrade Discourse.\nUpdates: #announcements',
    );
    assert.false(event.startDate.isDate, 'a date-time');
    assert.strictEqual(event.startDate.zone?.tzid, 'UTC', 'in UTC');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    assert.strictEqual(
      (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time)
        .toJSDate()
        .getTime(),
      STAMP,
    );
    assert.strictEqual(
      vevent.getFirstPropertyValue('url'),
      'https://gophers.slack.com/messages/announcements',
    );
    assert.strictEqual(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
  });

  test('every line ends with CRLF and none is longer than 75 octets', function (assert) {
    const ics = calendarFile(
      windowOf(),
      { summary: 'Wartung '.repeat(20), description: ['维护'.repeat(60)] },
      STAMP,
    );
    assert.true(ics.endsWith('\r\n'));
    assert.notOk(/[^\r]\n/.test(ics), 'no bare LF');
    const encoder = new TextEncoder();
    const lengths = ics
      .split('\r\n')
      .map((line) => encoder.encode(line).length);
    assert.true(
      Math.max(...lengths) <= 75,
      `longest line: ${Math.max(...lengths)} octets`,
    );
    assert.strictEqual(
      parse(ics).event.description,
      '维护'.repeat(60),
      'unfolds to the same text',
    );
  });

  test('an unknown length ends an hour after the start', function (assert) {
    const { event } = parse(
      calendarFile(
        windowOf({ maintenance_banner_duration_minutes: 0 }),
        TEXT,
        STAMP,
      ),
    );
    assert.strictEqual(
      event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime(),
      UNKNOWN_LENGTH_MINUTES * 60_000,
    );
  });

  test('the UID is stable for a window and new for a postponed one', function (assert) {
    const uid = (ics: string) => parse(ics).event.uid;
    const first = uid(calendarFile(windowOf(), TEXT, STAMP));
    assert.strictEqual(
      uid(calendarFile(windowOf(), TEXT, STAMP + 3_600_000)),
      first,
      'stable',
    );
    assert.strictEqual(
      uid(
        calendarFile(
          windowOf({ maintenance_banner_message: 'changed' }),
          TEXT,
          STAMP,
        ),
      ),
      first,
      'the same window with another message is the same event',
    );
    assert.notStrictEqual(
      uid(
        calendarFile(
          windowOf({
            maintenance_banner_starts_at: '2027-02-19T10:00:00-08:00',
          }),
          TEXT,
          STAMP,
        ),
      ),
      first,
    );
  });

  test('text is escaped per RFC 5545 and round-trips', function (assert) {
    const nasty = 'a;b,c\\d\nline two\r\nthree';
    assert.strictEqual(escapeText(nasty), 'a\\;b\\,c\\\\d\\nline two\\nthree');
    const { event } = parse(
      calendarFile(windowOf(), { summary: nasty, description: [] }, STAMP),
    );
    assert.strictEqual(event.summary, 'a;b,c\\d\nline two\nthree');
  });

  test('a cancelled window is a cancelled event; a non-https channel is left out', function (assert) {
    const ics = calendarFile(
      windowOf({
        maintenance_banner_status: 'cancelled',
        maintenance_banner_channel_url: 'slack://channel?team=T1&id=C1',
      }),
      TEXT,
      STAMP,
    );
    const vevent = parse(ics).calendar.getFirstSubcomponent('vevent')!;
    assert.strictEqual(vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.strictEqual(vevent.getFirstPropertyValue('url'), null);
  });

  test('folding never splits a character', function (assert) {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    assert.strictEqual(folded.replace(/\r\n /g, ''), line);
    for (const part of folded.split('\r\n')) {
      assert.true(new TextEncoder().encode(part).length <= 75);
    }
  });
});
