/**
 * Starts the built demo forum (`npm run build:demo -w test-app` first) on a
 * free loopback port, with the given settings, for a browser to visit: for
 * the end-to-end tests, the benchmark and the screenshots alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export interface DemoServer {
  url: string;
  /** Its port and database: a restart on both is the same forum back up. */
  port: string;
  dbPath: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, then its exit code once it is gone. */
  stop(): Promise<number | null>;
}

export async function startDemo(
  settings: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'maintenance-banner-'));
  const file = join(dir, 'settings.json');
  writeFileSync(file, JSON.stringify(settings));
  const dbPath = env['MAINTENANCE_BANNER_DB'] ?? join(dir, 'demo.sqlite3');

  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--prod'],
    {
      cwd: join(ROOT, 'test-app'),
      env: {
        ...process.env,
        PORT: '0',
        MAINTENANCE_BANNER_SETTINGS: file,
        // A fresh database each run, so the settings above are the ones served.
        MAINTENANCE_BANNER_DB: dbPath,
        // The tests set the page's time with Playwright's clock: the page
        // must not be pulled back to the server's real time.
        MAINTENANCE_BANNER_CLOCK_SYNC: 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A test process that ends early takes its server with it.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));

  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`demo did not start:\n${output}`)),
      20_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Demo forum: (http:\/\/localhost:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) =>
      reject(new Error(`demo exited (${code}):\n${output}`)),
    );
  });

  return {
    url,
    port: new URL(url).port,
    dbPath,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          done(child.exitCode);
          return;
        }
        child.once('exit', (code) => done(code));
        child.kill();
      }),
  };
}
