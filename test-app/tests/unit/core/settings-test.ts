import { module, test } from 'qunit';
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  SETTING_KEYS,
  STATUSES,
  describe,
  parseSettings,
  readSettings,
  registerSettingTexts,
  settingProblems,
  validateSettings,
  type MaintenanceSettings,
  type MaintenanceWindow,
  type SettingErrorCode,
  type SettingKey,
} from 'ember-maintenance-banner/core';
import zhCN from 'ember-maintenance-banner/admin/locales/zh-CN';
import {
  CHANNEL_URL,
  START,
  at,
  days,
  droppedOf,
  errorsOf,
  minutes,
  settings,
  windowFrom,
} from '../../helpers/core.ts';

/** Only the fields a case cares about. */
function pick(
  window: MaintenanceWindow,
  expected: Partial<MaintenanceWindow>,
): object {
  return Object.fromEntries(
    Object.keys(expected).map((key) => [
      key,
      window[key as keyof MaintenanceWindow],
    ]),
  );
}

module('core | settings: contract', function () {
  test('the defaults are the contract table', function (assert) {
    assert.deepEqual(
      { ...DEFAULT_SETTINGS },
      {
        maintenance_banner_enabled: false,
        maintenance_banner_starts_at: '',
        maintenance_banner_duration_minutes: 60,
        maintenance_banner_time_zone: 'UTC',
        maintenance_banner_message: '',
        maintenance_banner_channel_name: '#announcements',
        maintenance_banner_channel_url: '',
        maintenance_banner_status: 'scheduled',
        maintenance_banner_completed_at: '',
        maintenance_banner_notice_hours: 72,
        maintenance_banner_imminent_minutes: 30,
        maintenance_banner_long_window_minutes: 120,
        maintenance_banner_completed_notice_minutes: 30,
        maintenance_banner_dismissible: true,
        maintenance_banner_health_url: '/srv/status',
      },
    );
    assert.deepEqual(
      SETTING_KEYS,
      Object.keys(DEFAULT_SETTINGS),
      'one key list',
    );
    assert.true(
      Object.isFrozen(DEFAULT_SETTINGS),
      'nobody can change the defaults',
    );
    assert.deepEqual(
      [...STATUSES],
      ['scheduled', 'in_progress', 'completed', 'cancelled'],
    );
  });

  test('the integer limits are the contract table', function (assert) {
    const limits = (spec: { min: number; max: number }) => [spec.min, spec.max];
    assert.deepEqual(
      {
        duration: limits(SETTINGS.maintenance_banner_duration_minutes),
        notice: limits(SETTINGS.maintenance_banner_notice_hours),
        imminent: limits(SETTINGS.maintenance_banner_imminent_minutes),
        long: limits(SETTINGS.maintenance_banner_long_window_minutes),
        completedNotice: limits(
          SETTINGS.maintenance_banner_completed_notice_minutes,
        ),
      },
      {
        duration: [0, 10_080],
        notice: [1, 720],
        imminent: [0, 1440],
        long: [1, 10_080],
        completedNotice: [0, 1440],
      },
    );
  });

  test('the defaults are valid and switched off', function (assert) {
    assert.deepEqual(validateSettings(DEFAULT_SETTINGS), []);
    assert.deepEqual(parseSettings(DEFAULT_SETTINGS), {
      ok: true,
      window: null,
    });
  });

  test('enabled with only a start, every other key takes its default', function (assert) {
    const result = parseSettings({
      maintenance_banner_enabled: true,
      maintenance_banner_starts_at: '2027-02-18T10:00:00-08:00',
    });
    assert.deepEqual(result, {
      ok: true,
      window: {
        startsAt: START,
        durationMinutes: 60,
        endsAt: START + minutes(60),
        timeZone: 'UTC',
        message: '',
        channel: { name: '#announcements', url: null },
        status: 'scheduled',
        completedAt: null,
        noticeHours: 72,
        imminentMinutes: 30,
        longWindowMinutes: 120,
        completedNoticeMinutes: 30,
        dismissible: true,
        healthUrl: '/srv/status',
      },
    });
  });

  test('null and undefined values mean "not set" and take the defaults', function (assert) {
    const unset = Object.fromEntries(
      SETTING_KEYS.map((key, index) => [
        key,
        index % 2 === 0 ? null : undefined,
      ]),
    ) as MaintenanceSettings;
    const window = windowFrom({
      ...unset,
      maintenance_banner_enabled: true,
      maintenance_banner_starts_at: '2027-02-18T18:00:00Z',
    });
    assert.deepEqual(
      window,
      windowFrom({
        maintenance_banner_starts_at: '2027-02-18T18:00:00Z',
        maintenance_banner_duration_minutes: 60,
        maintenance_banner_time_zone: 'UTC',
        maintenance_banner_channel_url: '',
      }),
    );
  });
});

module('core | settings: switched off or absent', function () {
  const OFF: { name: string; input: unknown }[] = [
    { name: 'null (no settings yet)', input: null },
    { name: 'undefined (no settings yet)', input: undefined },
    { name: 'an empty object', input: {} },
    { name: 'enabled false', input: { maintenance_banner_enabled: false } },
    { name: 'enabled "false"', input: { maintenance_banner_enabled: 'false' } },
    { name: 'enabled "f"', input: { maintenance_banner_enabled: 'f' } },
    { name: 'enabled "0"', input: { maintenance_banner_enabled: '0' } },
    {
      name: 'disabled, every other key nonsense',
      input: {
        maintenance_banner_enabled: false,
        maintenance_banner_starts_at: 'next Tuesday',
        maintenance_banner_duration_minutes: -5,
        maintenance_banner_time_zone: 'Mars/Olympus',
        maintenance_banner_channel_url: 'javascript:alert(1)',
        maintenance_banner_status: 'done',
      },
    },
  ];
  for (const { name, input } of OFF) {
    test(`${name} → no window and no warnings`, function (assert) {
      assert.deepEqual(parseSettings(input), { ok: true, window: null });
    });
  }

  test('switched off, an empty start is not an error', function (assert) {
    assert.deepEqual(
      validateSettings({ maintenance_banner_enabled: false }),
      [],
    );
  });

  test('validateSettings still reports other keys of a switched-off banner (the admin form)', function (assert) {
    const errors = validateSettings({
      maintenance_banner_enabled: false,
      maintenance_banner_duration_minutes: 'abc',
    });
    assert.deepEqual(
      errors.map((error) => [error.key, error.code]),
      [['maintenance_banner_duration_minutes', 'not_integer']],
    );
  });
});

module('core | settings: values as Discourse holds them', function () {
  const READINGS: {
    name: string;
    overrides: MaintenanceSettings;
    expect: Partial<MaintenanceWindow>;
  }[] = [
    {
      name: 'enabled "true"',
      overrides: { maintenance_banner_enabled: 'true' },
      expect: { startsAt: START },
    },
    {
      name: 'enabled "t"',
      overrides: { maintenance_banner_enabled: 't' },
      expect: { startsAt: START },
    },
    {
      name: 'enabled " TRUE "',
      overrides: { maintenance_banner_enabled: ' TRUE ' },
      expect: { startsAt: START },
    },
    {
      name: 'enabled "1"',
      overrides: { maintenance_banner_enabled: '1' },
      expect: { startsAt: START },
    },
    {
      name: 'duration "60"',
      overrides: { maintenance_banner_duration_minutes: '60' },
      expect: { durationMinutes: 60, endsAt: START + minutes(60) },
    },
    {
      name: 'duration 90',
      overrides: { maintenance_banner_duration_minutes: 90 },
      expect: { durationMinutes: 90, endsAt: START + minutes(90) },
    },
    {
      name: 'duration " 45 " (padded)',
      overrides: { maintenance_banner_duration_minutes: ' 45 ' },
      expect: { durationMinutes: 45 },
    },
    {
      name: 'duration 10080 (the maximum, 7 days)',
      overrides: { maintenance_banner_duration_minutes: 10_080 },
      expect: { durationMinutes: 10_080, endsAt: START + days(7) },
    },
    {
      name: 'duration 0 = unknown',
      overrides: { maintenance_banner_duration_minutes: 0 },
      expect: { durationMinutes: null, endsAt: null },
    },
    {
      name: 'duration "0" = unknown',
      overrides: { maintenance_banner_duration_minutes: '0' },
      expect: { durationMinutes: null, endsAt: null },
    },
    {
      name: 'notice "48", imminent 0, long "240", completed notice "0"',
      overrides: {
        maintenance_banner_notice_hours: '48',
        maintenance_banner_imminent_minutes: 0,
        maintenance_banner_long_window_minutes: '240',
        maintenance_banner_completed_notice_minutes: '0',
      },
      expect: {
        noticeHours: 48,
        imminentMinutes: 0,
        longWindowMinutes: 240,
        completedNoticeMinutes: 0,
      },
    },
    {
      name: 'notice 720 hours (the maximum)',
      overrides: { maintenance_banner_notice_hours: 720 },
      expect: { noticeHours: 720 },
    },
    {
      name: 'dismissible "f"',
      overrides: { maintenance_banner_dismissible: 'f' },
      expect: { dismissible: false },
    },
    {
      name: 'dismissible "false"',
      overrides: { maintenance_banner_dismissible: 'false' },
      expect: { dismissible: false },
    },
    {
      name: 'dismissible false',
      overrides: { maintenance_banner_dismissible: false },
      expect: { dismissible: false },
    },
    {
      name: 'dismissible "t"',
      overrides: { maintenance_banner_dismissible: 't' },
      expect: { dismissible: true },
    },
    ...STATUSES.map((status) => ({
      name: `status "${status}"`,
      overrides: { maintenance_banner_status: status },
      expect: { status },
    })),
    {
      name: 'status " in_progress " (padded)',
      overrides: { maintenance_banner_status: ' in_progress ' },
      expect: { status: 'in_progress' as const },
    },
    {
      name: 'completed_at with an offset',
      overrides: {
        maintenance_banner_completed_at: '2027-02-18T11:30:00-08:00',
      },
      expect: { completedAt: START + minutes(90) },
    },
    {
      name: 'completed_at "" (not set)',
      overrides: { maintenance_banner_completed_at: '' },
      expect: { completedAt: null },
    },
  ];
  for (const { name, overrides, expect } of READINGS) {
    test(`reads ${name}`, function (assert) {
      assert.deepEqual(pick(windowFrom(overrides), expect), expect);
    });
  }
});

module('core | settings: accepted instants', function () {
  const INSTANTS: { name: string; value: string; epochMs: number }[] = [
    { name: 'Z', value: '2027-02-18T18:00:00Z', epochMs: START },
    { name: 'lowercase z', value: '2027-02-18T18:00:00z', epochMs: START },
    { name: 'lowercase t', value: '2027-02-18t18:00:00Z', epochMs: START },
    {
      name: '+05:45 (Kathmandu)',
      value: '2027-02-18T23:45:00+05:45',
      epochMs: START,
    },
    {
      name: '-0800 (no colon)',
      value: '2027-02-18T10:00:00-0800',
      epochMs: START,
    },
    {
      name: '+09 (hours only)',
      value: '2027-02-19T03:00:00+09',
      epochMs: START,
    },
    {
      name: '-08:00 without seconds',
      value: '2027-02-18T10:00-08:00',
      epochMs: START,
    },
    {
      name: 'fractional seconds',
      value: '2027-02-18T18:00:00.250Z',
      epochMs: START + 250,
    },
    {
      name: 'nanoseconds (cut to ms)',
      value: '2027-02-18T18:00:00.123456789Z',
      epochMs: START + 123,
    },
    {
      name: 'a comma before the fraction',
      value: '2027-02-18T18:00:00,5Z',
      epochMs: START + 500,
    },
    {
      name: 'a space instead of T',
      value: '2027-02-18 10:00:00-08:00',
      epochMs: START,
    },
    {
      name: 'surrounding whitespace',
      value: '  2027-02-18T18:00:00Z\n',
      epochMs: START,
    },
    {
      name: 'a leap day',
      value: '2028-02-29T00:00:00Z',
      epochMs: at('2028-02-29T00:00:00Z'),
    },
    {
      name: 'a year before 100 (not 1999)',
      value: '0099-01-01T00:00:00Z',
      epochMs: at('0099-01-01T00:00:00Z'),
    },
  ];
  for (const { name, value, epochMs } of INSTANTS) {
    test(`starts_at with ${name}`, function (assert) {
      assert.strictEqual(
        windowFrom({ maintenance_banner_starts_at: value }).startsAt,
        epochMs,
        value,
      );
    });
  }
});

module('core | settings: accepted text, links and zones', function () {
  const ACCEPTED: {
    name: string;
    overrides: MaintenanceSettings;
    expect: Partial<MaintenanceWindow>;
  }[] = [
    {
      name: 'a slack: deep link for the channel',
      overrides: {
        maintenance_banner_channel_url: 'slack://channel?team=T0123&id=C0456',
      },
      expect: {
        channel: {
          name: '#announcements',
          url: 'slack://channel?team=T0123&id=C0456',
        },
      },
    },
    {
      name: 'an https: link for the channel',
      overrides: { maintenance_banner_channel_url: ` ${CHANNEL_URL} ` },
      expect: { channel: { name: '#announcements', url: CHANNEL_URL } },
    },
    {
      name: 'no channel link',
      overrides: { maintenance_banner_channel_url: '' },
      expect: { channel: { name: '#announcements', url: null } },
    },
    {
      name: 'no channel at all',
      overrides: {
        maintenance_banner_channel_name: '',
        maintenance_banner_channel_url: '',
      },
      expect: { channel: { name: '', url: null } },
    },
    {
      name: 'a same-origin health path',
      overrides: { maintenance_banner_health_url: '/srv/status' },
      expect: { healthUrl: '/srv/status' },
    },
    {
      name: 'a health path with a query',
      overrides: { maintenance_banner_health_url: '/-/healthy?format=text' },
      expect: { healthUrl: '/-/healthy?format=text' },
    },
    {
      name: 'an https: health link',
      overrides: {
        maintenance_banner_health_url: 'https://status.example.com/ok',
      },
      expect: { healthUrl: 'https://status.example.com/ok' },
    },
    {
      name: 'no health check',
      overrides: { maintenance_banner_health_url: '' },
      expect: { healthUrl: null },
    },
    {
      name: '"<3" in the message (not HTML)',
      overrides: { maintenance_banner_message: 'Thanks for your patience <3' },
      expect: { message: 'Thanks for your patience <3' },
    },
    {
      name: '"a < b" in the message (not HTML)',
      overrides: {
        maintenance_banner_message: 'Downtime will be a < b hours, and b > a.',
      },
      expect: { message: 'Downtime will be a < b hours, and b > a.' },
    },
    {
      name: '"{{" braces and placeholders in the message (plain text)',
      overrides: {
        maintenance_banner_message: '{{channel}} {countdown} {{{raw}}}',
      },
      expect: { message: '{{channel}} {countdown} {{{raw}}}' },
    },
    {
      name: 'RTL override characters in the message (plain text)',
      overrides: {
        maintenance_banner_message:
          '\u202Egnp.exe\u202C and \u2067isolate\u2069',
      },
      expect: { message: '\u202Egnp.exe\u202C and \u2067isolate\u2069' },
    },
    {
      name: 'line breaks and tabs in the message',
      overrides: {
        maintenance_banner_message: 'Line one\r\nLine two\tindented',
      },
      expect: { message: 'Line one\r\nLine two\tindented' },
    },
    {
      name: 'a padded message (trimmed)',
      overrides: { maintenance_banner_message: '   Back soon.  \n' },
      expect: { message: 'Back soon.' },
    },
    {
      name: '500 emoji in the message (code points, not UTF-16 units)',
      overrides: { maintenance_banner_message: '😀'.repeat(500) },
      expect: { message: '😀'.repeat(500) },
    },
    {
      name: '80 characters in the channel name',
      overrides: { maintenance_banner_channel_name: 'c'.repeat(80) },
      expect: { channel: { name: 'c'.repeat(80), url: CHANNEL_URL } },
    },
    {
      name: 'zone Asia/Kathmandu',
      overrides: { maintenance_banner_time_zone: 'Asia/Kathmandu' },
      expect: { timeZone: 'Asia/Kathmandu' },
    },
    {
      name: 'zone Australia/Lord_Howe',
      overrides: { maintenance_banner_time_zone: 'Australia/Lord_Howe' },
      expect: { timeZone: 'Australia/Lord_Howe' },
    },
    {
      name: 'zone " UTC " (trimmed)',
      overrides: { maintenance_banner_time_zone: ' UTC ' },
      expect: { timeZone: 'UTC' },
    },
  ];
  for (const { name, overrides, expect } of ACCEPTED) {
    test(`accepts ${name}`, function (assert) {
      assert.deepEqual(pick(windowFrom(overrides), expect), expect);
    });
  }
});

/** What an invalid optional value reads as in the window: left out. */
const LEFT_OUT: Partial<Record<SettingKey, Partial<MaintenanceWindow>>> = {
  maintenance_banner_message: { message: '' },
  maintenance_banner_channel_name: {
    channel: { name: '', url: CHANNEL_URL },
  },
  maintenance_banner_channel_url: {
    channel: { name: '#announcements', url: null },
  },
  maintenance_banner_health_url: { healthUrl: null },
};

module(
  'core | settings: rejected, with a message a person can act on',
  function () {
    const BAD: {
      name: string;
      overrides: MaintenanceSettings;
      key: SettingKey;
      code: SettingErrorCode;
      /** What the message must say: the offending value and/or the fix. */
      mentions: string[];
    }[] = [
      // starts_at
      {
        name: 'an empty start when enabled',
        overrides: { maintenance_banner_starts_at: '' },
        key: 'maintenance_banner_starts_at',
        code: 'required',
        mentions: ['Set the start', '2027-02-18T10:00:00-08:00'],
      },
      {
        name: 'a blank start when enabled',
        overrides: { maintenance_banner_starts_at: '   ' },
        key: 'maintenance_banner_starts_at',
        code: 'required',
        mentions: ['Set the start'],
      },
      {
        name: 'no start key when enabled',
        overrides: { maintenance_banner_starts_at: undefined },
        key: 'maintenance_banner_starts_at',
        code: 'required',
        mentions: ['Set the start'],
      },
      {
        name: 'a malformed start',
        overrides: { maintenance_banner_starts_at: 'next Tuesday' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_format',
        mentions: ['"next Tuesday"', 'ISO 8601'],
      },
      {
        name: 'a start in day/month/year order',
        overrides: { maintenance_banner_starts_at: '18/02/2027 10:00' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_format',
        mentions: ['"18/02/2027 10:00"'],
      },
      {
        name: 'a start as epoch milliseconds',
        overrides: { maintenance_banner_starts_at: START },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_format',
        mentions: [String(START)],
      },
      {
        name: 'a start with a one-digit offset minute',
        overrides: { maintenance_banner_starts_at: '2027-02-18T10:00:00+05:4' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_format',
        mentions: ['"2027-02-18T10:00:00+05:4"'],
      },
      {
        name: 'a start without an offset',
        overrides: { maintenance_banner_starts_at: '2027-02-18T10:00' },
        key: 'maintenance_banner_starts_at',
        code: 'missing_offset',
        mentions: ['"2027-02-18T10:00"', '"Z"', '"-08:00"'],
      },
      {
        name: 'a start with seconds but no offset',
        overrides: { maintenance_banner_starts_at: '2027-02-18 10:00:00' },
        key: 'maintenance_banner_starts_at',
        code: 'missing_offset',
        mentions: ['"2027-02-18 10:00:00"', 'offset'],
      },
      {
        name: 'February 30',
        overrides: { maintenance_banner_starts_at: '2027-02-30T10:00:00Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-30T10:00:00Z"', 'not a real date'],
      },
      {
        name: 'February 29 in a common year',
        overrides: { maintenance_banner_starts_at: '2027-02-29T10:00:00Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-29T10:00:00Z"'],
      },
      {
        name: 'month 13',
        overrides: { maintenance_banner_starts_at: '2027-13-01T10:00:00Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-13-01T10:00:00Z"'],
      },
      {
        name: 'hour 24',
        overrides: { maintenance_banner_starts_at: '2027-02-18T24:00:00Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-18T24:00:00Z"'],
      },
      {
        name: 'minute 60',
        overrides: { maintenance_banner_starts_at: '2027-02-18T10:60:00Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-18T10:60:00Z"'],
      },
      {
        name: 'second 60',
        overrides: { maintenance_banner_starts_at: '2027-02-18T10:00:60Z' },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-18T10:00:60Z"'],
      },
      {
        name: 'offset +25:00',
        overrides: {
          maintenance_banner_starts_at: '2027-02-18T10:00:00+25:00',
        },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-18T10:00:00+25:00"'],
      },
      {
        name: 'offset +05:60',
        overrides: {
          maintenance_banner_starts_at: '2027-02-18T10:00:00+05:60',
        },
        key: 'maintenance_banner_starts_at',
        code: 'invalid_date',
        mentions: ['"2027-02-18T10:00:00+05:60"'],
      },
      {
        name: 'a malformed completed_at',
        overrides: { maintenance_banner_completed_at: 'yesterday' },
        key: 'maintenance_banner_completed_at',
        code: 'invalid_format',
        mentions: ['"yesterday"'],
      },
      {
        name: 'completed_at without an offset',
        overrides: { maintenance_banner_completed_at: '2027-02-18T11:30' },
        key: 'maintenance_banner_completed_at',
        code: 'missing_offset',
        mentions: ['"2027-02-18T11:30"'],
      },
      // time zone
      ...['Pacific', '+05:30', 'Mars/Olympus', '', 'America/Los Angeles'].map(
        (zone) => ({
          name: `zone ${JSON.stringify(zone)}`,
          overrides: { maintenance_banner_time_zone: zone },
          key: 'maintenance_banner_time_zone' as const,
          code: 'unknown_time_zone' as const,
          mentions: [JSON.stringify(zone), 'IANA', 'America/Los_Angeles'],
        }),
      ),
      // integers
      {
        name: 'a negative duration',
        overrides: { maintenance_banner_duration_minutes: -1 },
        key: 'maintenance_banner_duration_minutes',
        code: 'out_of_range',
        mentions: ['-1', 'from 0 to 10080 (minutes)'],
      },
      {
        name: 'a negative duration as text',
        overrides: { maintenance_banner_duration_minutes: '-5' },
        key: 'maintenance_banner_duration_minutes',
        code: 'out_of_range',
        mentions: ['-5', 'from 0 to 10080'],
      },
      {
        name: 'a duration over 7 days',
        overrides: { maintenance_banner_duration_minutes: 10_081 },
        key: 'maintenance_banner_duration_minutes',
        code: 'out_of_range',
        mentions: ['10081', 'from 0 to 10080'],
      },
      {
        name: 'a huge duration',
        overrides: { maintenance_banner_duration_minutes: 1e12 },
        key: 'maintenance_banner_duration_minutes',
        code: 'out_of_range',
        mentions: ['1000000000000', 'from 0 to 10080'],
      },
      {
        name: 'a duration past safe integers',
        overrides: {
          maintenance_banner_duration_minutes: '99999999999999999999',
        },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['"99999999999999999999"', 'from 0 to 10080'],
      },
      {
        name: 'a duration of "1.5"',
        overrides: { maintenance_banner_duration_minutes: '1.5' },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['"1.5"', 'whole number'],
      },
      {
        name: 'a duration of 1.5',
        overrides: { maintenance_banner_duration_minutes: 1.5 },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['1.5', 'whole number'],
      },
      {
        name: 'a duration of "1e3"',
        overrides: { maintenance_banner_duration_minutes: '1e3' },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['"1e3"', 'whole number'],
      },
      {
        name: 'a duration of NaN',
        overrides: { maintenance_banner_duration_minutes: NaN },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['NaN', 'whole number'],
      },
      {
        name: 'a duration of Infinity',
        overrides: { maintenance_banner_duration_minutes: Infinity },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['Infinity', 'whole number'],
      },
      {
        name: 'a duration of "sixty"',
        overrides: { maintenance_banner_duration_minutes: 'sixty' },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['"sixty"'],
      },
      {
        name: 'a duration of true',
        overrides: { maintenance_banner_duration_minutes: true },
        key: 'maintenance_banner_duration_minutes',
        code: 'not_integer',
        mentions: ['true'],
      },
      {
        name: 'a notice of 0 hours',
        overrides: { maintenance_banner_notice_hours: 0 },
        key: 'maintenance_banner_notice_hours',
        code: 'out_of_range',
        mentions: ['from 1 to 720 (hours)'],
      },
      {
        name: 'a notice of 721 hours',
        overrides: { maintenance_banner_notice_hours: '721' },
        key: 'maintenance_banner_notice_hours',
        code: 'out_of_range',
        mentions: ['721', 'from 1 to 720 (hours)'],
      },
      {
        name: 'an imminent rule of 1441 minutes',
        overrides: { maintenance_banner_imminent_minutes: 1441 },
        key: 'maintenance_banner_imminent_minutes',
        code: 'out_of_range',
        mentions: ['1441', 'from 0 to 1440 (minutes)'],
      },
      {
        name: 'a long-window rule of 0 minutes',
        overrides: { maintenance_banner_long_window_minutes: 0 },
        key: 'maintenance_banner_long_window_minutes',
        code: 'out_of_range',
        mentions: ['from 1 to 10080 (minutes)'],
      },
      {
        name: 'a completed notice of -1 minutes',
        overrides: { maintenance_banner_completed_notice_minutes: -1 },
        key: 'maintenance_banner_completed_notice_minutes',
        code: 'out_of_range',
        mentions: ['-1', 'from 0 to 1440'],
      },
      // booleans (besides enabled, which has its own test)
      {
        name: 'dismissible "maybe"',
        overrides: { maintenance_banner_dismissible: 'maybe' },
        key: 'maintenance_banner_dismissible',
        code: 'not_boolean',
        mentions: ['"maybe"', 'true or false'],
      },
      {
        name: 'dismissible 1 (a number)',
        overrides: { maintenance_banner_dismissible: 1 },
        key: 'maintenance_banner_dismissible',
        code: 'not_boolean',
        mentions: ['true or false'],
      },
      // links
      {
        name: 'a javascript: channel link',
        overrides: { maintenance_banner_channel_url: 'javascript:alert(1)' },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['javascript:', 'https:'],
      },
      {
        name: 'a JavaScript: channel link with odd case and a tab',
        overrides: { maintenance_banner_channel_url: 'Java\tScript:alert(1)' },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['javascript:', 'https:'],
      },
      {
        name: 'an http: channel link',
        overrides: {
          maintenance_banner_channel_url:
            'http://gophers.slack.com/messages/announcements',
        },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['http:', 'https:'],
      },
      {
        name: 'a data: channel link',
        overrides: {
          maintenance_banner_channel_url:
            'data:text/html,<script>alert(1)</script>',
        },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['data:', 'https:'],
      },
      {
        name: 'a channel link with credentials',
        overrides: {
          maintenance_banner_channel_url:
            'https://admin:secret@chat.example.com/ops',
        },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['user name and password'],
      },
      {
        name: 'a channel link with only a user name',
        overrides: {
          maintenance_banner_channel_url: 'https://admin@chat.example.com/ops',
        },
        key: 'maintenance_banner_channel_url',
        code: 'insecure_url',
        mentions: ['user name'],
      },
      {
        name: 'a channel "link" that is not one',
        overrides: { maintenance_banner_channel_url: 'our slack' },
        key: 'maintenance_banner_channel_url',
        code: 'invalid_url',
        mentions: ['"our slack"', 'https:'],
      },
      {
        name: 'a relative channel link',
        overrides: { maintenance_banner_channel_url: '/c/announcements' },
        key: 'maintenance_banner_channel_url',
        code: 'invalid_url',
        mentions: ['"/c/announcements"', 'https:'],
      },
      {
        name: 'a scheme-relative health link',
        overrides: { maintenance_banner_health_url: '//evil.example/status' },
        key: 'maintenance_banner_health_url',
        code: 'invalid_url',
        mentions: ['"//evil.example/status"', '"/srv/status"'],
      },
      {
        name: 'a backslash health link',
        overrides: { maintenance_banner_health_url: '/\\evil.example/status' },
        key: 'maintenance_banner_health_url',
        code: 'invalid_url',
        mentions: ['evil.example'],
      },
      {
        name: 'a health path with a space',
        overrides: { maintenance_banner_health_url: '/srv/ status' },
        key: 'maintenance_banner_health_url',
        code: 'invalid_url',
        mentions: ['"/srv/ status"', 'path'],
      },
      {
        name: 'an http: health link',
        overrides: {
          maintenance_banner_health_url: 'http://status.example.com/ok',
        },
        key: 'maintenance_banner_health_url',
        code: 'insecure_url',
        mentions: ['http:', 'https:'],
      },
      {
        name: 'a slack: health link (only the channel may be one)',
        overrides: { maintenance_banner_health_url: 'slack://channel?id=C1' },
        key: 'maintenance_banner_health_url',
        code: 'insecure_url',
        mentions: ['slack:'],
      },
      {
        name: 'a javascript: health link',
        overrides: { maintenance_banner_health_url: 'javascript:fetch("/")' },
        key: 'maintenance_banner_health_url',
        code: 'insecure_url',
        mentions: ['javascript:'],
      },
      // text
      {
        name: 'a <script> in the message',
        overrides: {
          maintenance_banner_message: 'Back soon <script>alert(1)</script>',
        },
        key: 'maintenance_banner_message',
        code: 'contains_html',
        mentions: ['plain text', 'HTML'],
      },
      {
        name: 'an <img onerror> in the message',
        overrides: {
          maintenance_banner_message: '<img src=x onerror=alert(1)>',
        },
        key: 'maintenance_banner_message',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      {
        name: 'a closing </b> in the message',
        overrides: { maintenance_banner_message: 'Important</b>' },
        key: 'maintenance_banner_message',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      {
        name: 'a <!DOCTYPE in the message',
        overrides: { maintenance_banner_message: '<!DOCTYPE html>' },
        key: 'maintenance_banner_message',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      {
        name: 'an HTML comment in the message',
        overrides: { maintenance_banner_message: 'Back soon <!-- x -->' },
        key: 'maintenance_banner_message',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      {
        name: 'HTML in the channel name',
        overrides: { maintenance_banner_channel_name: '<b>#ops</b>' },
        key: 'maintenance_banner_channel_name',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      {
        name: 'an <img onerror> in the channel name',
        overrides: {
          maintenance_banner_channel_name: '#ops<img src=x onerror=alert(1)>',
        },
        key: 'maintenance_banner_channel_name',
        code: 'contains_html',
        mentions: ['plain text'],
      },
      ...[
        ['NUL', '\u0000'],
        ['BEL', '\u0007'],
        ['an ANSI escape', '\u001b[31m'],
        ['DEL', '\u007f'],
        ['a C1 control (CSI)', '\u009b'],
      ].map(([label = '', control = '']) => ({
        name: `${label} in the message`,
        overrides: { maintenance_banner_message: `Back soon${control} ok` },
        key: 'maintenance_banner_message' as const,
        code: 'control_characters' as const,
        mentions: ['control characters', 'line breaks'],
      })),
      {
        name: 'a line break in the channel name',
        overrides: { maintenance_banner_channel_name: '#ops\nsecond line' },
        key: 'maintenance_banner_channel_name',
        code: 'control_characters',
        mentions: ['one line'],
      },
      {
        name: 'a 501-character message',
        overrides: { maintenance_banner_message: 'x'.repeat(501) },
        key: 'maintenance_banner_message',
        code: 'too_long',
        mentions: ['500 characters', '501'],
      },
      {
        name: 'a 501-emoji message (counted in code points)',
        overrides: { maintenance_banner_message: '😀'.repeat(501) },
        key: 'maintenance_banner_message',
        code: 'too_long',
        mentions: ['500 characters', 'it has 501'],
      },
      {
        name: 'an 81-character channel name',
        overrides: { maintenance_banner_channel_name: 'c'.repeat(81) },
        key: 'maintenance_banner_channel_name',
        code: 'too_long',
        mentions: ['80 characters', '81'],
      },
      {
        name: 'a message that is a number',
        overrides: { maintenance_banner_message: 42 },
        key: 'maintenance_banner_message',
        code: 'not_text',
        mentions: ['plain text', '42'],
      },
      // status
      ...['done', 'in-progress', 'Scheduled', ''].map((status) => ({
        name: `status ${JSON.stringify(status)}`,
        overrides: { maintenance_banner_status: status },
        key: 'maintenance_banner_status' as const,
        code: 'unknown_status' as const,
        mentions: [
          JSON.stringify(status),
          'scheduled, in_progress, completed, cancelled',
        ],
      })),
    ];

    for (const { name, overrides, key, code, mentions } of BAD) {
      test(`rejects ${name}`, function (assert) {
        const input = settings(overrides);
        const result = parseSettings(input);
        // An optional value is left out and the banner shows without it;
        // any other one leaves no window to show.
        const leftOut = LEFT_OUT[key];
        const shown =
          result.ok && result.window
            ? pick(result.window, leftOut ?? {})
            : 'no window';
        const expected = leftOut ?? 'no window';
        assert.deepEqual(
          shown,
          expected,
          leftOut ? 'shown without the value' : 'no window',
        );
        assert.strictEqual(
          SETTINGS[key].onInvalid,
          leftOut ? 'drop' : 'hide',
          'as its descriptor says',
        );
        const errors = [...errorsOf(result), ...droppedOf(result)];
        assert.deepEqual(
          errors.map((error) => [error.key, error.code]),
          [[key, code]],
          'one error, naming the key',
        );
        const message = errors[0]?.message ?? '';
        assert.deepEqual(
          mentions.filter((text) => !message.includes(text)),
          [],
          `the message says what to change: ${message}`,
        );
        assert.deepEqual(
          validateSettings(input),
          [...errors],
          'validateSettings agrees',
        );
      });
    }

    test('enabled "yes" is itself an error, and the only one reported', function (assert) {
      const result = parseSettings(
        settings({
          maintenance_banner_enabled: 'yes',
          maintenance_banner_duration_minutes: -1,
        }),
      );
      assert.deepEqual(errorsOf(result), [
        {
          key: 'maintenance_banner_enabled',
          code: 'not_boolean',
          message: 'Use true or false, not "yes".',
        },
      ]);
    });

    test('one error per key at fault, in the contract order', function (assert) {
      const errors = validateSettings(
        settings({
          maintenance_banner_status: 'done',
          maintenance_banner_starts_at: '',
          maintenance_banner_duration_minutes: -1,
          maintenance_banner_channel_url: 'http://example.com',
        }),
      );
      assert.deepEqual(
        errors.map((error) => error.key),
        [
          'maintenance_banner_starts_at',
          'maintenance_banner_duration_minutes',
          'maintenance_banner_channel_url',
          'maintenance_banner_status',
        ],
      );
    });

    test('a long offending value is shortened in the message', function (assert) {
      const [error] = validateSettings(
        settings({ maintenance_banner_status: 'y'.repeat(100) }),
      );
      assert.true(
        error?.message.includes(`"${'y'.repeat(40)}…"`),
        error?.message,
      );
      assert.false(
        error?.message.includes('y'.repeat(41)),
        'not the whole value',
      );
    });
  },
);

module('core | settings: not an object', function () {
  const NOT_OBJECTS: { name: string; input: unknown; mentions: string }[] = [
    {
      name: 'a string',
      input: 'maintenance_banner_enabled=true',
      mentions: '"maintenance_banner_enabled=true"',
    },
    {
      name: 'an array',
      input: [['maintenance_banner_enabled', true]],
      mentions: 'not a list',
    },
    { name: 'a number', input: 42, mentions: '42' },
    { name: 'a boolean', input: true, mentions: 'true' },
  ];
  for (const { name, input, mentions } of NOT_OBJECTS) {
    test(`${name} is not a settings object`, function (assert) {
      const result = parseSettings(input);
      const errors = errorsOf(result);
      assert.false(result.ok);
      assert.deepEqual(
        errors.map((error) => [error.key, error.code]),
        [[null, 'not_an_object']],
      );
      assert.true(errors[0]?.message.includes(mentions), errors[0]?.message);
      assert.deepEqual(
        validateSettings(input),
        [...errors],
        'validateSettings agrees',
      );
    });
  }
});

module('core | settings: reading never touches the prototype', function () {
  test('a JSON "__proto__" key does not enable the banner', function (assert) {
    const input: unknown = JSON.parse(
      '{"__proto__": {"maintenance_banner_enabled": true, "maintenance_banner_starts_at": "2027-02-18T18:00:00Z"}}',
    );
    assert.deepEqual(parseSettings(input), { ok: true, window: null });
    assert.deepEqual(validateSettings(input), []);
    assert.false(
      'maintenance_banner_enabled' in {},
      'Object.prototype is untouched',
    );
  });

  test('"__proto__" and "constructor" keys beside valid settings change nothing', function (assert) {
    const input: unknown = JSON.parse(
      JSON.stringify(settings()).replace(
        '{',
        '{"__proto__": {"maintenance_banner_status": "cancelled"}, "constructor": {"prototype": {"x": 1}},',
      ),
    );
    assert.deepEqual(parseSettings(input), parseSettings(settings()));
  });

  test('a null-prototype settings object is read', function (assert) {
    const input = Object.assign(Object.create(null) as object, settings());
    assert.strictEqual(errorsOf(parseSettings(input)).length, 0);
    assert.deepEqual(parseSettings(input), parseSettings(settings()));
  });

  test('getters (a siteSettings service) are read like plain values', function (assert) {
    class SiteSettings {
      get maintenance_banner_enabled() {
        return true;
      }
      get maintenance_banner_starts_at() {
        return '2027-02-18T18:00:00Z';
      }
    }
    const result = parseSettings(new SiteSettings());
    const startsAt = result.ok ? result.window?.startsAt : undefined;
    assert.strictEqual(startsAt, START);
  });
});

module('core | settings: the channel link is capped', function () {
  const link = (length: number) =>
    `https://chat.example.com/${'a'.repeat(length - 'https://chat.example.com/'.length)}`;

  test('2,000 characters are a link', function (assert) {
    assert.strictEqual(
      windowFrom({ maintenance_banner_channel_url: link(2000) }).channel.url,
      link(2000),
    );
  });

  test('2,001 are too long, and left out', function (assert) {
    const result = parseSettings(
      settings({ maintenance_banner_channel_url: link(2001) }),
    );
    assert.deepEqual(
      droppedOf(result).map((error) => [error.key, error.code, error.message]),
      [
        [
          'maintenance_banner_channel_url',
          'too_long',
          'Shorten it to 2000 characters or fewer; it has 2001.',
        ],
      ],
    );
    const window = result.ok ? result.window : null;
    assert.strictEqual(window?.channel.url, null);
  });
});

module(
  'core | settings: the visitor reads codes, admins read sentences',
  function () {
    test('readSettings names the key and the code, with no sentence', function (assert) {
      const reading = readSettings(
        settings({
          maintenance_banner_channel_url: 'javascript:alert(1)',
          maintenance_banner_message: '<b>x</b>',
        }),
      );
      assert.deepEqual(reading.problems, [
        { key: 'maintenance_banner_message', code: 'contains_html' },
        {
          key: 'maintenance_banner_channel_url',
          code: 'insecure_url',
          params: { protocol: 'javascript:' },
        },
      ]);
      assert.strictEqual(
        reading.window?.message,
        '',
        'the message is left out',
      );
      assert.strictEqual(reading.window?.channel.url, null, 'and the link');
      assert.strictEqual(
        reading.window?.startsAt,
        START,
        'the window is still there',
      );
    });

    test('an optional value and a window value both wrong: hidden, both named', function (assert) {
      const result = parseSettings(
        settings({
          maintenance_banner_message: '<b>x</b>',
          maintenance_banner_starts_at: 'soon',
        }),
      );
      assert.deepEqual(
        errorsOf(result).map((error) => [error.key, error.code]),
        [
          ['maintenance_banner_starts_at', 'invalid_format'],
          ['maintenance_banner_message', 'contains_html'],
        ],
      );
    });

    test('each problem reads in Simplified Chinese once it is registered', function (assert) {
      const problems = settingProblems(
        settings({
          maintenance_banner_duration_minutes: 'sixty',
          maintenance_banner_time_zone: 'Mars/Olympus',
        }),
      );
      const english = validateSettings(
        settings({
          maintenance_banner_duration_minutes: 'sixty',
          maintenance_banner_time_zone: 'Mars/Olympus',
        }),
      ).map((error) => error.message);
      assert.deepEqual(
        problems.map((problem) => describe(problem, 'zh_CN')),
        english,
        'English while no Chinese is registered',
      );
      const unregister = registerSettingTexts('zh-CN', zhCN);
      try {
        assert.deepEqual(
          problems.map((problem) => describe(problem, 'zh_CN')),
          [
            '请填写 0 到 10080 之间的整数（分钟），而不是 "sixty"。',
            '"Mars/Olympus" 不是 IANA 时区；请使用 Asia/Shanghai、America/Los_Angeles 或 UTC 这样的名称。',
          ],
        );
        assert.deepEqual(
          problems.map((problem) => describe(problem)),
          english,
          'English by default, as validateSettings says it',
        );
      } finally {
        unregister();
      }
      assert.deepEqual(
        problems.map((problem) => describe(problem, 'zh-Hans-SG')),
        english,
        'English again once it is taken back',
      );
    });

    test('every code has a sentence in English and in the shipped Chinese', function (assert) {
      const unregister = registerSettingTexts('zh-CN', zhCN);
      try {
        for (const code of Object.keys(zhCN.sentences) as SettingErrorCode[]) {
          const problem = {
            key: 'maintenance_banner_status' as const,
            code,
            params: { value: 'x' },
          };
          const english = describe(problem);
          const chinese = describe(problem, 'zh-CN');
          assert.true(english.length > 5, `${code}: ${english}`);
          assert.true(chinese.length > 5, `${code}: ${chinese}`);
          assert.notStrictEqual(chinese, english, `${code} is translated`);
        }
      } finally {
        unregister();
      }
    });
  },
);
