/**
 * BENCH_PARTS=bytes: the bytes the banner adds to a visitor's page, measured
 * by bench/bytes.ts (the public entry and what it reaches, esbuild-minified,
 * split at `import()`, gzip -9; the stylesheet through Lightning CSS), beside
 * `@github/relative-time-element` and the admin form's own bundle. Prints the
 * table, the first load by feature (what leaving each out would save) and
 * by source module, and whether the admin form stays out of the visitor
 * bundle. Needs no browser.
 */
import { kb, measureBanner, measurePackage } from '../bytes.ts';
import { FEATURES } from '../features.ts';
import { table } from '../table.ts';

export async function reportBytes(): Promise<void> {
  const bytes = await measureBanner();
  const relativeTime = await measurePackage('@github/relative-time-element');
  console.log(
    '\n## Bytes the banner adds (esbuild-minified, split at import(), gzip -9; Ember and Glimmer external)\n',
  );
  const onDemand = (pattern: RegExp) =>
    bytes.js.onDemand.filter((chunk) =>
      chunk.modules.some((module) => pattern.test(module)),
    );
  const chunkRow = (label: string, pattern: RegExp) => {
    const chunks = onDemand(pattern);
    const sum = (pick: (size: { min: number; gzip: number }) => number) =>
      chunks.reduce((total, chunk) => total + pick(chunk), 0);
    return [
      label,
      chunks.length ? kb(sum((c) => c.min)) : 'n/a',
      chunks.length ? kb(sum((c) => c.gzip)) : 'n/a',
    ];
  };
  console.log(
    table(
      ['', 'minified', 'min + gzip'],
      [
        ['banner JS (first load)', kb(bytes.js.min), kb(bytes.js.gzip)],
        ['banner CSS', kb(bytes.css.min), kb(bytes.css.gzip)],
        [
          'banner JS + CSS',
          kb(bytes.js.min + bytes.css.min),
          kb(bytes.js.gzip + bytes.css.gzip),
        ],
        chunkRow('  on demand: the calendar file', /calendar/),
        chunkRow('  on demand: the back-online checks', /health/),
        [
          '(for comparison) @github/relative-time-element JS',
          kb(relativeTime.min),
          kb(relativeTime.gzip),
        ],
        [
          'admin form JS (ember-maintenance-banner/admin)',
          bytes.admin
            ? kb(bytes.admin.min)
            : bytes.adminError
              ? 'failed'
              : 'n/a',
          bytes.admin
            ? kb(bytes.admin.gzip)
            : bytes.adminError
              ? 'failed'
              : 'n/a',
        ],
        [
          'admin form CSS (admin.css)',
          bytes.adminCss ? kb(bytes.adminCss.min) : 'n/a',
          bytes.adminCss ? kb(bytes.adminCss.gzip) : 'n/a',
        ],
      ],
    ),
  );
  const { breakdown, gzip, gzipWithout } = bytes.js;
  console.log(
    '\nBanner JS of the first load by feature: its modules minified, and what the first load would weigh less, min+gz, with their code cut out (gzip shares one dictionary, so the savings add up to less than the whole):\n',
  );
  console.log(
    table(
      ['feature', 'minified', 'min + gzip saved'],
      FEATURES.map(({ name, modules }) => [
        name,
        kb(
          breakdown
            .filter(([module]) => modules.test(module))
            .reduce((sum, [, size]) => sum + size, 0),
        ),
        kb(gzip - gzipWithout((module) => modules.test(module))),
      ]),
    ),
  );
  console.log(
    `\nBanner JS of the first load by source module (minified, through the source maps): ${breakdown
      .map(
        ([module, size]) =>
          `${module.replace(/^addon\/src\//, '')} ${kb(size)}`,
      )
      .join(', ')}`,
  );
  if (bytes.adminError) {
    console.log(
      `The admin entry did not compile: ${bytes.adminError.split('\n')[1] ?? bytes.adminError}`,
    );
  }
  if (bytes.admin) {
    console.log(
      bytes.adminInVisitorBundle.length === 0
        ? `The admin form is not in the visitor bundle (looked for its module and ${bytes.adminMarkers.join(', ')}; found in its own bundle).`
        : `The admin form IS in the visitor bundle: ${bytes.adminInVisitorBundle.join(', ')}`,
    );
  }
}
