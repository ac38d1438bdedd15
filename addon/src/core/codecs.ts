/**
 * One codec per setting type: how a value is read (from a settings object,
 * an input's text or a request body), how it is coerced to its type for
 * storage, and how it is written back as text. Validation, the server's
 * coercion and the admin form's draft all go through these.
 *
 * A failed read is a code and its params, never a sentence: the visitor's
 * bundle carries no text for people (sentences/ has them).
 */
import { readInstant, type InstantProblem } from './instant.ts';
import {
  SETTINGS,
  type Descriptor,
  type Schema,
  type SettingKey,
} from './schema.ts';
import { canonicalTimeZone } from './zone.ts';

export type SettingErrorCode =
  | 'not_an_object'
  | 'not_boolean'
  | 'not_integer'
  | 'out_of_range'
  | 'not_text'
  | 'too_long'
  | 'contains_html'
  | 'control_characters'
  | 'unknown_status'
  | 'unknown_time_zone'
  | 'unreadable'
  | 'invalid_url'
  | 'insecure_url'
  | InstantProblem;

/** What a sentence about a problem may need beyond the setting's own descriptor. */
export interface ProblemParams {
  /** The value as given (sentences quote it, shortened). */
  readonly value?: unknown;
  /** Its length in characters (code points). */
  readonly length?: number;
  /** The refused scheme, such as `javascript:`. */
  readonly protocol?: string;
  /** Which variant of the problem: the wrong type, a bad path, credentials in a link. */
  readonly kind?: 'type' | 'path' | 'credentials';
}

export type Reading =
  | { readonly ok: true; readonly value: boolean | number | string | null }
  | {
      readonly ok: false;
      readonly code: SettingErrorCode;
      readonly params?: ProblemParams;
    };

export interface Codec<D extends Descriptor = Descriptor> {
  /** A value → its typed value (`null` for "none"), or why not. */
  read(raw: unknown, spec: D, required: boolean): Reading;
  /** Typed where it reads cleanly ("60" → 60, "t" → true), else as given: validation refuses it. */
  coerce(raw: unknown): unknown;
}

const ok = (value: boolean | number | string | null): Reading => ({
  ok: true,
  value,
});
const fail = (code: SettingErrorCode, params?: ProblemParams): Reading => ({
  ok: false,
  code,
  params,
});

const TRUE = ['true', 't', '1'];
const FALSE = ['false', 'f', '0'];
const INTEGER = /^\s*[+-]?\d{1,15}\s*$/;

// A tag-like "<x", "</x", "<!x" or "<?x": admin text is plain text, never HTML.
// No space may follow "<" (HTML does not open a tag there), so "a < b" is text.
const HTML = /<[/!?]?[a-z]|<!--/i;
// C0 and C1 controls and DEL; line breaks are allowed where text may span lines.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f]/;

const trimmed = (raw: unknown): unknown =>
  typeof raw === 'string' ? raw.trim() : raw;
const codePoints = (text: string): number => [...text].length;

function boolOf(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return undefined;
  const word = raw.trim().toLowerCase();
  return TRUE.includes(word) ? true : FALSE.includes(word) ? false : undefined;
}

type Codecs = {
  readonly [T in Descriptor['type']]: Codec<Extract<Descriptor, { type: T }>>;
};

export const CODECS: Codecs = {
  bool: {
    read: (raw) => {
      const value = boolOf(raw);
      return value === undefined
        ? fail('not_boolean', { value: raw })
        : ok(value);
    },
    coerce: (raw) => boolOf(raw) ?? raw,
  },
  integer: {
    read(raw, spec) {
      const value =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && INTEGER.test(raw)
            ? Number(raw)
            : NaN;
      if (!Number.isSafeInteger(value))
        return fail('not_integer', { value: raw });
      return value < spec.min || value > spec.max
        ? fail('out_of_range', { value })
        : ok(value);
    },
    coerce: (raw) =>
      typeof raw === 'string' && INTEGER.test(raw) ? Number(raw) : raw,
  },
  instant: {
    read(raw, _spec, required) {
      if (typeof raw !== 'string')
        return fail('invalid_format', { value: raw, kind: 'type' });
      const reading = readInstant(raw);
      if (reading.ok) return ok(reading.epochMs);
      return reading.problem === 'required' && !required
        ? ok(null)
        : fail(reading.problem, { value: raw });
    },
    coerce: trimmed,
  },
  time_zone: {
    read: (raw) =>
      typeof raw === 'string' && canonicalTimeZone(raw) !== null
        ? ok(raw.trim())
        : fail('unknown_time_zone', { value: raw }),
    coerce: trimmed,
  },
  text: {
    read(raw, spec) {
      if (typeof raw !== 'string') return fail('not_text', { value: raw });
      const text = raw.trim();
      const length = codePoints(text);
      if (length > spec.maxLength) return fail('too_long', { length });
      if (HTML.test(text)) return fail('contains_html');
      return (spec.multiline ? CONTROL : CONTROL_OR_BREAK).test(text)
        ? fail('control_characters')
        : ok(text);
    },
    coerce: trimmed,
  },
  url: {
    read(raw, spec) {
      if (typeof raw !== 'string')
        return fail('invalid_url', { value: raw, kind: 'type' });
      const text = raw.trim();
      if (text === '') return ok(null);
      const length = codePoints(text);
      if (spec.maxLength !== undefined && length > spec.maxLength)
        return fail('too_long', { length });
      // A same-origin path ("/srv/status"), never a scheme-relative "//host".
      if (spec.allow === 'health' && /^\/(?![/\\])/.test(text)) {
        return /^\/\S*$/.test(text)
          ? ok(text)
          : fail('invalid_url', { value: text, kind: 'path' });
      }
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return fail('invalid_url', { value: text });
      }
      const { protocol } = url;
      if (
        !(protocol === 'https:' && url.hostname !== '') &&
        !(spec.allow === 'channel' && protocol === 'slack:')
      ) {
        return fail('insecure_url', { protocol });
      }
      return url.username !== '' || url.password !== ''
        ? fail('insecure_url', { kind: 'credentials' })
        : ok(url.href);
    },
    coerce: trimmed,
  },
  enum: {
    read(raw, spec) {
      const word = trimmed(raw);
      return typeof word === 'string' && spec.choices.includes(word)
        ? ok(word)
        : fail('unknown_status', { value: raw });
    },
    coerce: trimmed,
  },
};

/** The codec of a descriptor. */
export function codecOf<D extends Descriptor>(spec: D): Codec<D> {
  return CODECS[spec.type] as unknown as Codec<D>;
}

/**
 * A value as its setting's type has it ("60" → 60, "true" → true, text
 * trimmed). A value that cannot be read that way is returned as given:
 * validation is what refuses it.
 */
export function coerceSetting(
  key: SettingKey | (string & {}),
  raw: unknown,
  schema: Schema = SETTINGS,
): unknown {
  const spec = schema[key];
  return spec ? codecOf(spec).coerce(raw) : raw;
}

/** Any setting value as text for an input (a list or an object as JSON, so an error can show it). */
export function writeSetting(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value) ?? '';
}
