/**
 * What a generated theme module imports: every import and re-export, with
 * the names it takes (`default` for a default import). Templates are
 * blanked first, so .gjs reads as JavaScript.
 */
import { Preprocessor } from 'content-tag';
import ts from 'typescript';

export interface ModuleImport {
  readonly source: string;
  /** Imported names; `*` for a namespace import; empty for a side-effect import. */
  readonly names: readonly string[];
}

const preprocessor = new Preprocessor();

/** The code with each `<template>` replaced by spaces of the same length. */
export function withoutTemplates(code: string, fileName: string): string {
  if (!fileName.endsWith('.gjs')) return code;
  let out = code;
  for (const template of preprocessor.parse(code, { filename: fileName })) {
    const { startUtf16Codepoint: start, endUtf16Codepoint: end } =
      template.range;
    const blank = template.type === 'class-member' ? ' ' : '0';
    out = out.slice(0, start) + blank.padEnd(end - start, ' ') + out.slice(end);
  }
  return out;
}

/** A theme module parsed as JavaScript, its templates blanked (offsets unchanged). */
export function parseModule(code: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(
    fileName.replace(/\.gjs$/, '.js'),
    withoutTemplates(code, fileName),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
}

export function moduleImports(code: string, fileName: string): ModuleImport[] {
  const file = parseModule(code, fileName);
  const found: ModuleImport[] = [];
  for (const statement of file.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      else if (bindings) {
        names.push(
          ...bindings.elements.map(
            (element) => (element.propertyName ?? element.name).text,
          ),
        );
      }
      found.push({ source: statement.moduleSpecifier.text, names });
    }
    if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const names =
        clause && ts.isNamedExports(clause)
          ? clause.elements.map(
              (element) => (element.propertyName ?? element.name).text,
            )
          : ['*'];
      found.push({ source: statement.moduleSpecifier.text, names });
    }
  }
  return found;
}

export function bareImports(code: string, fileName: string): ModuleImport[] {
  return moduleImports(code, fileName).filter(
    ({ source }) => !source.startsWith('.'),
  );
}
