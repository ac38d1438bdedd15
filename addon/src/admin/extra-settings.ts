/**
 * Settings a host adds to the form (`@extraSettings`): not the banner's
 * (visitors never read them), saved by the same adapter, drawn with the
 * same field components from a descriptor of the core's kind, and read
 * with the core's codec for their type. A link may bring a rule of its own
 * for which links it takes (a webhook that allows a relay on loopback).
 *
 * Framework-free, so a server can read the same descriptor.
 */
import {
  CODECS,
  codecOf,
  fillLimits,
  shippedLocale,
  type Descriptor,
  type Reading,
  type Schema,
  type ShippedLocale,
} from '../core/index.ts';

type WithoutOnInvalid<D> = D extends unknown ? Omit<D, 'onInvalid'> : never;

/** A link setting of the host's. */
export interface ExtraUrlDescriptor {
  readonly type: 'url';
  readonly default: string;
  readonly maxLength?: number;
  /**
   * Which links it takes: one of the core's rules (`channel`: https: or
   * slack:; `health`: a path on the site or https:), or a rule of its own,
   * given the parsed link. The core's checks of length, form and
   * credentials apply either way.
   */
  readonly allow: 'channel' | 'health' | ((url: URL) => boolean);
}

/** What a host setting is: a yes/no, a whole number, a text or a link. */
export type ExtraDescriptor =
  | WithoutOnInvalid<Extract<Descriptor, { type: 'bool' | 'integer' | 'text' }>>
  | ExtraUrlDescriptor;

/** A host setting's words in one language. */
export interface ExtraSettingText {
  /** The legend of its section: settings with the same one share a fieldset, after the banner's. */
  readonly section: string;
  readonly label: string;
  /** Under the field; `{min}`, `{max}` and `{default}` are filled from the descriptor. */
  readonly help: string;
  /** When the link's own rule refuses a value; `{protocol}` is its scheme. */
  readonly refused?: string;
}

export interface ExtraSetting {
  /** Its name, as the adapter sends it; not one of the banner's. */
  readonly key: string;
  readonly descriptor: ExtraDescriptor;
  /**
   * Write-only: the value the form is given is a mask of the stored one
   * (`""` when unset). The field starts with that mask, which is never
   * checked as a value; the setting is sent only when the admin types
   * another value (`""` clears it).
   */
  readonly secret?: boolean;
  /** Its words: English, and any shipped language (others read English). */
  readonly texts: { readonly en: ExtraSettingText } & Partial<
    Record<ShippedLocale, ExtraSettingText>
  >;
}

/** What the reading of a host setting found: the core codec's answer, or the link's own rule refusing it. */
export type ExtraReading =
  | Reading
  | { readonly ok: false; readonly rule: true; readonly protocol: string };

/** The setting as a core descriptor, for the core's codecs and sentences (a link's own rule reads as `channel`'s). */
export function coreDescriptor(setting: ExtraSetting): Descriptor {
  const { descriptor } = setting;
  return descriptor.type === 'url' && typeof descriptor.allow === 'function'
    ? { ...descriptor, allow: 'channel', onInvalid: 'drop' }
    : ({ ...descriptor, onInvalid: 'drop' } as Descriptor);
}

/** The host settings as a schema the core's functions take. */
export function extraSchema(settings: readonly ExtraSetting[]): Schema {
  return Object.fromEntries(
    settings.map((setting) => [setting.key, coreDescriptor(setting)]),
  );
}

/**
 * `raw` read as the setting's type, by the core's codec. A link with a rule
 * of its own goes through the core's link codec first (length, form,
 * credentials; its scheme rule is `channel`'s), then the own rule decides
 * the scheme.
 */
export function readExtra(setting: ExtraSetting, raw: unknown): ExtraReading {
  const spec = coreDescriptor(setting);
  const { descriptor } = setting;
  const value = raw ?? descriptor.default;
  if (descriptor.type !== 'url' || typeof descriptor.allow !== 'function') {
    return codecOf(spec).read(value, spec, false);
  }
  const rule = descriptor.allow;
  const reading = CODECS.url.read(
    value,
    spec as Extract<Descriptor, { type: 'url' }>,
    false,
  );
  const schemeRefused =
    !reading.ok &&
    reading.code === 'insecure_url' &&
    reading.params?.kind !== 'credentials';
  if (!reading.ok && !schemeRefused) return reading;
  if (reading.ok && reading.value === null) return reading;
  // Read by the core's codec, so a string that parses as a link.
  const url = new URL(
    reading.ok ? String(reading.value) : (value as string).trim(),
  );
  if (!rule(url)) return { ok: false, rule: true, protocol: url.protocol };
  // The core checks credentials only after a scheme it allows.
  return url.username !== '' || url.password !== ''
    ? { ok: false, code: 'insecure_url', params: { kind: 'credentials' } }
    : { ok: true, value: url.href };
}

/** The setting's words in `locale` (English when it has none there), its limits filled in. */
export function extraText(
  setting: ExtraSetting,
  locale: string | undefined,
): ExtraSettingText {
  const text = setting.texts[shippedLocale(locale)] ?? setting.texts.en;
  return {
    ...text,
    help: fillLimits(text.help, setting.key, extraSchema([setting])),
  };
}

/** What the form yields for a host setting (`<:extraSetting as |setting|>`), beside its field. */
export interface ExtraSettingState {
  readonly key: string;
  /** The value the field holds now, as it would be saved (a secret: its mask until a new one is typed). */
  readonly value: string | number | boolean;
  /** The admin changed it since it was saved. */
  readonly edited: boolean;
  /** It has no problem now (for a secret left as it was: always). */
  readonly valid: boolean;
  /** The form is saving. */
  readonly saving: boolean;
}
