/**
 * Each setting as Discourse declares one: the type of a site setting
 * (`GET /admin/site_settings.json`) or of a theme setting (`settings.yml`),
 * with its limits. The one mapping from the schema's types to Discourse's.
 */
import { SETTINGS, type Descriptor, type Schema } from './schema.ts';

export interface DiscourseSettingType {
  readonly type: 'bool' | 'integer' | 'string' | 'enum';
  /** The least value of an integer. */
  readonly min?: number;
  /** The greatest value of an integer, or the longest string. */
  readonly max?: number;
  readonly choices?: readonly string[];
  /** A string edited in a text area. */
  readonly textarea?: true;
}

/** Discourse's type for a descriptor (no regex type: the core checks formats at run time). */
export function discourseTypeOf(spec: Descriptor): DiscourseSettingType {
  switch (spec.type) {
    case 'bool':
      return { type: 'bool' };
    case 'integer':
      return { type: 'integer', min: spec.min, max: spec.max };
    case 'enum':
      return { type: 'enum', choices: [...spec.choices] };
    case 'text':
      return spec.multiline
        ? { type: 'string', max: spec.maxLength, textarea: true }
        : { type: 'string', max: spec.maxLength };
    case 'url':
      return spec.maxLength === undefined
        ? { type: 'string' }
        : { type: 'string', max: spec.maxLength };
    case 'instant':
    case 'time_zone':
      return { type: 'string' };
  }
}

/** Discourse's type for a setting of the schema. */
export function discourseType(
  key: string,
  schema: Schema = SETTINGS,
): DiscourseSettingType {
  const spec = schema[key];
  if (!spec) throw new Error(`${key} is not a setting`);
  return discourseTypeOf(spec);
}
