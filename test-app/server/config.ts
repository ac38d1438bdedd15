/**
 * The demo server's configuration, from the command line and the
 * environment, read once at start.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProxyConfigError, ProxyTrust } from './proxy.ts';

/** The test-app folder (the server lives in its `server/`). */
export const APP_ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export interface ServerConfig {
  /** Serve the built app (`dist-demo`) instead of Vite's dev server. */
  production: boolean;
  port: number;
  /** Loopback unless told otherwise: the admin API is not for the network by accident. */
  host: string;
  distDir: string;
  /** The SQLite file; its folder is the data folder (the generated API key lives there too). */
  dbPath: string;
  dataDir: string;
  /** From MAINTENANCE_BANNER_ADMIN_API_KEY; `null`: generate one in the data folder. */
  adminApiKey: string | null;
  /** Put the server's time into pages and events, so visitors follow the server's clock. */
  clockSync: boolean;
  /** TRUST_PROXY: the proxies whose X-Forwarded-For/-Proto count. */
  proxy: ProxyTrust;
  /**
   * MAINTENANCE_BANNER_MANUAL_CLOCK (tests only): start the server's clock
   * at this instant and move it only from standard input (manual-clock.ts).
   */
  manualClockStart: number | null;
}

export class ConfigError extends Error {}

export function readConfig(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const portText = env['PORT'] ?? '4200';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65_535) {
    throw new ConfigError(
      `PORT=${portText}: use a port number (0 picks a free one).`,
    );
  }
  const dbPath = resolve(
    env['MAINTENANCE_BANNER_DB'] ||
      resolve(APP_ROOT, 'data/maintenance-banner.sqlite3'),
  );
  const key = env['MAINTENANCE_BANNER_ADMIN_API_KEY'];
  const sync = (env['MAINTENANCE_BANNER_CLOCK_SYNC'] ?? '')
    .trim()
    .toLowerCase();
  let proxy: ProxyTrust;
  try {
    proxy = ProxyTrust.parse(env['TRUST_PROXY']);
  } catch (error) {
    if (error instanceof ProxyConfigError) throw new ConfigError(error.message);
    throw error;
  }
  const manual = env['MAINTENANCE_BANNER_MANUAL_CLOCK'];
  const manualClockStart = manual ? Date.parse(manual) : null;
  if (manualClockStart !== null && !Number.isFinite(manualClockStart)) {
    throw new ConfigError(
      `MAINTENANCE_BANNER_MANUAL_CLOCK=${manual}: use an ISO 8601 instant such as 2027-02-18T17:00:00Z.`,
    );
  }
  return {
    production: argv.includes('--prod'),
    port,
    host: env['HOST'] || '127.0.0.1',
    distDir: resolve(APP_ROOT, env['DEMO_DIST'] ?? 'dist-demo'),
    dbPath,
    dataDir: dirname(dbPath),
    adminApiKey: key ? key : null,
    clockSync: !['0', 'off', 'false', 'no'].includes(sync),
    proxy,
    manualClockStart,
  };
}
