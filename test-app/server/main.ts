/**
 * The demo forum's server: the Ember app (through Vite in development, from
 * the built files with `--prod`), the settings API and live events, with the
 * settings kept in an embedded SQLite database.
 *
 *   PORT=4200 MAINTENANCE_BANNER_DB=./data/banner.sqlite3 node --import tsx server/main.ts [--prod]
 *
 * See config.ts for every variable.
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { Api, EVENTS_PATH } from './api.ts';
import { loadApiKey } from './api-key.ts';
import { AdminAuthenticator } from './auth.ts';
import { systemClock, type Clock } from './clock.ts';
import { APP_ROOT, ConfigError, readConfig } from './config.ts';
import { DatabaseError, openDatabase } from './db.ts';
import { SettingsEvents } from './events.ts';
import { manualClockOnStdin } from './manual-clock.ts';
import { Notifier } from './notifier.ts';
import { createPages } from './pages.ts';
import { FailureLimiter } from './rate-limit.ts';
import { pageSecurityHeaders, securityHeaders } from './security-headers.ts';
import { SessionStore } from './sessions.ts';
import { loadInitialSettings, SettingsFileError } from './settings-source.ts';
import { coerceAll } from './settings-rules.ts';
import { Connections, shutDown } from './shutdown.ts';
import { SettingsStore } from './store.ts';

function fatal(error: unknown): never {
  if (
    error instanceof ConfigError ||
    error instanceof SettingsFileError ||
    error instanceof DatabaseError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}

async function start(): Promise<void> {
  const config = readConfig();
  const clock: Clock =
    config.manualClockStart === null
      ? systemClock
      : manualClockOnStdin(config.manualClockStart);
  const db = openDatabase(config.dbPath, config.dataDir);
  const store = new SettingsStore(db);

  const initial = loadInitialSettings(process.env, clock.now());
  const { seeded } = store.seed(coerceAll(initial.settings));

  const apiKey = loadApiKey(config.adminApiKey, config.dataDir);
  const sessions = new SessionStore(db, clock);
  const auth = new AdminAuthenticator({
    apiKey: apiKey.key,
    sessions,
    limiter: new FailureLimiter(clock),
    proxy: config.proxy,
  });
  const headers = securityHeaders(config.production);
  const events = new SettingsEvents({ headers });
  const notifier = new Notifier({ db, store, clock });
  const api = new Api({
    store,
    events,
    sessions,
    auth,
    notifier,
    proxy: config.proxy,
    clock,
    headers,
  });

  const pages = await createPages({
    production: config.production,
    appRoot: APP_ROOT,
    distDir: config.distDir,
    headers,
    page: (request) => {
      const { settings } = store.snapshot();
      return {
        preload: {
          settings,
          serverTime: config.clockSync ? clock.now() : null,
          eventsUrl: EVENTS_PATH,
          csrf: sessions.fromRequest(request)?.csrf ?? null,
        },
        headers: pageSecurityHeaders(
          config.production,
          settings.maintenance_banner_health_url,
        ),
      };
    },
  });

  const server = createServer(
    (request: IncomingMessage, response: ServerResponse) => {
      connections.track(response);
      let path: string;
      try {
        path = new URL(request.url ?? '/', 'http://localhost').pathname;
      } catch {
        response.writeHead(400, {
          'Content-Type': 'text/plain; charset=utf-8',
          ...headers,
        });
        response.end('Bad request');
        return;
      }
      try {
        if (!api.handle(request, response, path))
          pages(request, response, path);
      } catch (error) {
        console.error(error);
        if (!response.headersSent) response.writeHead(500, headers);
        response.end();
      }
    },
  );
  const connections = new Connections(server);
  // A slow client may not hold a connection open forever while sending its request.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  let forceStop = () => {};
  const forced = new Promise<void>((done) => (forceStop = done));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      forceStop();
      return;
    }
    stopping = true;
    shutDown(
      { server, connections, events, notifier, db, clock },
      signal,
      forced,
    ).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  server.on('error', fatal);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port =
      typeof address === 'object' && address ? address.port : config.port;
    const host = ['127.0.0.1', '::1', 'localhost'].includes(config.host)
      ? 'localhost'
      : config.host;
    console.log(`Settings database: ${config.dbPath}`);
    console.log(`Trusted proxies: ${config.proxy.describe()}`);
    if (config.manualClockStart !== null)
      console.log(
        `Clock: manual, at ${new Date(clock.now()).toISOString()} (MAINTENANCE_BANNER_MANUAL_CLOCK; moved from standard input only)`,
      );
    if (seeded) {
      console.log(`Maintenance settings from ${initial.source}`);
      for (const warning of initial.warnings)
        console.warn(`  warning: ${warning}`);
    } else {
      console.log(
        'Maintenance settings: as stored in the database' +
          (process.env['MAINTENANCE_BANNER_SETTINGS']
            ? ` (MAINTENANCE_BANNER_SETTINGS applies to a new database only; delete ${config.dbPath} to start over)`
            : ''),
      );
    }
    if (apiKey.origin === 'generated') {
      console.log(
        `Admin API key (generated, saved in ${apiKey.path}): ${apiKey.key}`,
      );
    } else if (apiKey.origin === 'file') {
      console.log(`Admin API key: in ${apiKey.path}`);
    } else {
      console.log('Admin API key: from MAINTENANCE_BANNER_ADMIN_API_KEY');
      if (apiKey.key.length < 16) {
        console.warn(
          '  warning: that key is short; anyone who guesses it is an admin. Use 32 random characters or more.',
        );
      }
    }
    notifier.check();
    // Last: whoever waits for this line has everything above too.
    console.log(`Demo forum: http://${host}:${port}/`);
  });
}

await start().catch(fatal);
