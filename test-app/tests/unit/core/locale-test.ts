import { module, test } from 'qunit';
import {
  englishFallback,
  englishIn,
  languageOf,
} from '../../helpers/core-internals.ts';

module('core | locale', function () {
  test('languageOf: one language and script for every spelling of it', function (assert) {
    for (const tag of ['zh', 'zh-CN', 'zh_CN', 'zh-Hans-SG']) {
      assert.strictEqual(languageOf(tag), 'zh-Hans', tag);
    }
    assert.strictEqual(languageOf('zh-TW'), 'zh-Hant', 'another script');
    assert.strictEqual(languageOf('en-GB'), languageOf('en'));
    assert.strictEqual(languageOf('[ar.theme_translations.7.x]'), null);
    assert.strictEqual(languageOf(undefined), null);
  });

  test('englishIn: English in the page’s region, and nothing for an English page', function (assert) {
    assert.strictEqual(englishIn('ar-SA'), 'en-SA');
    assert.strictEqual(englishIn('ar_EG'), 'en-EG', 'Discourse’s spelling');
    assert.strictEqual(englishIn('ar'), 'en', 'no region: plain English');
    assert.strictEqual(englishIn('not a tag'), 'en');
    assert.strictEqual(englishIn('en-AU'), null);
  });

  test('englishFallback: only for words that were not translated', function (assert) {
    assert.strictEqual(englishFallback('ar-SA', false), 'en-SA');
    assert.strictEqual(englishFallback('ar-SA', true), null);
    assert.strictEqual(englishFallback('en-US', false), null);
  });
});
