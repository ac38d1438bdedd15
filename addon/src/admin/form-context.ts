import type { SettingName } from '../adapters/settings-adapter.ts';
import type { Conflicts } from './conflicts.ts';
import type { Controls } from './controls.ts';
import type { SettingsDraft } from './draft.ts';
import type { ExtraSetting } from './extra-settings.ts';
import type { FormText } from './form-text.ts';

/** What every field of the form gets from it: one argument, `@form`. */
export interface FormContext {
  readonly draft: SettingsDraft;
  readonly text: FormText;
  /** The admin's own IANA zone. */
  readonly adminZone: string;
  /** The controls by name, for the focus. */
  readonly controls: Controls;
  /** The host's own settings (`@extraSettings`), drawn after the banner's. */
  readonly extraSettings: readonly ExtraSetting[];
  /** Settings someone else changed before this form's save. */
  readonly conflicts: Conflicts;
  /** A unique element id for `part` (a setting's key for its control). */
  id(part: string): string;
  /** The problems shown now: once the admin left the field, or tried to save. */
  errorsFor(key: SettingName): readonly string[] | undefined;
  /** The admin left a field: its errors show from now on. */
  commit(key: SettingName): void;
  /** A value changed (the preview follows). */
  changed(): void;
  /** The site's time now. */
  now(): number;
  /** A conflict answered: keep the admin's value (saved with the new version). */
  keepMine(key: SettingName): void;
  /** A conflict answered: take the value stored now. */
  takeTheirs(key: SettingName): void;
}
