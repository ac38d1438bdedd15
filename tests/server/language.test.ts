/**
 * The page's language: the switch's cookie, else Accept-Language matched as
 * Discourse's HttpLanguageParser matches it (primary language, the exact
 * region if there is one), else English; `<html lang dir>` on the page as
 * the server sends it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  chooseLocale,
  localeCookie,
  matchLocale,
  preferredLanguages,
} from '../../test-app/server/language.ts';
import { call, startServer, type RunningServer } from './harness.ts';

const fromHeader = (header: string | undefined) =>
  chooseLocale({ cookie: null, acceptLanguage: header });

describe('Accept-Language, as Discourse reads it', () => {
  test('a Simplified Chinese browser gets zh_CN, whichever way it spells it', () => {
    for (const header of [
      'zh-CN',
      'zh-CN,zh;q=0.9,en;q=0.8',
      'zh',
      'zh-Hans',
      'zh-hans-cn',
      'ZH-cn',
    ]) {
      assert.equal(fromHeader(header), 'zh_CN', header);
    }
  });

  test('by primary language: another region gets the language all the same', () => {
    assert.equal(fromHeader('en-GB'), 'en');
    assert.equal(fromHeader('ar-EG,ar;q=0.9'), 'ar');
    // Discourse without zh_TW does the same: the Chinese it has.
    assert.equal(fromHeader('zh-TW'), 'zh_CN');
  });

  test('the most wanted language the forum has wins; ties keep the header order', () => {
    assert.equal(fromHeader('fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.7'), 'ar');
    assert.equal(fromHeader('en;q=0.5,zh-CN;q=0.9'), 'zh_CN');
    assert.equal(fromHeader('ar,zh-CN'), 'ar');
    assert.deepEqual(preferredLanguages('de;q=0.5, fr, it;q=0.5, es'), [
      'fr',
      'es',
      'de',
      'it',
    ]);
  });

  test('nothing the forum has, no header, or nothing readable: English', () => {
    for (const header of [undefined, '', 'fr-FR,de;q=0.9', '*', ';;,;q=1']) {
      assert.equal(fromHeader(header), 'en', String(header));
    }
  });

  test('q=0 is "not acceptable", and one malformed entry spoils only itself', () => {
    assert.equal(fromHeader('zh-CN;q=0,ar;q=0.1'), 'ar');
    assert.equal(fromHeader('zh-CN;q=0'), 'en');
    assert.deepEqual(preferredLanguages('en_US,zh-CN;q=2,ar;q=0.5,*;q=0.1'), [
      'ar',
    ]);
  });

  test('matching alone: the exact region first, else the first of the language', () => {
    assert.equal(matchLocale(['zh-CN']), 'zh_CN');
    assert.equal(matchLocale(['ar-SA']), 'ar');
    assert.equal(matchLocale(['fr', 'de']), null);
  });
});

describe('the switch\u2019s cookie', () => {
  test('it wins over the header, and only names the forum\u2019s languages', () => {
    assert.equal(chooseLocale({ cookie: 'ar', acceptLanguage: 'zh-CN' }), 'ar');
    assert.equal(
      chooseLocale({ cookie: 'zh_CN', acceptLanguage: 'en' }),
      'zh_CN',
    );
    assert.equal(
      chooseLocale({ cookie: 'zh-CN', acceptLanguage: 'en' }),
      'zh_CN',
    );
    assert.equal(
      chooseLocale({ cookie: 'fr', acceptLanguage: 'zh-CN' }),
      'zh_CN',
      'an unknown value falls back to the header',
    );
    assert.equal(chooseLocale({ cookie: '', acceptLanguage: undefined }), 'en');
  });

  test('what the switch sets: the locale for a year, on every path', () => {
    assert.equal(
      localeCookie('zh_CN'),
      'locale=zh_CN; Path=/; Max-Age=31536000; SameSite=Lax',
    );
  });
});

describe('the page the server sends', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
  });

  const htmlTag = async (headers: Record<string, string>, path = '/') => {
    const page = await call(server, 'GET', path, { headers });
    assert.equal(page.status, 200);
    return { tag: /<html\b[^>]*>/.exec(page.text)?.[0], page };
  };

  test('lang and dir follow Accept-Language, on every page of the app', async () => {
    assert.equal(
      (await htmlTag({ 'Accept-Language': 'zh-CN,zh;q=0.9' })).tag,
      '<html lang="zh-CN" dir="ltr">',
    );
    assert.equal(
      (await htmlTag({ 'Accept-Language': 'ar' }, '/t/forum-upgrade-planned'))
        .tag,
      '<html lang="ar" dir="rtl">',
    );
    assert.equal(
      (await htmlTag({ 'Accept-Language': 'fr' }, '/admin/site-settings')).tag,
      '<html lang="en" dir="ltr">',
    );
  });

  test('the cookie wins, and the answer says it varies with both', async () => {
    const { tag, page } = await htmlTag({
      'Accept-Language': 'zh-CN',
      Cookie: 'mb_session=x; locale=ar',
    });
    assert.equal(tag, '<html lang="ar" dir="rtl">');
    assert.equal(page.headers.get('vary'), 'Accept-Language, Cookie');
  });
});
