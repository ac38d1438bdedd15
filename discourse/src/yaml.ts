/**
 * A small YAML writer for the theme's settings and locale files: nested
 * maps, lists, strings, numbers and booleans. Strings are always written
 * double-quoted (a JSON string is a valid YAML double-quoted scalar), so a
 * text such as "no", "1.0" or "#announcements" never changes type; keys
 * are quoted unless plainly safe in YAML 1.1 (Discourse reads with Psych).
 */
export type YamlValue =
  | string
  | number
  | boolean
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue };

// YAML 1.1 reads these bare words as booleans or null.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) && !RESERVED.test(name)
    ? name
    : JSON.stringify(name);
}

function scalar(value: string | number | boolean): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`YAML: not a finite number: ${value}`);
  }
  return String(value);
}

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return (value as readonly YamlValue[]).flatMap((item) => {
      if (typeof item === 'object') {
        throw new Error('YAML: lists of maps or lists are not supported');
      }
      return [`${indent}- ${scalar(item)}`];
    });
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) =>
      typeof item === 'object'
        ? [`${indent}${key(name)}:`, ...lines(item, `${indent}  `)]
        : [`${indent}${key(name)}: ${scalar(item)}`],
    );
  }
  throw new Error('YAML: the top level must be a map');
}

/** The document for a map, ending with a newline. */
export function toYaml(document: {
  readonly [key: string]: YamlValue;
}): string {
  return `${lines(document, '').join('\n')}\n`;
}
