/**
 * The visitor's first load by what it does for the visitor: each source
 * module of the banner's first load belongs to one feature, so the bench can
 * say what leaving a feature out (or loading it later) would save, and a
 * new module must say which feature it serves (tests/budgets/bytes.test.ts).
 */
export interface Feature {
  readonly name: string;
  /** Source modules, as the bytes breakdown names them (relative to the repository). */
  readonly modules: RegExp;
}

export const FEATURES: readonly Feature[] = [
  {
    name: 'settings reader: schema, codes for bad values, instants, zones',
    modules:
      /addon\/src\/core\/(read-settings|schema|codecs|instant|zone)\.ts$/,
  },
  {
    name: 'phases and countdown steps',
    modules: /addon\/src\/core\/(phase|countdown)\.ts$/,
  },
  {
    name: 'words: English table, sentences, dates and durations through Intl',
    modules:
      /addon\/src\/core\/(text|messages|interpolate|words|format|locale|intl-cache)\.ts$/,
  },
  {
    name: "the page's one clock and the banner's two time lanes",
    modules:
      /addon\/src\/(services\/maintenance-banner-clock|banner\/lanes|-private\/clock-for)\.ts$/,
  },
  {
    name: 'dismissals (kept per window and phase, followed across tabs)',
    modules: /addon\/src\/(banner\/dismissals|core\/fingerprint)\.ts$/,
  },
  {
    name: 'change notes after a live change ("Postponed", "Extended")',
    modules: /addon\/src\/core\/story\.ts$/,
  },
  {
    name: 'the compact notice while the banner is out of view',
    modules:
      /addon\/src\/banner\/(attention|in-view|show-popover)\.ts$|addon\/src\/banner\/notice\.gts$/,
  },
  {
    name: 'the component: template, blocks, details disclosure, live region',
    modules:
      /addon\/src\/(banner\/(maintenance-banner|maintenance-banner-sentence|details)\.gts|banner\/(state|region|report|effect|focus-after|lang|page-locale|visually-hidden|on-demand|on-demand-static)\.ts|-private\/modifier\.ts)$/,
  },
  {
    name: 'decorators runtime and bundler glue',
    modules: /decorator-transforms\/|^\(glue\)$/,
  },
];

/** The features a module belongs to (one, when the table is right). */
export const featuresOf = (module: string): Feature[] =>
  FEATURES.filter(({ modules }) => modules.test(module));
