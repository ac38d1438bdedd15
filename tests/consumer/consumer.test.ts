/**
 * The package as an Ember developer gets it: `npm pack`ed, linted by publint
 * and Are the Types Wrong, then installed with a plain `npm install` into an
 * app of ember-cli 7.3's blueprint (Vite, Embroider, TypeScript) on each
 * Ember of the matrix. There the README's and docs' snippets are compiled as
 * written, the app is type-checked, built and opened in Chromium on
 * Playwright's clock, and its rendering tests run together with a subset of
 * the addon's own.
 *
 * The app is a committed copy of what `ember new --typescript` (ember-cli
 * 7.3, @ember/app-blueprint 7.3) writes, less its lint and format tooling
 * and the welcome page, rather than generated on each run: generating
 * would install ember-cli itself first and run the generator, and a new
 * blueprint release could change what this check proves without a change
 * here. When the blueprint moves, app/ follows it by hand.
 *
 * `CONSUMER_EMBER=7.3` (or `5.8,6.12`) runs only those rows;
 * `CONSUMER_KEEP=1` keeps the temporary folder and prints where it is;
 * `CONSUMER_DIR=/some/folder` works there and keeps it (npm then installs
 * only what changed since the last run).
 */
import assert from 'node:assert/strict';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { arrayBuffer } from 'node:stream/consumers';
import type { Browser } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { launchChromium } from '../e2e/browser.ts';
import {
  ROOT,
  SCENARIOS,
  docSnippets,
  installedVersion,
  layOutApp,
  moduleNames,
  packAddon,
  runOk,
  runToFile,
  selectedScenarios,
  type Packed,
} from './harness.ts';
import { runsItsTests, showsTheBanner } from './chromium.ts';

const REPOSITORY =
  'https://github.com/ember-maintenance-banner/ember-maintenance-banner';

const given = process.env['CONSUMER_DIR'];
const work =
  given ?? mkdtempSync(join(tmpdir(), 'maintenance-banner-consumer-'));
const appDir = join(work, 'my-app');
let packed: Packed;
let browser: Browser;
const timings: [string, string, number][] = [];

before(async () => {
  mkdirSync(work, { recursive: true });
  rmSync(join(work, 'package'), { recursive: true, force: true });
  packed = await packAddon(work);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (given || process.env['CONSUMER_KEEP']) console.log(`# kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (timings.length > 0) {
    console.log('\n| Ember | step | seconds |\n|---|---|---|');
    for (const [row, step, ms] of timings) {
      console.log(`| ${row} | ${step} | ${(ms / 1000).toFixed(1)} |`);
    }
  }
});

const readPackaged = (path: string): string =>
  readFileSync(join(packed.dir, path), 'utf8');

describe('the packed tarball', () => {
  test('holds the build, the README and the LICENSE, and nothing of the sources', () => {
    const top = new Set(packed.files.map((path) => path.split('/')[0]));
    assert.deepEqual([...top].sort(), [
      'LICENSE.md',
      'README.md',
      'addon-main.cjs',
      'declarations',
      'dist',
      'package.json',
    ]);
    assert.match(readPackaged('LICENSE.md'), /^The MIT License/);
    assert.match(readPackaged('README.md'), /^# ember-maintenance-banner/);
  });

  test('its package.json has what a registry page shows, and no blueprint leftovers', () => {
    const pkg = JSON.parse(readPackaged('package.json')) as Record<
      string,
      unknown
    >;
    assert.equal(pkg['license'], 'MIT');
    assert.equal(pkg['homepage'], REPOSITORY);
    assert.deepEqual(pkg['repository'], {
      type: 'git',
      url: `git+${REPOSITORY}.git`,
      directory: 'addon',
    });
    assert.deepEqual(pkg['bugs'], { url: `${REPOSITORY}/issues` });
    assert.equal(typeof pkg['author'], 'string');
    assert.ok((pkg['description'] as string).length > 20);
    assert.ok((pkg['keywords'] as string[]).includes('ember-addon'));
    assert.deepEqual(pkg['peerDependencies'], {
      '@glimmer/component': '^1.1.2 || ^2.0.0',
      'ember-source': '^5.8.0 || ^6.0.0 || ^7.0.0',
    });
    assert.equal(pkg['ember'], undefined, 'no "ember": { "edition" }');
    assert.equal(
      (pkg['devDependencies'] as Record<string, string>)['@types/qunit'],
      undefined,
    );
  });

  test('its README links work off the repository', () => {
    const readme = readPackaged('README.md');
    const relative = [...readme.matchAll(/\]\((?![a-z]+:|#)([^)]+)\)/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(relative, [], 'every link is absolute');
    assert.ok(readme.includes(`${REPOSITORY}/blob/main/docs/ember.md`));
  });

  test('every source map it ships is whole, and every map it names is shipped', () => {
    const maps = packed.files.filter((path) => path.endsWith('.map'));
    assert.ok(maps.length > 0, 'the JavaScript has maps');
    assert.ok(
      !maps.some((path) => path.startsWith('declarations/')),
      'no declaration maps: they would need the sources',
    );
    for (const path of maps) {
      const map = JSON.parse(readPackaged(path)) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, index) => {
        assert.equal(
          typeof map.sourcesContent?.[index],
          'string',
          `${path}: ${source} has its content`,
        );
      });
    }
    for (const path of packed.files.filter((p) => /\.(js|ts)$/.test(p))) {
      const named = /[#@] sourceMappingURL=(\S+)/.exec(readPackaged(path))?.[1];
      if (named) {
        const target = join(path, '..', named);
        assert.ok(packed.files.includes(target), `${path} names ${target}`);
      }
    }
  });

  test('re-exports the component into the app tree, not the clock service', () => {
    const pkg = JSON.parse(readPackaged('package.json')) as {
      'ember-addon': { 'app-js': Record<string, string> };
    };
    assert.deepEqual(Object.keys(pkg['ember-addon']['app-js']), [
      './components/maintenance-banner.js',
    ]);
  });

  test('publint (strict) finds nothing', async () => {
    const { messages, pkg } = await publint({
      pack: { tarball: await arrayBuffer(createReadStream(packed.tarball)) },
      level: 'suggestion',
      strict: true,
    });
    assert.deepEqual(
      messages.map((message) => formatMessage(message, pkg) ?? message.code),
      [],
    );
  });

  test('Are the Types Wrong: every entry resolves; only what an ESM-only package cannot do', async () => {
    const result = await runToFile(
      join(ROOT, 'node_modules/.bin/attw'),
      [packed.tarball, '--format', 'json'],
      work,
    );
    const { analysis } = JSON.parse(result.stdout) as {
      analysis: {
        problems: {
          kind: string;
          entrypoint: string;
          resolutionKind?: string;
        }[];
      };
    };
    // Documented in docs/ember.md ("What the package ships").
    const expected = (problem: {
      kind: string;
      entrypoint: string;
      resolutionKind?: string;
    }) =>
      (problem.kind === 'NoResolution' &&
        problem.resolutionKind === 'node10') ||
      (problem.kind === 'CJSResolvesToESM' &&
        problem.resolutionKind === 'node16-cjs') ||
      (problem.kind === 'NoResolution' &&
        problem.entrypoint.endsWith('.css')) ||
      (problem.kind === 'UntypedResolution' &&
        problem.entrypoint === './addon-main.js');
    assert.deepEqual(
      analysis.problems.filter((problem) => !expected(problem)),
      [],
    );
    const resolved = (entry: string) =>
      !analysis.problems.some(
        (p) =>
          p.entrypoint === entry &&
          ['node16-esm', 'bundler'].includes(p.resolutionKind ?? ''),
      );
    for (const entry of [
      '.',
      './core',
      './test-support',
      './admin',
      './components/maintenance-banner',
    ]) {
      assert.ok(resolved(entry), `${entry} resolves under node16 and bundler`);
    }
  });
});

const snippets = docSnippets();

test('the README and docs/ember.md mark their snippets for this check', () => {
  const paths = snippets.map((snippet) => snippet.path);
  for (const path of [
    'app/components/site-banner.gts',
    'app/templates/application.gts',
    'app/templates/status.hbs',
    'app/controllers/status.ts',
    'app/services/maintenance-banner-clock.ts',
    'tests/integration/maintenance-banner-test.gts',
  ]) {
    assert.ok(paths.includes(path), `a snippet for ${path}`);
  }
  assert.equal(new Set(paths).size, paths.length, 'one snippet per file');
});

for (const scenario of selectedScenarios()) {
  describe(`an app of the current blueprint on ${scenario.name}`, () => {
    let addonTests: string[] = [];
    const timed = async <T>(
      step: string,
      work: () => Promise<T>,
    ): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        timings.push([scenario.name, step, performance.now() - started]);
      }
    };
    // Each step needs the one before: after a failure the rest are skipped.
    let failed: string | null = null;
    const step = (
      name: string,
      options: { timeout: number },
      fn: (t: TestContext) => Promise<void>,
    ): void =>
      void test(name, options, async (t) => {
        if (failed) return t.skip(`"${failed}" failed`);
        try {
          await fn(t);
        } catch (error) {
          failed = name;
          throw error;
        }
      });

    step(
      'installs the tarball with a plain npm install',
      { timeout: 240_000 },
      async () => {
        addonTests = layOutApp(appDir, scenario, packed.tarball, snippets);
        await timed('npm install', () =>
          runOk(
            'npm',
            ['install', '--no-audit', '--no-fund', '--prefer-offline'],
            appDir,
          ),
        );
        const ember = installedVersion(appDir, 'ember-source');
        const glimmer = installedVersion(appDir, '@glimmer/component');
        assert.ok(
          ember.startsWith(scenario.emberSource.slice(1, -1)),
          `ember-source ${ember}`,
        );
        assert.equal(
          glimmer.split('.')[0],
          scenario.glimmerComponent.replace(/^[~^]/, '').split('.')[0],
          `@glimmer/component ${glimmer}`,
        );
      },
    );

    step(
      'type-checks with the snippets as written (ember-tsc)',
      { timeout: 120_000 },
      async () => {
        await timed('ember-tsc', () =>
          runOk(
            join(appDir, 'node_modules/.bin/ember-tsc'),
            ['--noEmit'],
            appDir,
          ),
        );
      },
    );

    step(
      'builds (vite build --mode development)',
      { timeout: 180_000 },
      async () => {
        await timed('vite build', () =>
          runOk(
            join(appDir, 'node_modules/.bin/vite'),
            ['build', '--mode', 'development'],
            appDir,
          ),
        );
        assert.ok(existsSync(join(appDir, 'dist/index.html')));
      },
    );

    step(
      "shows the README banner in Chromium, phase after phase on Playwright's clock",
      { timeout: 90_000 },
      async () => {
        await timed('app in Chromium', () =>
          showsTheBanner(browser, join(appDir, 'dist')),
        );
      },
    );

    step(
      "passes its rendering tests and the addon's own",
      { timeout: 180_000 },
      async (t) => {
        const expected = [
          ...moduleNames(join(appDir, 'tests/integration/public-api-test.gts')),
          ...moduleNames(
            join(appDir, 'tests/integration/maintenance-banner-test.gts'),
          ),
          ...moduleNames(join(appDir, 'tests/acceptance/status-test.ts')),
          ...addonTests.flatMap(moduleNames),
        ];
        const result = await timed('QUnit in Chromium', () =>
          runsItsTests(browser, join(appDir, 'dist')),
        );
        t.diagnostic(
          `${result.total} tests in ${result.modules.length} modules`,
        );
        assert.deepEqual(result.failures, []);
        for (const name of expected) {
          assert.ok(result.modules.includes(name), `module "${name}" ran`);
        }
        assert.ok(result.total >= 40, `${result.total} tests ran`);
      },
    );

    if (scenario === SCENARIOS[0]) {
      step(
        'builds for production and shows the banner there too',
        { timeout: 240_000 },
        async () => {
          await timed('vite build (production)', () =>
            runOk(
              join(appDir, 'node_modules/.bin/vite'),
              ['build', '--outDir', 'dist-production'],
              appDir,
            ),
          );
          await timed('production app in Chromium', () =>
            showsTheBanner(browser, join(appDir, 'dist-production')),
          );
        },
      );
    }
  });
}
