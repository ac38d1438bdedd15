/** A field's descriptor: the banner setting's (the core's `SETTINGS`), or the host setting's. */
import { SETTINGS, type Descriptor } from '../../core/index.ts';
import { isSettingKey } from '../draft-values.ts';
import type { ExtraDescriptor } from '../extra-settings.ts';
import type { FormContext } from '../form-context.ts';

export type FieldSpec = Descriptor | ExtraDescriptor;

export function specOf(form: FormContext, key: string): FieldSpec | undefined {
  return (
    form.draft.extras.get(key)?.descriptor ??
    (isSettingKey(key) ? SETTINGS[key] : undefined)
  );
}
