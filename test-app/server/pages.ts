/**
 * The Ember app's pages and files: through Vite's dev server, or from the
 * built files (`--prod`). Every page gets the preload of html.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { injectPage, type PagePreload } from './html.ts';
import { chooseLocale, LOCALE_COOKIE, pageLanguage } from './language.ts';
import { readCookie } from './sessions.ts';

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

export interface PagesOptions {
  production: boolean;
  appRoot: string;
  distDir: string;
  headers: Record<string, string>;
  /** What to put into the page for this request, and the page's own headers (its CSP). */
  page: (request: IncomingMessage) => {
    preload: PagePreload;
    headers: Record<string, string>;
  };
}

export type PageHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) => void;

/** A route of the app (not a file, not one of Vite's own `/@…` paths). */
function isPageRequest(request: IncomingMessage, path: string): boolean {
  return (
    request.method === 'GET' && extname(path) === '' && !path.startsWith('/@')
  );
}

function sender(headers: Record<string, string>) {
  return (
    response: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    extra: Record<string, string> = {},
  ) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(status, { 'Content-Type': type, ...headers, ...extra });
    response.end(body);
  };
}

/**
 * Pages hold live settings (and maybe a CSRF token): never cached. Their
 * language follows the request's cookie and Accept-Language.
 */
const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  Vary: 'Accept-Language, Cookie',
};

/** The request's language: the switch's cookie, else the browser's Accept-Language. */
function languageOf(request: IncomingMessage) {
  return pageLanguage(
    chooseLocale({
      cookie: readCookie(request, LOCALE_COOKIE),
      acceptLanguage: request.headers['accept-language'],
    }),
  );
}

export async function createPages(options: PagesOptions): Promise<PageHandler> {
  const send = sender(options.headers);
  const fail = (response: ServerResponse) => (error: unknown) => {
    console.error(error);
    send(response, 500, TYPES['.txt']!, 'Internal error');
  };
  /** The app's page with this request's preload in it. */
  const page =
    (request: IncomingMessage, response: ServerResponse) => (html: string) => {
      const { preload, headers } = options.page(request);
      send(
        response,
        200,
        TYPES['.html']!,
        injectPage(html, preload, languageOf(request)),
        {
          ...headers,
          ...PAGE_HEADERS,
        },
      );
    };

  if (options.production) {
    const { distDir } = options;
    await stat(join(distDir, 'index.html')).catch(() => {
      throw new Error(
        `No build in ${distDir}: run \`npm run build:demo -w test-app\` first.`,
      );
    });
    return (request, response, path) => {
      if (isPageRequest(request, path)) {
        readFile(join(distDir, 'index.html'), 'utf8')
          .then(page(request, response))
          .catch(fail(response));
        return;
      }
      serveFile(response, distDir, path, send).catch(fail(response));
    };
  }

  const { createServer: createVite } = await import('vite');
  const vite = await createVite({
    root: options.appRoot,
    appType: 'custom',
    server: { middlewareMode: true },
  });
  return (request, response, path) => {
    if (!isPageRequest(request, path)) {
      vite.middlewares(request, response);
      return;
    }
    readFile(join(options.appRoot, 'index.html'), 'utf8')
      .then((html) => vite.transformIndexHtml(request.url ?? '/', html))
      .then(page(request, response))
      .catch(fail(response));
  };
}

async function serveFile(
  response: ServerResponse,
  distDir: string,
  path: string,
  send: ReturnType<typeof sender>,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    send(response, 400, TYPES['.txt']!, 'Bad request');
    return;
  }
  const file = normalize(join(distDir, decoded));
  if (!file.startsWith(distDir + sep) || decoded.includes('\0')) {
    send(response, 403, TYPES['.txt']!, 'Forbidden');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    send(response, 404, TYPES['.txt']!, 'Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  send(response, 200, type, await readFile(file));
}
