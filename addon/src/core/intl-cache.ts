/**
 * One `Intl` object per kind, locale and options for the page's life:
 * building them is the costly part (tens of microseconds each, the first of
 * a page tens of milliseconds), and the banner asks for the same few again
 * and again.
 */
const made = new Map<string, unknown>();

/** The object `build` makes for `key`, built once; a build that throws is not kept. */
export function intl<T>(key: string, build: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    made.set(key, value);
  }
  return value;
}
