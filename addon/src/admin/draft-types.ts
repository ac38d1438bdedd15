/** What the form's state (draft.ts) tells about the start and the problems. */
import type { SettingProblem, ZonedTime } from '../core/index.ts';
import type { SettingValue } from '../adapters/settings-adapter.ts';
import type { ExtraProblem } from './draft-extras.ts';

export type StartReading =
  | { readonly state: 'empty' }
  | { readonly state: 'incomplete' }
  | { readonly state: 'no-zone' }
  | {
      readonly state: 'resolved';
      readonly zone: string;
      readonly result: ZonedTime;
      /** What is stored: ISO 8601 with the zone's offset at that instant. */
      readonly iso: string;
    };

/** What is wrong with a setting, and who says so. */
export type DraftProblem =
  /** The core's rules, the same the banner and the server apply. */
  | { readonly source: 'rules'; readonly problem: SettingProblem }
  /** The form's own check: a date without a time, or the reverse. */
  | { readonly source: 'form'; readonly code: 'incomplete_start' }
  /** A host setting's codec, or its link's own rule. */
  | { readonly source: 'extra'; readonly problem: ExtraProblem }
  /** The server refused the value (shown until it changes). */
  | { readonly source: 'server'; readonly message: string };

/** The saved start needed an explanation when it was read back. */
export interface StartNote {
  readonly problem: 'no-offset' | 'unreadable';
  readonly value: string;
  /** The zone it is shown in. */
  readonly zone: string;
}

export interface ServerError {
  readonly messages: readonly string[];
  /** The value the server refused: the error shows until the value changes. */
  readonly sent: SettingValue;
}
