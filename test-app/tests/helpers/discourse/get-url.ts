/**
 * Stand-in for Discourse's `discourse/lib/get-url`, for the theme
 * component's tests only: prefixes a path with the site's subfolder, as
 * Discourse's does for a forum served under /forum.
 */
let prefix = '';

/** The subfolder the forum is served under ('' at the root). */
export function setPrefix(path: string): void {
  prefix = path.replace(/\/$/, '');
}

export default function getURL(url: string): string {
  return url.startsWith('/') ? `${prefix}${url}` : url;
}
