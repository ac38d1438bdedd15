/**
 * `npm start` on a fresh clone says nothing alarming: the dev server runs
 * from a copy of the working tree with no build output in it (no
 * dist-discourse/, no Vite cache), a browser opens two pages, and every
 * line the server printed is either the demo's own or one of Vite's
 * progress notes: no failed dependency scan, no error, no warning, no
 * "optimized dependencies changed. reloading".
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** Vite's lines that only report progress. */
const VITE_PROGRESS =
  /\[vite\] \(client\) (\[optimizer\] (scanning|bundling) dependencies\.\.\.|dependencies optimized: )/;
const ALARM =
  /error|warn|fail|could not|cannot|\(!\)|reload|denied|outside of/i;

let clone: string;

/**
 * The working tree as a clone has it (tracked files and new ones, nothing
 * ignored), beside the installed node_modules: inside this repository,
 * without the root package.json, so Node and Vite find the workspace's
 * packages and the folder stands in for a clone after `npm ci`.
 */
function freshClone(): string {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(listed.status, 0, listed.stderr);
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'fresh-clone-'));
  for (const file of listed.stdout.split('\0')) {
    if (!file || file === 'package.json' || file === 'package-lock.json')
      continue;
    if (!existsSync(join(ROOT, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

before(() => {
  clone = freshClone();
});

after(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

test('npm start from a fresh clone prints no error or warning', async () => {
  assert.ok(!existsSync(join(clone, 'dist-discourse')), 'no theme build');
  assert.ok(
    !existsSync(join(clone, 'test-app', 'node_modules')),
    'no Vite cache',
  );

  const env: NodeJS.ProcessEnv = { PORT: '0', HOST: '127.0.0.1' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('MAINTENANCE_BANNER_') && name !== 'PORT')
      env[name] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: join(clone, 'test-app'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((found, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Demo forum: (http:\/\/localhost:\d+\/)/.exec(output);
      if (match?.[1]) found(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) =>
      fail(new Error(`the demo exited (${code}):\n${output}`)),
    );
  });

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const path of ['/', '/themes']) {
      await page.goto(new URL(path, url).href);
      await page
        .locator('.maintenance-banner')
        .first()
        .waitFor({ timeout: 90_000 });
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await exited;
    process.off('exit', orphan);
  }

  // Vite prints its "scanning dependencies" note only when the scan takes
  // over a second, so the proof of a fresh scan is the cache it wrote.
  const metadata = join(
    clone,
    'test-app/node_modules/.vite/deps/_metadata.json',
  );
  assert.ok(
    existsSync(metadata),
    `Vite optimized the dependencies afresh:\n${output}`,
  );
  const { optimized } = JSON.parse(readFileSync(metadata, 'utf8')) as {
    optimized: Record<string, unknown>;
  };
  assert.ok(
    '@glimmer/component' in optimized,
    Object.keys(optimized).join(', '),
  );

  // Vite colours its lines where CI is set (picocolors reads $CI): read
  // the words, not the escapes.
  const words = stripVTControlCharacters(output);
  const lines = words.split('\n').filter((line) => line.trim() !== '');
  const alarming = lines.filter(
    (line) =>
      ALARM.test(line) || (/vite/i.test(line) && !VITE_PROGRESS.test(line)),
  );
  assert.deepEqual(alarming, [], words);
});
