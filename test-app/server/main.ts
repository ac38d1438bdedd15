/**
 * The demo forum's server: the Ember app (through Vite in development, from
 * the built files with `--prod`) with the maintenance settings preloaded
 * into every page.
 *
 *   PORT=4200 MAINTENANCE_BANNER_SETTINGS=./settings.json node --import tsx server/main.ts [--prod]
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectSettings } from './html.ts';
import { loadInitialSettings, SettingsFileError } from './settings-source.ts';

const APP_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const production = process.argv.includes('--prod');
const port = Number(process.env['PORT'] ?? 4200);
const distDir = resolve(APP_ROOT, process.env['DEMO_DIST'] ?? 'dist-demo');

/** No inline script or style, no eval: the built demo runs under this policy. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

let loaded;
try {
  loaded = loadInitialSettings();
} catch (error) {
  if (error instanceof SettingsFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { settings, source, warnings } = loaded;

/** A route of the app (not a file, not one of Vite's own `/@…` paths). */
function isPageRequest(request: IncomingMessage, path: string): boolean {
  return (
    request.method === 'GET' && extname(path) === '' && !path.startsWith('/@')
  );
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
) {
  response.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    ...(production
      ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
      : {}),
  });
  response.end(body);
}

async function serveBuilt(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) {
  if (isPageRequest(request, path)) {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    send(response, 200, TYPES['.html']!, injectSettings(html, settings));
    return;
  }
  const file = normalize(join(distDir, decodeURIComponent(path)));
  if (!file.startsWith(distDir + sep)) {
    send(response, 403, TYPES['.txt']!, 'Forbidden');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, await readFile(file));
  } catch {
    send(response, 404, TYPES['.txt']!, 'Not found');
  }
}

async function start() {
  let handle: (request: IncomingMessage, response: ServerResponse) => void;

  if (production) {
    await stat(join(distDir, 'index.html')).catch(() => {
      console.error(
        `No build in ${distDir}: run \`npm run build:demo -w test-app\` first.`,
      );
      process.exit(1);
    });
    handle = (request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      serveBuilt(request, response, path).catch((error: unknown) => {
        console.error(error);
        send(response, 500, TYPES['.txt']!, 'Internal error');
      });
    };
  } else {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      root: APP_ROOT,
      appType: 'custom',
      server: { middlewareMode: true },
    });
    handle = (request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!isPageRequest(request, path)) {
        vite.middlewares(request, response);
        return;
      }
      readFile(join(APP_ROOT, 'index.html'), 'utf8')
        .then((html) => vite.transformIndexHtml(request.url ?? '/', html))
        .then((html) =>
          send(response, 200, TYPES['.html']!, injectSettings(html, settings)),
        )
        .catch((error: unknown) => {
          console.error(error);
          send(response, 500, TYPES['.txt']!, 'Internal error');
        });
    };
  }

  const server = createServer(handle);
  server.listen(port, () => {
    const address = server.address();
    const actualPort =
      typeof address === 'object' && address ? address.port : port;
    console.log(`Demo forum: http://localhost:${actualPort}/`);
    console.log(
      `Maintenance settings from ${source}; starts at ${String(settings.maintenance_banner_starts_at)}`,
    );
    for (const warning of warnings) console.warn(`  warning: ${warning}`);
  });
}

await start();
