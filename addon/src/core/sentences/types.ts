import type { ProblemParams, SettingErrorCode } from '../codecs.ts';

/**
 * What a sentence may say about a problem: its params (the offending value
 * already quoted and shortened) and its setting's limits.
 */
export interface SentenceContext extends Omit<ProblemParams, 'value'> {
  /** The value as given, quoted and shortened: `"next Tuesday"`, `42`, `a list`. */
  readonly value: string;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: 'minutes' | 'hours';
  readonly maxLength?: number;
  readonly multiline?: boolean;
  readonly choices: readonly string[];
  readonly allow?: 'channel' | 'health';
}

export type Sentence = (problem: SentenceContext) => string;

/** One sentence per problem code, in one language. */
export type Sentences = Readonly<Record<SettingErrorCode, Sentence>>;
