/** The settings travel inside the page, as Discourse preloads its own. */
export const PRELOAD_ID = 'maintenance-banner-settings';

/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function injectSettings(html: string, settings: unknown): string {
  const tag = `<script type="application/json" id="${PRELOAD_ID}">${scriptSafeJson(settings)}</script>`;
  return html.replace('</head>', `    ${tag}\n  </head>`);
}
