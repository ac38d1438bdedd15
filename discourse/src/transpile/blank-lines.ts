/**
 * Blank lines through TypeScript's printer, which drops them: each becomes
 * a marker comment before type stripping and a blank line again after, so
 * the theme's code keeps the source's paragraphs.
 */
import { protectedRanges } from './edits.ts';

/** The marker a blank line becomes while TypeScript prints the module. */
export const BLANK = '/*__mbBlank__*/';

/** Each blank line (outside comments and strings) becomes a marker comment TypeScript keeps. */
export function markBlankLines(text: string): string {
  const ranges = protectedRanges(text);
  const inside = (offset: number) =>
    ranges.some(([start, end]) => offset > start && offset < end);
  let offset = 0;
  return text
    .split('\n')
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      return /^[ \t]*$/.test(line) && !inside(start) ? BLANK : line;
    })
    .join('\n');
}

export function unmarkBlankLines(text: string): string {
  return text
    .replace(/^[ \t]*\/\*__mbBlank__\*\/[ \t]*$/gm, '')
    .replace(/^([ \t]*)\/\*__mbBlank__\*\/[ \t]*(?=\S)/gm, '\n$1')
    .replaceAll(BLANK, '');
}
