/**
 * Adding a setting is one descriptor (and its texts): this adds one to a copy
 * of the schema and finds it everywhere the schema reaches. The admin form,
 * the demo server and the Discourse theme read the same functions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CODECS,
  SETTINGS,
  coerceSetting,
  codecOf,
  defaultsOf,
  describe as describeProblem,
  discourseType,
  fillLimits,
  registerSettingTexts,
  settingProblems,
  writeSetting,
  type Descriptor,
  type SettingTexts,
} from '../../addon/src/core/index.ts';
import { SENTENCES, SETTING_TEXTS } from '../../addon/src/core/shipped.ts';
import { en } from '../../addon/src/core/setting-texts/en.ts';
import { settingsTable } from '../../scripts/settings-doc.ts';

const KEY = 'maintenance_banner_reminder_minutes';
const REMINDER = {
  type: 'integer',
  default: 15,
  min: 5,
  max: 120,
  unit: 'minutes',
  onInvalid: 'drop',
} as const satisfies Descriptor;
const SCHEMA = { ...SETTINGS, [KEY]: REMINDER };
const TEXTS = {
  ...en,
  [KEY]: {
    label: 'Remind visitors',
    help: 'Minutes before the start to remind visitors ({min}–{max}, default {default}).',
    summary: 'a reminder before the start',
  },
};

describe('a new setting, from its descriptor alone', () => {
  test('has its default', () => {
    assert.equal(defaultsOf(SCHEMA)[KEY], 15);
  });

  test('is validated: out of range, named, with its limits in words', () => {
    const problems = settingProblems({ [KEY]: '121' }, SCHEMA);
    assert.deepEqual(problems, [
      { key: KEY, code: 'out_of_range', params: { value: 121 } },
    ]);
    assert.equal(
      describeProblem(problems[0]!, 'en', SCHEMA),
      'Use a whole number from 5 to 120 (minutes); 121 is out of range.',
    );
    const unregister = registerSettingTexts('zh-CN', {
      settings: SETTING_TEXTS.zh_CN,
      sentences: SENTENCES.zh_CN,
    });
    try {
      assert.equal(
        describeProblem(problems[0]!, 'zh_CN', SCHEMA),
        '请填写 5 到 120 之间的整数（分钟）；121 超出了范围。',
      );
    } finally {
      unregister();
    }
    assert.deepEqual(settingProblems({ [KEY]: 30 }, SCHEMA), []);
  });

  test('is coerced and read by its type’s codec', () => {
    assert.equal(coerceSetting(KEY, ' 30 ', SCHEMA), 30);
    assert.equal(coerceSetting(KEY, 'soon', SCHEMA), 'soon');
    assert.equal(codecOf(REMINDER), CODECS.integer);
    assert.deepEqual(codecOf(REMINDER).read('45', REMINDER, false), {
      ok: true,
      value: 45,
    });
    assert.equal(writeSetting(coerceSetting(KEY, '45', SCHEMA)), '45');
  });

  test('has its Discourse setting type', () => {
    assert.deepEqual(discourseType(KEY, SCHEMA), {
      type: 'integer',
      min: 5,
      max: 120,
    });
  });

  test('has its row in the docs table and its limits in its help', () => {
    assert.match(
      settingsTable(SCHEMA, TEXTS),
      /^\| `maintenance_banner_reminder_minutes` \| integer 5–120 \| `15` \| a reminder before the start \|$/m,
    );
    assert.equal(
      fillLimits(TEXTS[KEY].help, KEY, SCHEMA),
      'Minutes before the start to remind visitors (5–120, default 15).',
    );
  });

  test('a setting without its texts in every shipped language does not type-check', () => {
    const incomplete: Omit<SettingTexts, 'maintenance_banner_message'> = en;
    // @ts-expect-error: maintenance_banner_message has no label and help.
    const texts: SettingTexts = incomplete;
    assert.ok(texts.maintenance_banner_enabled.label);
  });
});
