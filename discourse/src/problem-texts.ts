/**
 * The staff notice's sentences about the core's settings, for the locale
 * files: the core's own sentences (SENTENCES, en and zh_CN), one per
 * setting and problem, with the setting's limits filled in and what only
 * the page knows left as placeholders (`{value}`, `{length}`,
 * `{protocol}`). The theme ships no sentence in its JavaScript: the glue
 * reads `maintenance_banner_theme.problems.<setting>.<problem>` through
 * Discourse's i18n, so admins can change any of them in Theme translations.
 *
 * Which problems a setting can have is found by asking its codec (the
 * core's own reader) about a set of values that reaches every branch; a
 * problem no value reaches has no sentence, and the glue says so with a
 * general one (staff.other) instead of breaking.
 */
import { codecOf } from '../../addon/src/core/codecs.ts';
import type { ShippedLocale } from '../../addon/src/core/locale.ts';
import { SETTINGS, type Schema } from '../../addon/src/core/schema.ts';
import { sentenceContext } from '../../addon/src/core/sentences/index.ts';
import { SENTENCES } from '../../addon/src/core/shipped.ts';

/** Values that reach every way a codec can refuse one. */
const PROBES: readonly unknown[] = [
  true,
  0,
  -1,
  1.5,
  1e12,
  'yes',
  '',
  '42',
  'a'.repeat(3000),
  '<b>x</b>',
  'a\u0007b',
  'a\nb',
  '2027-02-18',
  '2027-02-18T10:00:00',
  '2027-02-30T10:00:00Z',
  'Mars/Olympus',
  '/a b',
  'not a link',
  'http://example.com',
  'https://user:secret@example.com',
  {},
];

/** A problem a setting can have: its code, and the variant (`kind`) its sentence depends on. */
export interface ReachableProblem {
  readonly code: string;
  readonly kind?: 'type' | 'path' | 'credentials';
}

/** The key of a problem's sentence under its setting: `invalid_url`, `invalid_url_path`. */
export function problemKey({ code, kind }: ReachableProblem): string {
  return kind ? `${code}_${kind}` : code;
}

/** Every problem the core's codec reports for `key`, in the order first met. */
export function reachableProblems(
  key: string,
  schema: Schema = SETTINGS,
): ReachableProblem[] {
  const spec = schema[key];
  if (!spec) throw new Error(`${key} is not a setting`);
  const found = new Map<string, ReachableProblem>();
  const required = 'required' in spec && spec.required === true;
  for (const probe of PROBES) {
    for (const asRequired of required ? [false, true] : [false]) {
      const reading = codecOf(spec).read(probe, spec, asRequired);
      if (reading.ok) continue;
      const problem = { code: reading.code, kind: reading.params?.kind };
      found.set(problemKey(problem), problem);
    }
  }
  return [...found.values()];
}

/**
 * `{ <setting>: { <problem>: sentence } }` in `locale`, with `{value}`,
 * `{length}` and `{protocol}` for the glue to fill.
 */
export function problemTexts(
  locale: ShippedLocale,
  schema: Schema = SETTINGS,
): Record<string, Record<string, string>> {
  const texts: Record<string, Record<string, string>> = {};
  for (const key of Object.keys(schema)) {
    const sentences: Record<string, string> = {};
    for (const problem of reachableProblems(key, schema)) {
      const context = sentenceContext(
        {
          key: key as never,
          code: problem.code as never,
          params: problem.kind ? { kind: problem.kind } : {},
        },
        schema,
      );
      sentences[problemKey(problem)] = SENTENCES[locale][
        problem.code as keyof (typeof SENTENCES)['en']
      ]({
        ...context,
        value: '{value}',
        length: '{length}' as unknown as number,
        protocol: '{protocol}',
      });
    }
    texts[key] = sentences;
  }
  return texts;
}
