import type { SettingKey } from '../core/index.ts';
import type { Controls } from './controls.ts';
import type { SettingsDraft } from './draft.ts';
import type { FormText } from './form-text.ts';

/** What every field of the form gets from it: one argument, `@form`. */
export interface FormContext {
  readonly draft: SettingsDraft;
  readonly text: FormText;
  /** The admin's own IANA zone. */
  readonly adminZone: string;
  /** The controls by name, for the focus. */
  readonly controls: Controls;
  /** A unique element id for `part` (a setting's key for its control). */
  id(part: string): string;
  /** The problems shown now: once the admin left the field, or tried to save. */
  errorsFor(key: SettingKey): readonly string[] | undefined;
  /** The admin left a field: its errors show from now on. */
  commit(key: SettingKey): void;
  /** A value changed (the preview follows). */
  changed(): void;
  /** The site's time now. */
  now(): number;
}
