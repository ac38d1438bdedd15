import { module, test } from 'qunit';
import {
  directionOf,
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

  test('directionOf: right to left for the scripts written so, by any spelling of the language', function (assert) {
    for (const tag of ['ar', 'ar_EG', 'he-IL', 'fa', 'ur-PK', 'dv', 'ckb']) {
      assert.strictEqual(directionOf(tag), 'rtl', tag);
    }
    for (const tag of ['en', 'zh_CN', 'zh-TW', 'ru', 'ja', 'tr', 'az-Latn']) {
      assert.strictEqual(directionOf(tag), 'ltr', tag);
    }
    assert.strictEqual(directionOf('az-Arab'), 'rtl', 'the script decides');
    assert.strictEqual(directionOf('not a tag'), 'ltr');
  });

  test('englishIn: English in the page’s region, and nothing for an English page', function (assert) {
    assert.strictEqual(englishIn('ar-SA'), 'en-SA');
    assert.strictEqual(englishIn('ar_EG'), 'en-EG', 'Discourse’s spelling');
    assert.strictEqual(englishIn('ar'), 'en', 'no region: plain English');
    assert.strictEqual(englishIn('not a tag'), 'en');
    assert.strictEqual(englishIn('en-AU'), null);
  });

  test('englishFallback: only for words that were not translated', function (assert) {
    const english = { hello: 'Hello', bye: 'Bye' };
    const arabic = { hello: 'مرحبا', bye: 'مع السلامة' };
    assert.strictEqual(
      englishFallback('ar-SA', english, english, null),
      'en-SA',
    );
    assert.strictEqual(
      englishFallback('ar-SA', arabic, english, null),
      null,
      'a table registered for the language',
    );
    assert.strictEqual(
      englishFallback('ar-SA', english, english, arabic),
      null,
      'the host’s overrides give every key',
    );
    assert.strictEqual(
      englishFallback('ar-SA', english, english, { hello: 'مرحبا' }),
      'en-SA',
      'some keys only: still English',
    );
    assert.strictEqual(englishFallback('en-US', english, english, null), null);
  });
});
