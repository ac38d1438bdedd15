/**
 * Stand-in for `getURLForAttribute` of Discourse's `discourse/lib/get-url`,
 * which Discourse's theme compiler puts around every `<a href>` of a
 * theme's templates: it prefixes a same-site path with the forum's
 * subfolder and passes anything else unchanged. This page is a forum at
 * the root of its domain, where every value passes unchanged.
 */
export function getURLForAttribute(value: unknown): unknown {
  return value;
}
