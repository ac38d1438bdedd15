/**
 * What Discourse's theme compiler cannot take, beyond the imports: a
 * top-level binding named like one of the globals it adds to every module,
 * and a dynamic `import()`. Each stops the build with the file's name.
 */
import ts from 'typescript';

/** Names Discourse's theme compiler adds to every module: a top-level binding of them breaks the build. */
const THEME_GLOBALS = ['settings', 'themePrefix'];

function topLevelNames(node: ts.Statement): string[] {
  if (ts.isVariableStatement(node)) {
    const names: string[] = [];
    const collect = (name: ts.BindingName) => {
      if (ts.isIdentifier(name)) names.push(name.text);
      else
        for (const element of name.elements) {
          if (!ts.isOmittedExpression(element)) collect(element.name);
        }
    };
    for (const declaration of node.declarationList.declarations) {
      collect(declaration.name);
    }
    return names;
  }
  if (
    (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) &&
    node.name
  ) {
    return [node.name.text];
  }
  if (ts.isImportDeclaration(node) && node.importClause) {
    const { name, namedBindings } = node.importClause;
    const names = name ? [name.text] : [];
    if (namedBindings && ts.isNamespaceImport(namedBindings))
      names.push(namedBindings.name.text);
    else if (namedBindings)
      names.push(...namedBindings.elements.map((element) => element.name.text));
    return names;
  }
  return [];
}

/** Throws when a top-level statement binds one of the theme's globals. */
export function checkThemeGlobals(
  statement: ts.Statement,
  fileName: string,
): void {
  for (const name of topLevelNames(statement)) {
    if (THEME_GLOBALS.includes(name)) {
      throw new Error(
        `${fileName}: a top-level "${name}" clashes with the global Discourse gives every theme module; rename it.`,
      );
    }
  }
}

/** Throws at the first dynamic `import()` in the module. */
export function checkNoDynamicImport(
  file: ts.SourceFile,
  fileName: string,
): void {
  const visitDynamic = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword
    ) {
      throw new Error(
        `${fileName}: dynamic import() is not supported in a theme.`,
      );
    }
    ts.forEachChild(node, visitDynamic);
  };
  visitDynamic(file);
}
