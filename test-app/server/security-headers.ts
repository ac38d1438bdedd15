/** Headers every response of the demo server carries. */

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

/** The policy applies to the built app; Vite's dev server injects inline scripts. */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    ...(production
      ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
      : {}),
  };
}
