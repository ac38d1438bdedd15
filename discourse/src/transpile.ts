/**
 * TypeScript (`.ts`, `.gts`) → the JavaScript Discourse compiles (`.js`,
 * `.gjs`), keeping every `<template>` block byte for byte.
 *
 * The steps, one file each in `transpile/`: the templates give way to
 * placeholders (templates.ts); blank lines become marker comments
 * (blank-lines.ts); TypeScript strips the types and braces every body
 * (strip-types.ts); the addon's lint comments go and decorators join their
 * line (lint-fixes.ts); class members take Discourse's order
 * (class-order.ts); imports are rewritten, checked and sorted (relink.ts,
 * with theme-limits.ts); then blank lines and templates come back.
 */
import { markBlankLines, unmarkBlankLines } from './transpile/blank-lines.ts';
import { sortClassMembers } from './transpile/class-order.ts';
import {
  dropLintDirectives,
  inlinePropertyDecorators,
} from './transpile/lint-fixes.ts';
import { relink, type TranspileOptions } from './transpile/relink.ts';
import { stripTypes } from './transpile/strip-types.ts';
import { hideTemplates } from './transpile/templates.ts';

export type { TranspileOptions } from './transpile/relink.ts';

export interface Transpiled {
  /** JavaScript (with `<template>` blocks for `.gjs`), not yet formatted. */
  readonly code: string;
  /** The relative specifiers the module imports or re-exports, as in the source. */
  readonly relativeImports: readonly string[];
}

/** `.ts`/`.gts` source → `.js`/`.gjs` code (unformatted) and the relative modules it needs. */
export function transpile(
  source: string,
  options: TranspileOptions,
): Transpiled {
  const templates = hideTemplates(source, options.fileName);
  const js = sortClassMembers(
    inlinePropertyDecorators(
      dropLintDirectives(
        stripTypes(markBlankLines(templates.code), options.fileName),
      ),
    ),
    options.fileName,
  );
  const { code, relativeImports } = relink(js, options);
  return { code: templates.restore(unmarkBlankLines(code)), relativeImports };
}
