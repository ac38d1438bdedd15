/**
 * Headers every response of the demo server carries, and a page's own
 * Content-Security-Policy, whose `connect-src` follows the health URL the
 * admin set: the banner's back-online check may ask that origin and no other.
 */

/** The policy of the built app: no inline script or style, no eval, never framed. */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** A CSP host name: labels of letters, digits and "-" (an IDN arrives in punycode). */
const CSP_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The origin a page must be allowed to connect to for this health URL
 * (`https://status.example.com`), or `null`: a path on this site (covered
 * by 'self'), not an https: URL, or a host the policy cannot name.
 */
export function healthConnectSource(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !CSP_HOST.test(url.hostname)) return null;
  return url.origin;
}

/**
 * The headers of every answer. Under Vite's dev server (which injects inline
 * scripts) the policy is only `frame-ancestors 'none'`: no page of the demo
 * is ever framed, in either mode.
 */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': production
      ? CONTENT_SECURITY_POLICY
      : "frame-ancestors 'none'",
  };
}

/** A page's headers: those of every answer, with `connect-src` open to the health URL's origin. */
export function pageSecurityHeaders(
  production: boolean,
  healthUrl: unknown,
): Record<string, string> {
  const headers = securityHeaders(production);
  const origin = healthConnectSource(healthUrl);
  if (production && origin !== null) {
    headers['Content-Security-Policy'] = contentSecurityPolicy([origin]);
  }
  return headers;
}
