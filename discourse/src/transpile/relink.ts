/**
 * The imports of emitted JavaScript made Discourse's: relative specifiers
 * rewritten to where the theme puts each module, bare ones checked against
 * what Discourse provides to themes, type-only leftovers dropped, and the
 * import list printed and sorted the way Discourse's lint config wants.
 * Stops on what the theme compiler cannot map (`import * as` from a bare
 * module, a bare re-export, an import below code).
 */
import ts from 'typescript';
import { BLANK } from './blank-lines.ts';
import { applyEdits, type Edit, parseJs } from './edits.ts';
import { compareNames, sortImports } from '../sort-imports.ts';
import { checkNoDynamicImport, checkThemeGlobals } from './theme-limits.ts';

export interface TranspileOptions {
  /** For error messages. */
  readonly fileName: string;
  /** The new specifier for a relative import of the source. */
  rewriteRelative(specifier: string): string;
  /** Throws unless Discourse provides this bare module to themes. */
  checkBare(specifier: string): void;
}

function moduleName(node: ts.Expression | undefined): string | null {
  return node && ts.isStringLiteral(node) ? node.text : null;
}

function printImport(node: ts.ImportDeclaration, source: string): string {
  const from = JSON.stringify(source);
  const clause = node.importClause;
  if (!clause) return `import ${from};`;
  const parts: string[] = [];
  if (clause.name) parts.push(clause.name.text);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    parts.push(`* as ${bindings.name.text}`);
  } else if (bindings && bindings.elements.length > 0) {
    const names = [...bindings.elements]
      .map((element) => ({
        imported: (element.propertyName ?? element.name).text,
        local: element.name.text,
      }))
      .sort(
        (a, b) =>
          compareNames(a.imported, b.imported) ||
          compareNames(a.local, b.local),
      )
      .map(({ imported, local }) =>
        imported === local ? local : `${imported} as ${local}`,
      );
    parts.push(`{ ${names.join(', ')} }`);
  }
  return `import ${parts.join(', ')} from ${from};`;
}

function isTypeOnlyLeftover(node: ts.Statement): boolean {
  // `import { type A } from "x"` and `export { type A } from "x"` come out
  // of verbatimModuleSyntax as `import {} from "x"` / `export {} from "x"`.
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    return (
      clause !== undefined &&
      !clause.name &&
      clause.namedBindings !== undefined &&
      ts.isNamedImports(clause.namedBindings) &&
      clause.namedBindings.elements.length === 0
    );
  }
  return (
    ts.isExportDeclaration(node) &&
    node.moduleSpecifier !== undefined &&
    node.exportClause !== undefined &&
    ts.isNamedExports(node.exportClause) &&
    node.exportClause.elements.length === 0
  );
}

/** Rewrites and sorts the imports of emitted JavaScript; checks what Discourse can load. */
export function relink(
  js: string,
  options: TranspileOptions,
): { code: string; relativeImports: string[] } {
  const { fileName } = options;
  const file = parseJs(js);
  const edits: Edit[] = [];
  const relativeImports: string[] = [];
  const target = (specifier: string): string => {
    if (specifier.startsWith('.')) {
      relativeImports.push(specifier);
      return options.rewriteRelative(specifier);
    }
    options.checkBare(specifier);
    return specifier;
  };

  const imports: { node: ts.ImportDeclaration; source: string }[] = [];
  let importsEnded = false;
  for (const statement of file.statements) {
    checkThemeGlobals(statement, fileName);
    if (isTypeOnlyLeftover(statement)) {
      edits.push({
        start: statement.getStart(file),
        end: statement.end,
        text: '',
      });
      continue;
    }
    if (ts.isImportDeclaration(statement)) {
      if (importsEnded) {
        throw new Error(
          `${fileName}: keep every import at the top of the module.`,
        );
      }
      const source = moduleName(statement.moduleSpecifier);
      if (source === null) throw new Error(`${fileName}: unreadable import`);
      const bindings = statement.importClause?.namedBindings;
      if (
        !source.startsWith('.') &&
        bindings &&
        ts.isNamespaceImport(bindings)
      ) {
        throw new Error(
          `${fileName}: Discourse's theme compiler cannot do "import * as" from "${source}"; import names.`,
        );
      }
      imports.push({ node: statement, source: target(source) });
      continue;
    }
    importsEnded = true;
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const source = moduleName(statement.moduleSpecifier);
      if (source === null || !source.startsWith('.')) {
        throw new Error(
          `${fileName}: re-export only from relative modules (Discourse's theme compiler maps bare imports only).`,
        );
      }
      edits.push({
        start: statement.moduleSpecifier.getStart(file),
        end: statement.moduleSpecifier.end,
        text: JSON.stringify(target(source)),
      });
    }
  }
  checkNoDynamicImport(file, fileName);

  const first = imports[0];
  const last = imports.at(-1);
  if (first && last) {
    for (const { node } of imports.slice(1)) {
      const comments = ts.getLeadingCommentRanges(js, node.pos) ?? [];
      if (comments.some((range) => js.slice(range.pos, range.end) !== BLANK)) {
        throw new Error(`${fileName}: move comments out of the import list.`);
      }
    }
    const sorted = sortImports(
      imports.map((entry, index) => ({
        ...entry,
        index,
        sideEffect: entry.node.importClause === undefined,
      })),
    );
    edits.push({
      start: first.node.getStart(file),
      end: last.node.end,
      text: sorted
        .map(({ node, source }) => printImport(node, source))
        .join('\n'),
    });
  }
  return { code: applyEdits(js, edits), relativeImports };
}
