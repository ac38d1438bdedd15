/**
 * Types out, braces in: TypeScript's own `transpileModule` turns the
 * (template-free) TypeScript into JavaScript, with one transformer that
 * adds the braces Discourse's `curly` rule asks for. `verbatimModuleSyntax`
 * keeps every value import (a template may be the only user of one) and
 * drops `import type` and inline `type` specifiers.
 */
import ts from 'typescript';

/** Braces around the body of every `if`, `else` and loop: Discourse's `curly` rule. */
const curly: ts.TransformerFactory<ts.SourceFile> = (context) => {
  const f = context.factory;
  const block = (statement: ts.Statement): ts.Statement =>
    ts.isBlock(statement) ? statement : f.createBlock([statement], true);
  const visit = (input: ts.Node): ts.Node => {
    const node = ts.visitEachChild(input, visit, context);
    if (ts.isIfStatement(node)) {
      const otherwise = node.elseStatement;
      return f.updateIfStatement(
        node,
        node.expression,
        block(node.thenStatement),
        otherwise && !ts.isIfStatement(otherwise)
          ? block(otherwise)
          : otherwise,
      );
    }
    if (ts.isForStatement(node)) {
      return f.updateForStatement(
        node,
        node.initializer,
        node.condition,
        node.incrementor,
        block(node.statement),
      );
    }
    if (ts.isForOfStatement(node)) {
      return f.updateForOfStatement(
        node,
        node.awaitModifier,
        node.initializer,
        node.expression,
        block(node.statement),
      );
    }
    if (ts.isForInStatement(node)) {
      return f.updateForInStatement(
        node,
        node.initializer,
        node.expression,
        block(node.statement),
      );
    }
    if (ts.isWhileStatement(node)) {
      return f.updateWhileStatement(
        node,
        node.expression,
        block(node.statement),
      );
    }
    if (ts.isDoStatement(node)) {
      return f.updateDoStatement(node, block(node.statement), node.expression);
    }
    return node;
  };
  return (file) => ts.visitNode(file, visit) as ts.SourceFile;
};

export function stripTypes(text: string, fileName: string): string {
  const result = ts.transpileModule(text, {
    fileName: fileName.replace(/\.gts$/, '.ts'),
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      useDefineForClassFields: true,
      newLine: ts.NewLineKind.LineFeed,
    },
    transformers: { before: [curly] },
  });
  const errors = (result.diagnostics ?? []).filter(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0) {
    throw new Error(
      `${fileName}: ${errors
        .map((error) =>
          ts.flattenDiagnosticMessageText(error.messageText, '\n'),
        )
        .join('\n')}`,
    );
  }
  return result.outputText;
}
