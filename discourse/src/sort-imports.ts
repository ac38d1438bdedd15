/**
 * The import order Discourse's lint config asks for (`simple-import-sort`
 * with its groups): Glimmer, Ember, other packages, Discourse, relative
 * paths; each group sorted by path the way the rule compares them.
 */

/** The groups of `@discourse/lint-configs`, in order; the longest match wins. */
const GROUPS = [
  /^@glimmer\//u,
  /^@ember\//u,
  /(?:)/u,
  /^discourse\//u,
  /^discourse-.+/u,
  /^discourse\/plugins\//u,
  /^\.\.\//u,
  /^\.\//u,
];

const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
});

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sort by directory level: `../../x` before `../x` before `./x`. */
function sortKey(source: string): string {
  return source
    .replace(/^[./]*\.$/, '$&/')
    .replace(/^[./]*\/$/, '$&,')
    .replace(
      /[./_-]/g,
      (char) => ({ '.': '_', '/': '-', _: '.', '-': '/' })[char] ?? char,
    );
}

function groupOf(source: string): number {
  let best = -1;
  let bestLength = -1;
  GROUPS.forEach((regex, index) => {
    const match = regex.exec(source);
    if (match && match[0].length > bestLength) {
      best = index;
      bestLength = match[0].length;
    }
  });
  return best;
}

export interface ImportItem {
  /** The module specifier. */
  readonly source: string;
  /** `import "x"`: kept first, in its original order. */
  readonly sideEffect: boolean;
  /** Position in the original list, for a stable sort. */
  readonly index: number;
}

/** The items in Discourse's order. */
export function sortImports<T extends ImportItem>(items: readonly T[]): T[] {
  // A side-effect import matches no group but the catch-all one.
  const group = (item: T) =>
    groupOf(item.sideEffect ? `\0${item.source}` : item.source);
  return [...items].sort((a, b) => {
    const byGroup = group(a) - group(b);
    if (byGroup !== 0) return byGroup;
    if (a.sideEffect || b.sideEffect) {
      if (a.sideEffect && b.sideEffect) return a.index - b.index;
      return a.sideEffect ? -1 : 1;
    }
    return (
      compareNames(sortKey(a.source), sortKey(b.source)) ||
      compareNames(a.source, b.source) ||
      a.index - b.index
    );
  });
}
