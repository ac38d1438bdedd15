/**
 * The settings table of docs/settings.md, generated from the schema
 * (addon/src/core/schema.ts) and the English setting texts, so the page
 * cannot drift from the code. tests/docs/settings-doc.test.ts fails when the
 * page is stale.
 *
 *   node --import tsx scripts/settings-doc.ts    # rewrite the table in place
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SETTINGS,
  type Descriptor,
  type Schema,
} from '../addon/src/core/schema.ts';
import { en } from '../addon/src/core/setting-texts/en.ts';

export const PAGE = resolve(
  fileURLToPath(import.meta.url),
  '../../docs/settings.md',
);
export const BEGIN =
  '<!-- The table is generated from addon/src/core/schema.ts: npm run docs:settings -->';
export const END = '<!-- end of the generated table -->';

const code = (text: string) => `\`${text}\``;
const count = (n: number) => n.toLocaleString('en-US');

/** A setting's type and limits, as the table says them. */
export function typeOf(spec: Descriptor): string {
  switch (spec.type) {
    case 'bool':
      return 'bool';
    case 'integer':
      return `integer ${spec.min}–${spec.max}`;
    case 'instant':
      return spec.required
        ? `ISO 8601 instant with ${code('Z')} or an offset`
        : `ISO 8601 instant or ${code('""')}`;
    case 'time_zone':
      return 'IANA zone name';
    case 'text':
      return `plain text, ≤ ${count(spec.maxLength)} characters${spec.multiline ? '' : ', one line'}`;
    case 'url': {
      const kind =
        spec.allow === 'channel'
          ? `${code('https:')} link (or a ${code('slack:')} deep link)`
          : `same-origin path or ${code('https:')} link, or ${code('""')}`;
      return spec.maxLength === undefined
        ? kind
        : `${kind}, ≤ ${count(spec.maxLength)} characters`;
    }
    case 'enum':
      return spec.choices.map(code).join(' \\| ');
  }
}

function defaultOf(spec: Descriptor): string {
  return code(
    spec.type === 'enum' || typeof spec.default !== 'string'
      ? String(spec.default)
      : JSON.stringify(spec.default),
  );
}

/** The Markdown table: one row per setting, in the schema's order. */
export function settingsTable(
  schema: Schema = SETTINGS,
  summaries: Readonly<Record<string, { readonly summary: string }>> = en,
): string {
  const rows = Object.entries(schema).map(([key, spec]) => {
    const text = summaries[key];
    if (!text) throw new Error(`${key} has no summary in the setting texts`);
    return `| ${code(key)} | ${typeOf(spec)} | ${defaultOf(spec)} | ${text.summary} |`;
  });
  return [
    '| key | type | default | meaning |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The page with its table replaced by `table`. */
export function withTable(page: string, table: string): string {
  const begin = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (begin < 0 || end < begin) {
    throw new Error(`docs/settings.md: the table markers are missing`);
  }
  return `${page.slice(0, begin + BEGIN.length)}\n${table}\n${page.slice(end)}`;
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  writeFileSync(PAGE, withTable(readFileSync(PAGE, 'utf8'), settingsTable()));
  console.log('docs/settings.md: the settings table is up to date.');
}
