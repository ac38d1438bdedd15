/**
 * Runs the real demo server (`test-app/server/main.ts --prod`) as a child
 * process on a free loopback port, with a temporary SQLite file and a stub
 * page standing in for the built app, and reads its database afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const API_KEY = 'test-admin-key-0123456789abcdef';

export const STUB_PAGE =
  '<!doctype html>\n<html lang="en"><head><title>Go Forum</title></head><body></body></html>\n';

/** A fresh folder for one server's database, key file and stub build. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maintenance-banner-server-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), STUB_PAGE);
  return dir;
}

export interface ServerOptions {
  /** Reuse a folder (and its database) from an earlier run. */
  dir?: string;
  /** Settings file for MAINTENANCE_BANNER_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Extra environment; `null` removes a variable. */
  env?: Record<string, string | null>;
  /** Start the server's clock at this instant; it then moves only through `clock`. */
  manualClock?: string;
  /** `ulimit -f` in 512-byte blocks: writes past that size fail, like a full disk. */
  fileSizeBlocks?: number;
  /** `false`: `npm start`'s way, through Vite's dev server (slower to start). */
  production?: boolean;
}

/** The server's manual clock, driven through its standard input. */
export interface ClockControl {
  /** Moves the clock on; resolves once every wake-up on the way has run, with the new time. */
  advance(ms: number): Promise<number>;
  /** Moves the clock on to `iso`. */
  set(iso: string): Promise<number>;
  /** The wake-ups the server has set so far (ISO instants, in order). */
  wakeUps(): string[];
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningServer {
  url: string;
  dir: string;
  dbPath: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in what the server prints from `from` on. */
  waitForOutput(
    pattern: RegExp,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<RegExpExecArray>;
  /** Present with `manualClock`. */
  clock: ClockControl | null;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  /** SIGTERM (or another signal) and wait for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

export async function startServer(
  options: ServerOptions = {},
): Promise<RunningServer> {
  const dir = options.dir ?? tempDir();
  const dbPath = join(dir, 'data', 'banner.sqlite3');
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('MAINTENANCE_BANNER_')) env[name] = value;
  }
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DIST: join(dir, 'dist'),
    MAINTENANCE_BANNER_DB: dbPath,
    MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY,
  });
  if (options.settings) {
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(options.settings));
    env['MAINTENANCE_BANNER_SETTINGS'] = file;
  }
  if (options.manualClock)
    env['MAINTENANCE_BANNER_MANUAL_CLOCK'] = options.manualClock;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === null) delete env[name];
    else env[name] = value;
  }

  // `npm start` runs from test-app/, where Vite and Embroider find the app.
  const production = options.production !== false;
  const cwd = production ? ROOT : join(ROOT, 'test-app');
  const server = production
    ? ['--import', 'tsx', 'test-app/server/main.ts', '--prod']
    : ['--import', 'tsx', 'server/main.ts'];
  const child =
    options.fileSizeBlocks === undefined
      ? spawn(process.execPath, server, {
          cwd,
          env,
          stdio: [options.manualClock ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        })
      : spawn(
          '/bin/sh',
          [
            '-c',
            `ulimit -f ${options.fileSizeBlocks} && exec "$0" "$@"`,
            process.execPath,
            ...server,
          ],
          {
            cwd,
            env,
            stdio: [options.manualClock ? 'pipe' : 'ignore', 'pipe', 'pipe'],
          },
        );
  let output = '';
  const listeners = new Set<() => void>();
  const exited = new Promise<Exit>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  // Whatever ends this process (a failed test, process.exit) ends the server too.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  void exited.then(() => process.off('exit', orphan));

  const port = await new Promise<string>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      20_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      for (const listener of [...listeners]) listener();
      const match = /Demo forum: http:\/\/localhost:(\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePort(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });

  const waitForOutput = (
    pattern: RegExp,
    {
      from = 0,
      timeoutMs = 10_000,
    }: { from?: number; timeoutMs?: number } = {},
  ) =>
    new Promise<RegExpExecArray>((resolveMatch, reject) => {
      const look = () => {
        const match = new RegExp(pattern.source, pattern.flags).exec(
          output.slice(from),
        );
        if (!match) return false;
        cleanUp();
        resolveMatch(match);
        return true;
      };
      const timer = setTimeout(() => {
        cleanUp();
        reject(
          new Error(
            `no ${String(pattern)} within ${timeoutMs} ms:\n${output.slice(from)}`,
          ),
        );
      }, timeoutMs);
      const listener = () => void look();
      const cleanUp = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
      look();
    });

  const command = async (line: string): Promise<number> => {
    const from = output.length;
    child.stdin!.write(`${line}\n`);
    const [, iso] = await waitForOutput(/manual clock: now (\S+)/, { from });
    return Date.parse(iso!);
  };

  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    dbPath,
    child,
    output: () => output,
    waitForOutput,
    clock: options.manualClock
      ? {
          advance: (ms) => command(`advance ${ms}`),
          set: (iso) => command(`set ${iso}`),
          wakeUps: () =>
            [...output.matchAll(/manual clock: wake-up at (\S+)/g)].map(
              (match) => match[1]!,
            ),
        }
      : null,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null)
        child.kill(signal);
      return exited;
    },
  };
}

export const adminHeaders = (username = 'admin'): Record<string, string> => ({
  'Api-Key': API_KEY,
  'Api-Username': username,
});

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** One request with fetch; a JSON `json` body gets its Content-Type. */
export async function call(
  server: { url: string },
  method: string,
  path: string,
  options: {
    headers?: Record<string, string>;
    json?: unknown;
    body?: string;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(server.url + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return {
    status: response.status,
    headers: response.headers,
    body: parsed,
    text,
  };
}

/** PUT one setting as an admin, the way a runbook would. */
export const putSetting = (
  server: { url: string },
  key: string,
  value: unknown,
  headers: Record<string, string> = adminHeaders(),
) =>
  call(server, 'PUT', `/admin/site_settings/${key}`, {
    headers,
    json: { [key]: value },
  });

export interface SettingsJson {
  settings: Record<string, unknown>;
  version: number;
  server_time: number;
}

export async function publicSettings(server: {
  url: string;
}): Promise<SettingsJson> {
  const answer = await call(server, 'GET', '/maintenance-banner/settings.json');
  if (answer.status !== 200) throw new Error(`settings.json: ${answer.status}`);
  return answer.body as SettingsJson;
}

export interface DbState {
  settings: Record<string, string>;
  version: number | null;
  history: Array<Record<string, unknown>>;
  sessions: number;
}

/** Reads the database file directly (read-only; the server may be running). */
export function readDb(dbPath: string): DbState {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const settings: Record<string, string> = {};
    for (const row of db
      .prepare<[], { key: string; value: string }>(
        'SELECT key, value FROM settings ORDER BY key',
      )
      .all()) {
      settings[row.key] = row.value;
    }
    return {
      settings,
      version:
        db
          .prepare<[], number>('SELECT version FROM settings_version')
          .pluck()
          .get() ?? null,
      history: db
        .prepare<[], Record<string, unknown>>(
          'SELECT * FROM settings_history ORDER BY id',
        )
        .all(),
      sessions:
        db
          .prepare<[], number>('SELECT count(*) FROM admin_sessions')
          .pluck()
          .get() ?? 0,
    };
  } finally {
    db.close();
  }
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request with node:http, for what fetch will not send (any method name,
 * bodies on GET, a declared length that is never sent).
 */
export function rawRequest(
  server: { url: string },
  options: {
    method: string;
    path: string;
    headers?: Record<string, string | number>;
    body?: string | Buffer;
    /** Send only this much of the body, then wait. */
    partial?: Buffer;
    timeoutMs?: number;
    /** Connect from this loopback address (127.0.0.2 is another client). */
    localAddress?: string;
  },
): Promise<RawAnswer> {
  const url = new URL(server.url);
  return new Promise((resolveAnswer, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
        timeout: options.timeoutMs ?? 5000,
        localAddress: options.localAddress,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolveAnswer({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
          request.destroy();
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => {
      request.destroy(
        new Error(`no answer within ${options.timeoutMs ?? 5000} ms`),
      );
    });
    request.on('error', reject);
    if (options.partial) request.write(options.partial);
    else request.end(options.body);
  });
}
