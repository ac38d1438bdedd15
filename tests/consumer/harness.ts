/**
 * The pieces of the consumer check: the packed addon, an app of the current
 * ember-cli blueprint in a temporary folder (`app/` here, made whole with the
 * snippets of the README and docs/ember.md), one Ember version at a time,
 * and Chromium to run it.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  dirname,
  extname,
  join,
  normalize,
  relative,
  resolve,
} from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** One Ember of the matrix. */
export interface Scenario {
  /** As printed: "ember-source 5.8 LTS". */
  name: string;
  emberSource: string;
  glimmerComponent: string;
}

/**
 * ember-cli 7.3's blueprint (the fixture as it is) first, then the LTS
 * lines back to the oldest the peer range admits; 5.x peers on
 * `@glimmer/component ^1.1.2`, so those rows run on Glimmer 1.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'ember-source 7.3',
    emberSource: '~7.3.0',
    glimmerComponent: '^2.1.1',
  },
  {
    name: 'ember-source 6.12 LTS',
    emberSource: '~6.12.0',
    glimmerComponent: '^2.1.1',
  },
  {
    name: 'ember-source 5.12 LTS',
    emberSource: '~5.12.0',
    glimmerComponent: '~1.1.2',
  },
  {
    name: 'ember-source 5.8 LTS',
    emberSource: '~5.8.0',
    glimmerComponent: '~1.1.2',
  },
];

/** `CONSUMER_EMBER=5.8,7.3` runs only those rows. */
export function selectedScenarios(): readonly Scenario[] {
  const wanted = process.env['CONSUMER_EMBER']?.split(',').map((v) => v.trim());
  if (!wanted?.length) return SCENARIOS;
  return wanted.map((version) => {
    const found = SCENARIOS.find((s) => s.emberSource === `~${version}.0`);
    if (!found) throw new Error(`CONSUMER_EMBER: no row for ${version}`);
    return found;
  });
}

/** The addon's own rendering tests that run on every Ember of the matrix. */
export const ADDON_TESTS = [
  'integration/components/maintenance-banner-test.gts',
  'integration/components/time-test.gts',
  'integration/components/dismissal-test.gts',
  'unit/banner-lifecycle-test.gts',
  'unit/services/maintenance-banner-clock-test.ts',
];

// ---- commands --------------------------------------------------------------

export interface RunResult {
  code: number | null;
  /** stdout and stderr as they came. */
  output: string;
  stdout: string;
  ms: number;
}

/** The environment of a command run inside the temporary app, not this npm run. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_|^INIT_CWD$/i.test(key)) env[key] = value;
  }
  return { ...env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
}

export function run(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: childEnv() });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, output, stdout, ms: performance.now() - started }),
    );
  });
}

/**
 * Runs a command whose whole stdout is read afterwards. A tool that calls
 * `process.exit()` right after a large write (attw does) loses all but the
 * first 64 KB on a pipe; writes to a file are synchronous, so it is kept.
 */
export function runToFile(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<RunResult> {
  const started = performance.now();
  const file = join(cwd, `.stdout-${process.pid}-${Date.now()}`);
  const fd = openSync(file, 'w');
  return new Promise<RunResult>((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: childEnv(),
      stdio: ['ignore', fd, 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const stdout = readFileSync(file, 'utf8');
      done({
        code,
        output: stdout + output,
        stdout,
        ms: performance.now() - started,
      });
    });
  }).finally(() => {
    closeSync(fd);
    rmSync(file, { force: true });
  });
}

/** The start and the end of a long output: where an error is told, and its summary. */
const clip = (text: string): string =>
  text.length <= 8000
    ? text
    : `${text.slice(0, 4000)}\n…\n${text.slice(-4000)}`;

/** Runs and throws with the output's tail when the command fails. */
export async function runOk(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<RunResult> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.code}:\n${clip(result.output)}`,
    );
  }
  return result;
}

// ---- the tarball -----------------------------------------------------------

export interface Packed {
  tarball: string;
  /** The unpacked `package/` folder. */
  dir: string;
  files: string[];
}

/** `npm pack` of the addon, as a publish would make it, unpacked beside. */
export async function packAddon(into: string): Promise<Packed> {
  const { stdout } = await runOk(
    'npm',
    [
      'pack',
      '--json',
      '-w',
      'ember-maintenance-banner',
      '--pack-destination',
      into,
    ],
    ROOT,
  );
  // The prepack build prints first; npm's JSON comes last.
  const [info] = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1)) as [
    { filename: string; files: { path: string }[] },
  ];
  const tarball = join(into, info.filename);
  await runOk('tar', ['-xzf', tarball, '-C', into], into);
  return {
    tarball,
    dir: join(into, 'package'),
    files: info.files.map((file) => file.path).sort(),
  };
}

// ---- the app ---------------------------------------------------------------

export interface Snippet {
  /** Where it goes in the app, from its first line (`// app/…`, `{{! app/… }}`). */
  path: string;
  code: string;
  /** The document it comes from, for messages. */
  from: string;
}

const SNIPPET =
  /<!-- tests\/consumer[^>]*-->\s*```[a-z]+\n((?:\/\/|\{\{!)\s*((?:app|tests)\/\S+?)(?:\s*\}\})?\n[\s\S]*?)```/g;

/** The fenced blocks of the README and docs/ember.md marked for this check. */
export function docSnippets(): Snippet[] {
  const snippets: Snippet[] = [];
  for (const doc of ['README.md', 'docs/ember.md']) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const [, code, path] of text.matchAll(SNIPPET)) {
      snippets.push({ path: path!, code: code!, from: doc });
    }
  }
  return snippets;
}

/** Relative imports of a test file, followed to the helpers it needs. */
function withHelpers(entries: readonly string[], base: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(base, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      queue.push(relative(base, resolve(dirname(join(base, file)), spec!)));
    }
  }
  return [...seen].sort();
}

/** Module names declared by a test file: `module('…'`. */
export function moduleNames(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^module\(\s*['"`]([^'"`]+)['"`]/gm)].map(
    (m) => m[1]!,
  );
}

const minor = (range: string): number => {
  const [major, min] = range.replace(/^[~^]/, '').split('.').map(Number);
  return major! * 100 + min!;
};

/**
 * Lays out the app for one scenario in `appDir`, keeping `node_modules` and
 * the lock of the previous one so npm installs only what differs. Returns
 * the addon test files copied in (under `tests/addon/`).
 */
export function layOutApp(
  appDir: string,
  scenario: Scenario,
  tarball: string,
  snippets: readonly Snippet[],
): string[] {
  mkdirSync(appDir, { recursive: true });
  for (const entry of readdirSync(appDir)) {
    if (entry !== 'node_modules' && entry !== 'package-lock.json') {
      rmSync(join(appDir, entry), { recursive: true, force: true });
    }
  }
  // Caches of the previous Ember's build.
  for (const cache of ['.vite', '.embroider']) {
    rmSync(join(appDir, 'node_modules', cache), {
      recursive: true,
      force: true,
    });
  }
  cpSync(join(HERE, 'app'), appDir, { recursive: true });
  for (const snippet of snippets) {
    mkdirSync(dirname(join(appDir, snippet.path)), { recursive: true });
    writeFileSync(join(appDir, snippet.path), snippet.code);
  }

  const version = minor(scenario.emberSource);
  // Route templates in .gts came with ember-source 6.3.
  if (version < 603) {
    rmSync(join(appDir, 'app/templates/application.gts'));
    cpSync(join(HERE, 'before-6.3'), appDir, { recursive: true });
  }
  // `@ember/reactive/collections`, which the addon's tests use, with 6.8.
  if (version < 608) {
    renameSync(
      join(appDir, 'vite.config.mjs'),
      join(appDir, 'vite.config.blueprint.mjs'),
    );
    cpSync(join(HERE, 'before-6.8'), appDir, { recursive: true });
  }

  const testsDir = join(ROOT, 'test-app/tests');
  const copied = withHelpers(ADDON_TESTS, testsDir);
  for (const file of copied) {
    cpSync(join(testsDir, file), join(appDir, 'tests/addon', file));
  }

  const pkgPath = join(appDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  pkg.devDependencies['ember-source'] = scenario.emberSource;
  pkg.devDependencies['@glimmer/component'] = scenario.glimmerComponent;
  pkg.devDependencies['ember-maintenance-banner'] = `file:${tarball}`;
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  forgetInstalledAddon(appDir);
  return ADDON_TESTS.map((file) => join(appDir, 'tests/addon', file));
}

/**
 * npm takes a `file:` tarball of the same path for the one it installed
 * before: drop that copy and its lock entry, so a new pack is installed.
 */
function forgetInstalledAddon(appDir: string): void {
  const name = 'node_modules/ember-maintenance-banner';
  rmSync(join(appDir, name), { recursive: true, force: true });
  const lockPath = join(appDir, 'package-lock.json');
  if (!existsSync(lockPath)) return;
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as {
    packages: Record<string, unknown>;
  };
  delete lock.packages[name];
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}

export function installedVersion(appDir: string, name: string): string {
  const pkg = JSON.parse(
    readFileSync(join(appDir, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

// ---- serving a build -------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for `dist/`: files as they are; a page navigation to any
 * other path gets `index.html` (the app's history routing); anything else
 * (the banner's health check, say) a 404.
 */
export async function serve(
  dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(
      new URL(request.url ?? '/', 'http://x').pathname,
    );
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = join(dir, 'index.html');
    if (existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
    const navigation = (request.headers['accept'] ?? '').includes('text/html');
    if (!existsSync(file) || !extname(file)) {
      if (!navigation) {
        response.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
