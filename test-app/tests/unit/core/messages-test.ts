import { module, test } from 'qunit';
import {
  PHASES,
  en,
  resolveMessages,
  type Messages,
  type Segment,
} from 'ember-maintenance-banner/core';
import {
  format,
  interpolate,
  segmentsToText,
} from '../../helpers/core-internals.ts';

module('core | messages: interpolate', function () {
  const CASES: {
    name: string;
    template: string;
    params?: Record<string, string | Segment[]>;
    segments: Segment[];
  }[] = [
    {
      name: '{channel} becomes a slot',
      template: 'Updates in {channel}.',
      segments: [{ text: 'Updates in ' }, { slot: 'channel' }, { text: '.' }],
    },
    {
      name: '{countdown} alone is just the slot',
      template: '{countdown}',
      segments: [{ slot: 'countdown' }],
    },
    {
      name: 'two slots side by side, no empty text between',
      template: '{channel}{countdown}',
      segments: [{ slot: 'channel' }, { slot: 'countdown' }],
    },
    {
      name: 'slots and text params together',
      template: 'Starts in {countdown} ({when}); see {channel}',
      params: { when: 'Thu 10:00' },
      segments: [
        { text: 'Starts in ' },
        { slot: 'countdown' },
        { text: ' (' },
        { text: 'Thu 10:00', isolate: true },
        { text: '); see ' },
        { slot: 'channel' },
      ],
    },
    {
      name: 'text params fill in, each value isolated for <bdi>',
      template: 'About {duration}, until {end}.',
      params: { duration: '1 hour', end: '11:00 AM' },
      segments: [
        { text: 'About ' },
        { text: '1 hour', isolate: true },
        { text: ', until ' },
        { text: '11:00 AM', isolate: true },
        { text: '.' },
      ],
    },
    {
      name: 'a slot name given as a param is still a slot',
      template: 'Follow {channel}',
      params: { channel: '#ops' },
      segments: [{ text: 'Follow ' }, { slot: 'channel' }],
    },
    {
      name: 'an unknown placeholder stays as typed',
      template: 'Hello {name}, see {foo}',
      params: { name: 'Ada' },
      segments: [
        { text: 'Hello ' },
        { text: 'Ada', isolate: true },
        { text: ', see {foo}' },
      ],
    },
    {
      name: 'prototype names are not params',
      template: '{constructor} {toString} {hasOwnProperty} {valueOf}',
      segments: [
        { text: '{constructor} {toString} {hasOwnProperty} {valueOf}' },
      ],
    },
    {
      name: 'double braces keep the outer ones',
      template: '{{channel}} {{duration}}',
      params: { duration: '1 hour' },
      segments: [
        { text: '{' },
        { slot: 'channel' },
        { text: '} {' },
        { text: '1 hour', isolate: true },
        { text: '}' },
      ],
    },
    {
      name: 'a param value is never read as a template',
      template: 'Done by {end}.',
      params: { end: '{channel} {countdown} {end}' },
      segments: [
        { text: 'Done by ' },
        { text: '{channel} {countdown} {end}', isolate: true },
        { text: '.' },
      ],
    },
    {
      name: 'not a placeholder: digits, spaces, empty braces',
      template: '{1} { channel } {} {a-b}',
      segments: [{ text: '{1} { channel } {} {a-b}' }],
    },
    {
      name: 'HTML-looking text stays text',
      template: '<b>{what}</b>',
      params: { what: '<img src=x onerror=alert(1)>' },
      segments: [
        { text: '<b>' },
        { text: '<img src=x onerror=alert(1)>', isolate: true },
        { text: '</b>' },
      ],
    },
    {
      name: 'an empty value leaves no segment',
      template: 'A{x}B',
      params: { x: '' },
      segments: [{ text: 'A' }, { text: 'B' }],
    },
    {
      name: 'a sentence part given as segments goes in as it is',
      template: 'Started {when}.',
      params: { when: [{ text: 'Thu', isolate: true }, { slot: 'channel' }] },
      segments: [
        { text: 'Started ' },
        { text: 'Thu', isolate: true },
        { slot: 'channel' },
        { text: '.' },
      ],
    },
    { name: 'an empty template has no segments', template: '', segments: [] },
  ];
  for (const { name, template, params, segments } of CASES) {
    test(name, function (assert) {
      assert.deepEqual(interpolate(template, params), segments);
    });
  }

  test('params are read as own properties only', function (assert) {
    const inherited = Object.create({ duration: 'leaked' }) as Record<
      string,
      string
    >;
    assert.deepEqual(interpolate('About {duration}', inherited), [
      { text: 'About {duration}' },
    ]);
  });
});

module('core | messages: segmentsToText and format', function () {
  const segments = interpolate('Starts in {countdown}; follow {channel}.');

  const CASES: { name: string; slots: Record<string, string>; text: string }[] =
    [
      {
        name: 'both slots filled',
        slots: { countdown: '5 hours', channel: '#ops' },
        text: 'Starts in 5 hours; follow #ops.',
      },
      {
        name: 'a missing slot reads as nothing',
        slots: { channel: '#ops' },
        text: 'Starts in ; follow #ops.',
      },
      {
        name: 'slot text is not interpolated again',
        slots: { countdown: '{channel}', channel: 'x' },
        text: 'Starts in {channel}; follow x.',
      },
    ];
  for (const { name, slots, text } of CASES) {
    test(`segmentsToText: ${name}`, function (assert) {
      assert.strictEqual(segmentsToText(segments, slots), text);
    });
  }

  test('format fills slots and text params alike', function (assert) {
    assert.strictEqual(
      format('{headline}. Updates in {channel}; {missing}', {
        headline: 'Done',
        channel: '#ops',
      }),
      'Done. Updates in #ops; {missing}',
    );
  });
});

module('core | messages: resolveMessages and the English table', function () {
  test('without overrides it is the English table', function (assert) {
    assert.strictEqual(resolveMessages(), en);
    assert.strictEqual(resolveMessages(null), en);
  });

  test('overrides replace their keys and nothing else', function (assert) {
    const before = JSON.stringify(en);
    const messages = resolveMessages({
      'headline.upcoming': 'Heads up',
      'dismiss.label': 'Close',
    });
    assert.deepEqual(messages, {
      ...en,
      'headline.upcoming': 'Heads up',
      'dismiss.label': 'Close',
    });
    assert.strictEqual(JSON.stringify(en), before, 'en is untouched');
  });

  test('unknown keys and non-strings are ignored', function (assert) {
    const messages = resolveMessages({
      'headline.upcoming': 42,
      'headline.imminent': null,
      'no.such.key': 'x',
    } as unknown as Partial<Messages>);
    assert.deepEqual(messages, en);
  });

  test('inherited properties of the overrides are not read', function (assert) {
    const overrides = Object.create({
      'headline.upcoming': 'from the prototype',
    }) as Partial<Messages>;
    assert.strictEqual(
      resolveMessages(overrides)['headline.upcoming'],
      en['headline.upcoming'],
    );
  });

  test('an empty string is a valid override', function (assert) {
    assert.strictEqual(
      resolveMessages({ 'channel.newTab': '' })['channel.newTab'],
      '',
    );
  });

  test('every phase has a headline, and the slots are where the contract puts them', function (assert) {
    assert.deepEqual(
      PHASES.filter((phase) => typeof en[`headline.${phase}`] !== 'string'),
      [],
    );
    const slots = (Object.keys(en) as (keyof typeof en)[])
      .filter((key) => interpolate(en[key]).some((segment) => segment.slot))
      .sort();
    assert.deepEqual(slots, [
      'countdown.starts',
      'duration.long',
      'health.down',
      'overrun.body',
      'progress.body',
    ]);
  });
});
