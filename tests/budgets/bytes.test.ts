/**
 * The banner's size budget, read from the built addon (run
 * `npm run build -w ember-maintenance-banner` first; `npm test` does). How
 * the bytes are attributed is explained in bench/bytes.ts: the public
 * entry with its templates compiled, Ember and Glimmer external,
 * esbuild-minified and split where the code says `import()`, gzip -9.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import {
  ADDON_DIST,
  kb,
  measureBanner,
  type BannerBytes,
} from '../../bench/bytes.ts';
import { FEATURES, featuresOf } from '../../bench/features.ts';

/** The goal: below @github/relative-time-element (6.07 KB) while doing far more. */
const TARGET = 6 * 1024;
/**
 * The ceiling, a ratchet: what the first load weighs today (15.1 KB: 13.0
 * JS, 2.1 CSS, since change notes per phase, the out-of-view notice, the
 * phone layout with its disclosure, dark defaults and isolated values came
 * in; 12.6 KB before) and a little room, so growth fails here; lower it as
 * bytes come off. Where the bytes go is in docs/performance.md ("Bytes").
 */
const CEILING = 15.5 * 1024;

let bytes: BannerBytes;

before(async () => {
  bytes = await measureBanner();
});

const total = () => bytes.js.gzip + bytes.css.gzip;

/**
 * The built files an entry of the package reaches through static imports
 * (not `import()`), as a host's bundler sees them: a file reached here
 * lands in a chunk the entry's importers load, used or not.
 */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(
      /(?:^|;|\n)\s*(?:import|export)\b[^'"()]*?['"](\.[^'"]+)['"]/g,
    )) {
      visit(resolve(dirname(file), specifier!));
    }
  };
  visit(join(ADDON_DIST, entry));
  return [...seen].map((file) => relative(ADDON_DIST, file));
}

/** Does the built file hold Chinese text (comments aside: format.ts cites a Chinese date)? */
const holdsChinese = (file: string): boolean =>
  /[\u4e00-\u9fff]/.test(
    readFileSync(join(ADDON_DIST, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, ''),
  );

describe("the banner's bytes", () => {
  test('JS + CSS of the first load stay under the ceiling', () => {
    assert.ok(
      total() <= CEILING,
      `banner JS ${kb(bytes.js.gzip)} + CSS ${kb(bytes.css.gzip)} = ${kb(total())} min+gz, over the ceiling of ${kb(CEILING)}`,
    );
  });

  test(
    'JS + CSS within the 6.0 KB goal',
    { todo: 'about 15.1 KB: see "Bytes" in docs/performance.md' },
    () => {
      assert.ok(
        total() <= TARGET,
        `${kb(total())} min+gz, over the goal of ${kb(TARGET)}`,
      );
    },
  );

  test('the measure sees the banner: component, clock and core', () => {
    const modules = bytes.js.modules.join('\n');
    assert.match(modules, /addon\/dist\/index\.js/);
    assert.match(modules, /maintenance-banner-clock/);
    assert.ok(bytes.js.gzip > 1024, 'a real bundle, not an empty one');
    assert.ok(bytes.css.gzip > 256, 'a real stylesheet');
    const sources = bytes.js.breakdown.map(([module]) => module).join('\n');
    assert.match(sources, /addon\/src\/banner\/maintenance-banner\.gts/);
    assert.match(sources, /addon\/src\/core\/read-settings\.ts/);
  });

  test('every module of the first load serves one feature of the bench table', () => {
    const strays = bytes.js.breakdown
      .map(([module]) => module)
      .filter((module) => featuresOf(module).length !== 1)
      .map((module) => `${module} (${featuresOf(module).length} features)`);
    assert.deepEqual(strays, [], 'assign each in bench/features.ts');
  });

  test('what leaving out a feature would save is measured, and adds up', () => {
    const { gzip, gzipWithout } = bytes.js;
    assert.equal(
      gzipWithout(() => false),
      gzip,
      'cutting nothing changes nothing',
    );
    assert.ok(
      gzipWithout(() => true) < 512,
      'cutting everything leaves only imports',
    );
    const saved = FEATURES.map(
      ({ name, modules }) =>
        [name, gzip - gzipWithout((module) => modules.test(module))] as const,
    );
    for (const [name, bytesSaved] of saved) {
      assert.ok(bytesSaved > 0, `${name}: saves something`);
    }
    const sum = saved.reduce((total, [, bytesSaved]) => total + bytesSaved, 0);
    // gzip shares one dictionary: the parts save less than the whole weighs.
    assert.ok(
      sum <= gzip && sum >= 0.8 * gzip,
      `the features' savings (${kb(sum)}) against the first load (${kb(gzip)})`,
    );
  });

  test('what only admins need stays out of the first load', () => {
    const sources = bytes.js.breakdown.map(([module]) => module);
    for (const admin of [
      /core\/sentences\//,
      /core\/setting-texts\//,
      /core\/locales\//,
      /core\/zoned-time\.ts/,
      /core\/settings\.ts/,
    ]) {
      assert.deepEqual(
        sources.filter((module) => admin.test(module)),
        [],
        `${admin} is not in the visitor's first load`,
      );
    }
  });

  test('English is built in; other languages are reached only by their own modules', () => {
    const admin = bytes.admin?.breakdown.map(([module]) => module) ?? [];
    assert.ok(
      admin.some((module) => module.endsWith('admin/messages.ts')),
      'the admin breakdown is read',
    );
    assert.deepEqual(
      admin.filter((module) => /zh-CN/.test(module)),
      [],
      'the admin form carries no Chinese table',
    );
    for (const entry of ['index.js', 'core/index.js', 'admin.js']) {
      const graph = staticGraph(entry);
      assert.ok(graph.length > 1, `${entry} imports other files`);
      assert.deepEqual(
        graph.filter(holdsChinese),
        [],
        `nothing ${entry} imports statically holds Chinese`,
      );
    }
    assert.ok(
      staticGraph('admin/locales/zh-CN.js').some(holdsChinese),
      'the check finds Chinese where it is',
    );
  });

  test('the calendar and the back-online checks load on demand', () => {
    const first = bytes.js.breakdown.map(([module]) => module);
    assert.deepEqual(
      first.filter((module) =>
        /core\/calendar\.ts|banner\/health-monitor\.ts|core\/health\.ts/.test(
          module,
        ),
      ),
      [],
      'not in the first load',
    );
    const later = bytes.js.onDemand
      .flatMap((chunk) => chunk.modules)
      .join('\n');
    assert.match(later, /calendar/, 'the calendar is a chunk of its own');
    assert.match(later, /health-monitor/, 'so are the back-online checks');
  });

  test('the admin form stays out of the visitor bundle', (t) => {
    assert.equal(bytes.adminError, null, 'the admin entry compiles');
    if (!bytes.admin) {
      t.skip('no ember-maintenance-banner/admin entry yet');
      return;
    }
    assert.ok(
      bytes.adminMarkers.length > 0,
      'the check finds the admin form in its own bundle',
    );
    assert.deepEqual(bytes.adminInVisitorBundle, []);
  });
});
