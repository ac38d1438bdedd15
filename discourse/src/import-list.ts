/**
 * A module's import list redone: each specifier mapped, the imports of one
 * module merged into one statement (`import/no-duplicates`), and the list
 * printed in the order Discourse's lint config wants, names sorted too.
 * `<template>` blocks are blanked first, so .gjs reads as JavaScript.
 */
import ts from 'typescript';
import { parseModule } from './module-imports.ts';
import { compareNames, sortImports } from './sort-imports.ts';

interface Merged {
  source: string;
  sideEffect: boolean;
  defaultName: string | null;
  namespace: string | null;
  /** `name` or `name as local`. */
  readonly names: Set<string>;
}

function print({ source, defaultName, namespace, names }: Merged): string {
  const from = JSON.stringify(source);
  const parts: string[] = [];
  if (defaultName) parts.push(defaultName);
  if (namespace) parts.push(`* as ${namespace}`);
  if (names.size > 0) {
    parts.push(`{ ${[...names].sort(compareNames).join(', ')} }`);
  }
  return parts.length > 0
    ? `import ${parts.join(', ')} from ${from};`
    : `import ${from};`;
}

/** The code with its import list redone, each specifier through `mapSource`. */
export function rewriteImportList(
  code: string,
  fileName: string,
  mapSource: (source: string) => string = (source) => source,
): string {
  const file = parseModule(code, fileName);
  const imports = file.statements.filter(ts.isImportDeclaration);
  const first = imports[0];
  const last = imports.at(-1);
  if (!first || !last) return code;
  const between = file.statements.slice(
    file.statements.indexOf(first),
    file.statements.indexOf(last) + 1,
  );
  if (between.length !== imports.length) {
    throw new Error(`${fileName}: keep every import at the top of the module`);
  }
  const text = file.getFullText();
  const merged = new Map<string, Merged>();
  for (const node of imports) {
    if (
      node !== first &&
      (ts.getLeadingCommentRanges(text, node.pos) ?? []).length > 0
    ) {
      throw new Error(`${fileName}: move comments out of the import list`);
    }
    const source = mapSource((node.moduleSpecifier as ts.StringLiteral).text);
    const clause = node.importClause;
    const bindings = clause?.namedBindings;
    const namespace =
      bindings && ts.isNamespaceImport(bindings) ? bindings.name.text : null;
    // A namespace import cannot share a statement with named imports.
    const key = namespace ? `${source}\0*${namespace}` : source;
    const entry = merged.get(key) ?? {
      source,
      sideEffect: true,
      defaultName: null,
      namespace,
      names: new Set<string>(),
    };
    if (clause) entry.sideEffect = false;
    if (clause?.name) {
      if (entry.defaultName && entry.defaultName !== clause.name.text) {
        throw new Error(
          `${fileName}: "${source}" is imported as two defaults (${entry.defaultName}, ${clause.name.text})`,
        );
      }
      entry.defaultName = clause.name.text;
    }
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        const local = element.name.text;
        entry.names.add(imported === local ? local : `${imported} as ${local}`);
      }
    }
    merged.set(key, entry);
  }
  const sorted = sortImports(
    [...merged.values()].map((entry, index) => ({ ...entry, index })),
  );
  return (
    code.slice(0, first.getStart(file)) +
    sorted.map(print).join('\n') +
    code.slice(last.end)
  );
}
