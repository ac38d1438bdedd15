/**
 * Problems → sentences a person can act on, for the admin form, the server
 * and the staff notice (never in the visitor's bundle). English and
 * Simplified Chinese ship; `describe()` falls back to English.
 */
import { shippedLocale } from '../locale.ts';
import { SETTINGS, type Descriptor, type Schema } from '../schema.ts';
import type { SettingProblem } from '../read-settings.ts';
import { en } from './en.ts';
import { quote } from './quote.ts';
import type { SentenceContext, Sentences } from './types.ts';
import { zh_CN } from './zh-CN.ts';

export type { Sentence, SentenceContext, Sentences } from './types.ts';
export { quote } from './quote.ts';

/** The shipped sentence tables, by Discourse-style locale name. */
export const SENTENCES: Readonly<Record<'en' | 'zh_CN', Sentences>> = {
  en,
  zh_CN,
};

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

/** A problem as a sentence from one language's `table`. */
export function sentence(
  table: Sentences,
  problem: SettingProblem,
  schema: Schema = SETTINGS,
): string {
  return table[problem.code](sentenceContext(problem, schema));
}

/**
 * A problem as a sentence that tells a person what to change, in `locale`
 * (a BCP 47 tag or Discourse's `zh_CN`; English by default).
 */
export function describe(
  problem: SettingProblem,
  locale?: string,
  schema: Schema = SETTINGS,
): string {
  return sentence(SENTENCES[shippedLocale(locale)], problem, schema);
}
