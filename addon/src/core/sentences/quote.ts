/**
 * How a sentence quotes the value at fault. Apart from the tables, so that
 * a host that has the sentences elsewhere (the Discourse theme, in its
 * locale files) quotes the same way without shipping them.
 */

/** The value as a sentence quotes it: strings shortened to 40 characters. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  try {
    if (Array.isArray(value)) return 'a list';
  } catch {
    // a revoked Proxy
  }
  return value === null ? 'null' : `a value of type ${typeof value}`;
}
