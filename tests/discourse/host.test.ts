/**
 * Which bare modules the theme may import on Discourse: the loader-shims
 * data read from Discourse's source, @discourse/types for `discourse/…`,
 * and the build stopping, by file and import, on anything else.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { themeFiles } from '../../discourse/build.ts';
import {
  LOADER_SHIMS,
  discourseDeclaration,
  isProvided,
} from '../../discourse/host/modules.ts';
import { shimmedNames } from '../../discourse/host/refresh.ts';
import { BUNDLE } from '../../discourse/src/bundle.ts';
import { bareImports } from '../../discourse/src/module-imports.ts';

const addonSrc = new URL('../../addon/src', import.meta.url).pathname;

describe('loader-shims.json', () => {
  test('records each list with its Discourse file and where it was read', () => {
    const lists = Object.entries(LOADER_SHIMS.lists);
    assert.ok(lists.some(([, list]) => list.heldTo));
    for (const [name, list] of lists) {
      assert.equal(list.repository, 'discourse/discourse', name);
      assert.match(list.path, /(^|\/)loader-shims\.js$/, name);
      if (list.commit === null) {
        assert.ok(list.storedVersion, `${name}: says where it was read`);
      } else {
        assert.match(list.commit, /^[0-9a-f]{40}$/, name);
      }
      assert.ok(list.modules.length > 20, name);
      assert.deepEqual(list.modules, [...new Set(list.modules)].sort(), name);
    }
  });

  test('refresh reads every loaderShim() name once, as Discourse writes them', () => {
    const source = `loaderShim("@ember/owner", () => importSync("@ember/owner"));
loaderShim("@ember/component/template-only", () =>
  importSync("@ember/component/template-only")
);
loaderShim("@ember/component/template-only", () =>
  importSync("@ember/component/template-only")
);
loaderShim("virtual-dom", () => importSync("discourse/widgets/virtual-dom"));`;
    assert.deepEqual(shimmedNames(source), [
      '@ember/component/template-only',
      '@ember/owner',
      'virtual-dom',
    ]);
  });
});

describe('isProvided', () => {
  test('takes a module every list the theme is held to registers', () => {
    for (const name of [
      '@glimmer/tracking',
      '@ember/destroyable',
      '@ember/helper',
      'discourse-i18n',
    ]) {
      assert.ok(isProvided(name), name);
    }
  });

  test('refuses subpaths, modules only newer Discourse registers, and npm packages', () => {
    for (const name of [
      '@glimmer/tracking/primitives/cache',
      '@ember/object/internals',
      'message-bus-client',
      'ember-resources',
    ]) {
      assert.equal(isProvided(name), false, name);
    }
  });

  test('takes discourse/… modules that @discourse/types declares, and only those', () => {
    assert.match(
      discourseDeclaration('discourse/lib/api') ?? '',
      /node_modules\/discourse\/declarations\/app\/lib\/api\.d\.ts$/,
    );
    assert.ok(isProvided('discourse/lib/api'));
    assert.equal(isProvided('discourse/lib/no-such-module'), false);
    assert.equal(isProvided('discourse'), false);
  });
});

describe('the built theme', () => {
  test('imports from Discourse nothing an older Discourse lacks, besides Ember’s own modules', async () => {
    const older = LOADER_SHIMS.lists['older'];
    assert.ok(older);
    for (const [path, text] of await themeFiles()) {
      if (!path.startsWith('javascripts/')) continue;
      for (const { source } of bareImports(text, path)) {
        if (/^(@ember|@glimmer|discourse)\//.test(source)) continue;
        assert.ok(older.modules.includes(source), `${path}: ${source}`);
      }
    }
  });

  test('stops the build on an unlisted import, naming the file and the import', async () => {
    // A module the theme ships in its bundle (the banner imports it); the
    // check fails here, not silently, when it moves.
    const target = 'banner/lanes.ts';
    assert.match(
      (await themeFiles()).get(BUNDLE) ?? '',
      /^class Lanes \{/m,
      `the theme ships addon/src/${target}: pick another shipped module if it moved`,
    );
    const copy = await mkdtemp(join(tmpdir(), 'addon-src-'));
    try {
      await cp(addonSrc, copy, { recursive: true });
      const file = join(copy, target);
      await writeFile(
        file,
        `import { createCache } from '@glimmer/tracking/primitives/cache';\nvoid createCache;\n${await readFile(file, 'utf8')}`,
      );
      await assert.rejects(
        themeFiles({ addonSrc: copy }),
        /addon\/src\/banner\/lanes\.ts: "@glimmer\/tracking\/primitives\/cache" is not a module Discourse provides to themes/,
      );
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
