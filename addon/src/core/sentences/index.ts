/**
 * Problems → sentences a person can act on, for the admin form, the server
 * and the staff notice (never in the visitor's bundle). English is built
 * in; other languages are registered (`registerSettingTexts`), so a page
 * carries only those it shows.
 */
import { languageTables } from '../locale.ts';
import { SETTINGS, type Descriptor, type Schema } from '../schema.ts';
import type { SettingProblem } from '../read-settings.ts';
import { en } from './en.ts';
import { quote } from './quote.ts';
import type { SentenceContext, Sentences } from './types.ts';

export type { Sentence, SentenceContext, Sentences } from './types.ts';
export { quote } from './quote.ts';

/** The sentence tables of the registered languages, English for the rest. */
export const sentenceTables = languageTables<Sentences>(en);

/**
 * What a problem's sentence is given: its params (the value quoted) and
 * its setting's limits from the descriptor.
 */
export function sentenceContext(
  problem: SettingProblem,
  schema: Schema = SETTINGS,
): SentenceContext {
  const spec: Partial<Descriptor> | undefined =
    problem.key === null ? undefined : schema[problem.key];
  const params = problem.params ?? {};
  return {
    ...params,
    value: quote(params.value),
    min: spec && 'min' in spec ? spec.min : undefined,
    max: spec && 'max' in spec ? spec.max : undefined,
    unit: spec && 'unit' in spec ? spec.unit : undefined,
    maxLength: spec && 'maxLength' in spec ? spec.maxLength : undefined,
    multiline: spec && 'multiline' in spec ? spec.multiline : undefined,
    choices: spec && 'choices' in spec ? (spec.choices ?? []) : [],
    allow: spec && 'allow' in spec ? spec.allow : undefined,
  };
}

/**
 * A problem as a sentence that tells a person what to change, in `locale`
 * (a BCP 47 tag or Discourse's `zh_CN`) when its language is registered,
 * in English otherwise.
 */
export function describe(
  problem: SettingProblem,
  locale?: string,
  schema: Schema = SETTINGS,
): string {
  return sentenceTables
    .for(locale)
    [problem.code](sentenceContext(problem, schema));
}
