/**
 * What every page carries, as Discourse preloads its own: the settings
 * (so the banner is there on the first render), where to listen for
 * changes, the server's time (to correct a visitor's wrong clock) and, for
 * a logged-in admin, the session's CSRF token; and its language, as
 * `<html lang dir>`, so the first paint is in it.
 */
import type { PageLanguage } from './language.ts';

import {
  CSRF_META,
  EVENTS_META,
  PRELOAD_ID,
  SERVER_TIME_META,
} from './wire-format.ts';

export interface PagePreload {
  settings: unknown;
  /** Epoch ms when the page was made; `null`: visitors keep their own clock. */
  serverTime: number | null;
  eventsUrl: string;
  csrf: string | null;
}

/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const meta = (name: string, content: string) =>
  `<meta name="${name}" content="${attribute(content)}">`;

/** The page's own `<html>` tag, whatever attributes it has. */
const HTML_TAG = /<html\b[^>]*>/i;

export function injectPage(
  html: string,
  preload: PagePreload,
  language: PageLanguage,
): string {
  const tags = [
    `<script type="application/json" id="${PRELOAD_ID}">${scriptSafeJson(preload.settings)}</script>`,
    meta(EVENTS_META, preload.eventsUrl),
  ];
  if (preload.serverTime !== null) {
    tags.push(meta(SERVER_TIME_META, String(preload.serverTime)));
  }
  if (preload.csrf !== null) tags.push(meta(CSRF_META, preload.csrf));
  const block = tags.map((tag) => `    ${tag}\n`).join('');
  const root = `<html lang="${attribute(language.lang)}" dir="${language.dir}">`;
  // Functions, so a "$&" in an admin's message is not a replacement pattern.
  return html
    .replace(HTML_TAG, () => root)
    .replace('</head>', () => `${block}  </head>`);
}
