/**
 * Small rewrites so Discourse's lint config passes on the theme without
 * --fix: the addon's own `eslint-disable` comments go, and property
 * decorators move onto their property's line.
 */
import ts from 'typescript';
import { applyEdits, type Edit, parseJs, protectedRanges } from './edits.ts';

/**
 * Drops `eslint-disable` comments: they address the addon's lint config;
 * the theme is linted with Discourse's.
 */
export function dropLintDirectives(js: string): string {
  const edits: Edit[] = [];
  for (const [start, end] of protectedRanges(js)) {
    const text = js.slice(start, end);
    if (!/^(\/\/|\/\*)\s*eslint-(disable|enable)/.test(text)) continue;
    const lineStart = js.lastIndexOf('\n', start - 1) + 1;
    const alone =
      js.slice(lineStart, start).trim() === '' && !text.startsWith('/*');
    edits.push(
      alone
        ? { start: lineStart, end: end + (js[end] === '\n' ? 1 : 0), text: '' }
        : { start, end, text: '' },
    );
  }
  return applyEdits(js, edits);
}

/** `@tracked count = 0` on one line, as Discourse's decorator-position rule wants. */
export function inlinePropertyDecorators(js: string): string {
  const file = parseJs(js);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyDeclaration(node)) {
      const decorators = ts.getDecorators(node) ?? [];
      for (const decorator of decorators) {
        const next = js.slice(decorator.end).search(/\S/) + decorator.end;
        if (/\n/.test(js.slice(decorator.end, next))) {
          edits.push({ start: decorator.end, end: next, text: ' ' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return applyEdits(js, edits);
}
