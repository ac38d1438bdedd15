/**
 * docs/settings.md shows the schema's table as scripts/settings-doc.ts
 * generates it: a setting added, renamed or re-limited without
 * `npm run docs:settings` fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PAGE, settingsTable, withTable } from '../../scripts/settings-doc.ts';
import { SETTING_KEYS } from '../../addon/src/core/schema.ts';

test('docs/settings.md has the generated table (run npm run docs:settings)', () => {
  const page = readFileSync(PAGE, 'utf8');
  assert.equal(page, withTable(page, settingsTable()));
});

test('the table has one row per setting, in the schema order', () => {
  const keys = [
    ...settingsTable().matchAll(/^\| `(maintenance_banner_\w+)`/gm),
  ].map(([, key]) => key);
  assert.deepEqual(keys, SETTING_KEYS);
});
