/**
 * TypeScript (`.ts`, `.gts`) → the JavaScript Discourse compiles (`.js`,
 * `.gjs`), keeping every `<template>` block byte for byte.
 *
 * content-tag finds the template ranges; each is swapped for a placeholder
 * identifier, TypeScript's `transpileModule` strips the types from what is
 * then plain TypeScript, and the templates go back in. `verbatimModuleSyntax`
 * keeps every value import (a template may be the only user of one) and
 * drops `import type` and inline `type` specifiers. Blank lines survive as
 * marker comments; bodies of `if`/loops get braces (Discourse's `curly`);
 * imports are rewritten and sorted the way Discourse's lint config wants.
 */
import { Preprocessor } from 'content-tag';
import ts from 'typescript';
import { compareNames, sortImports } from './sort-imports.ts';

const preprocessor = new Preprocessor();

const BLANK = '/*__mbBlank__*/';
const placeholder = (index: number) => `__mbTemplate${index}__`;

/** Names Discourse's theme compiler adds to every module: a top-level binding of them breaks the build. */
const THEME_GLOBALS = ['settings', 'themePrefix'];

export interface TranspileOptions {
  /** For error messages. */
  readonly fileName: string;
  /** The new specifier for a relative import of the source. */
  rewriteRelative(specifier: string): string;
  /** Throws unless Discourse provides this bare module to themes. */
  checkBare(specifier: string): void;
}

export interface Transpiled {
  /** JavaScript (with `<template>` blocks for `.gjs`), not yet formatted. */
  readonly code: string;
  /** The relative specifiers the module imports or re-exports, as in the source. */
  readonly relativeImports: readonly string[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** Ranges where a marker comment must not go: comments and template literals. */
function protectedRanges(text: string): [number, number][] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const ranges: [number, number][] = [];
  const seen = new Set<number>();
  const addComments = (pos: number) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, pos) ?? []),
    ]) {
      ranges.push([range.pos, range.end]);
    }
  };
  const visit = (node: ts.Node): void => {
    addComments(node.pos);
    addComments(node.end);
    if (
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node)
    ) {
      ranges.push([node.getStart(file), node.end]);
    }
    // getChildren() includes tokens, so every token's trivia is seen.
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return ranges;
}

/** Each blank line (outside comments and strings) becomes a marker comment TypeScript keeps. */
function markBlankLines(text: string): string {
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

function unmarkBlankLines(text: string): string {
  return text
    .replace(/^[ \t]*\/\*__mbBlank__\*\/[ \t]*$/gm, '')
    .replace(/^([ \t]*)\/\*__mbBlank__\*\/[ \t]*(?=\S)/gm, '\n$1')
    .replaceAll(BLANK, '');
}

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

function stripTypes(text: string, fileName: string): string {
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

function parseJs(js: string): ts.SourceFile {
  return ts.createSourceFile(
    'x.js',
    js,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
}

/**
 * Drops `eslint-disable` comments: they address the addon's lint config;
 * the theme is linted with Discourse's.
 */
function dropLintDirectives(js: string): string {
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
function inlinePropertyDecorators(js: string): string {
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

/** Discourse's member order (sort-class-members in @discourse/lint-configs). */
function memberRank(member: ts.ClassElement): number {
  const modifiers = ts.canHaveModifiers(member)
    ? ts.getModifiers(member)
    : undefined;
  const isStatic = (modifiers ?? []).some(
    (modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword,
  );
  const name =
    member.name &&
    (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))
      ? member.name.text
      : '';
  if (ts.isPropertyDeclaration(member)) {
    if (/^__mbTemplate\d+__$/.test(name)) return 11;
    if (isStatic) return 0;
    const decorators = (ts.getDecorators(member) ?? []).map((decorator) => {
      const expression = decorator.expression;
      const callee = ts.isCallExpression(expression)
        ? expression.expression
        : expression;
      return ts.isIdentifier(callee) ? callee.text : '';
    });
    if (decorators.some((d) => d === 'service' || d === 'optionalService'))
      return 2;
    if (decorators.includes('controller')) return 3;
    if (decorators.includes('tracked')) return 4;
    return name.startsWith('#') || name.startsWith('_') ? 6 : 5;
  }
  if (isStatic) return 1;
  if (ts.isConstructorDeclaration(member)) return 7;
  if (ts.isMethodDeclaration(member) && name === 'init') return 8;
  if (ts.isMethodDeclaration(member) && name === 'willDestroy') return 9;
  return 10;
}

/** Does this initializer read `this` while the object is being built? */
function readsThisEagerly(node: ts.Node): boolean {
  if (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isClassLike(node)
  ) {
    return false;
  }
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.forEachChild(node, readsThisEagerly) ?? false;
}

/** Reorders one class whose members are out of Discourse's order; `null` when all are in order. */
function sortOneClass(js: string, fileName: string): string | null {
  const file = parseJs(js);
  let result: string | null = null;
  const visit = (node: ts.Node): void => {
    if (result !== null) return;
    if (ts.isClassLike(node) && node.members.length > 1) {
      const members = [...node.members];
      const ranked = members.map((member, index) => ({
        member,
        index,
        rank: memberRank(member),
      }));
      const sorted = [...ranked].sort(
        (a, b) => a.rank - b.rank || a.index - b.index,
      );
      if (sorted.some((entry, index) => entry.index !== index)) {
        // A field moved ahead of another now runs its initializer first.
        sorted.forEach((entry, position) => {
          const overtaken = ranked.some(
            (other) =>
              other.index < entry.index &&
              sorted.indexOf(other) > position &&
              ts.isPropertyDeclaration(other.member),
          );
          const initializer = ts.isPropertyDeclaration(entry.member)
            ? entry.member.initializer
            : undefined;
          if (overtaken && initializer && readsThisEagerly(initializer)) {
            throw new Error(
              `${fileName}: Discourse's member order would run "${entry.member.name?.getText(file)}" before a field it may read; put it in that order in the source.`,
            );
          }
        });
        // Each member with its leading comments and its same-line trailing comment.
        const ends = members.map((member) => {
          const trailing = ts.getTrailingCommentRanges(js, member.end) ?? [];
          return trailing.length > 0
            ? (trailing.at(-1) as ts.CommentRange).end
            : member.end;
        });
        const starts = members.map((member, index) =>
          index === 0 ? member.pos : (ends[index - 1] as number),
        );
        const pieces = members.map((_member, index) =>
          js.slice(starts[index], ends[index]),
        );
        const first = starts[0] as number;
        const last = ends.at(-1) as number;
        result =
          js.slice(0, first) +
          sorted.map((entry) => pieces[entry.index]).join('') +
          js.slice(last);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return result;
}

function sortClassMembers(js: string, fileName: string): string {
  let current = js;
  for (let round = 0; round < 100; round++) {
    const next = sortOneClass(current, fileName);
    if (next === null) return current;
    current = next;
  }
  throw new Error(`${fileName}: class members would not settle in order`);
}

/** Rewrites and sorts the imports of emitted JavaScript; checks what Discourse can load. */
function relink(
  js: string,
  options: TranspileOptions,
): { code: string; relativeImports: string[] } {
  const { fileName } = options;
  const file = ts.createSourceFile(
    'x.js',
    js,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
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
    for (const name of topLevelNames(statement)) {
      if (THEME_GLOBALS.includes(name)) {
        throw new Error(
          `${fileName}: a top-level "${name}" clashes with the global Discourse gives every theme module; rename it.`,
        );
      }
    }
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

/** `.ts`/`.gts` source → `.js`/`.gjs` code (unformatted) and the relative modules it needs. */
export function transpile(
  source: string,
  options: TranspileOptions,
): Transpiled {
  const templates = preprocessor.parse(source, { filename: options.fileName });
  const saved: string[] = [];
  const withPlaceholders = applyEdits(
    source,
    templates.map((template, index) => {
      const { startUtf16Codepoint: start, endUtf16Codepoint: end } =
        template.range;
      saved[index] = source.slice(start, end);
      return {
        start,
        end,
        text:
          template.type === 'class-member'
            ? `${placeholder(index)};`
            : placeholder(index),
      };
    }),
  );

  const js = sortClassMembers(
    inlinePropertyDecorators(
      dropLintDirectives(
        stripTypes(markBlankLines(withPlaceholders), options.fileName),
      ),
    ),
    options.fileName,
  );
  const { code, relativeImports } = relink(js, options);

  let restored = unmarkBlankLines(code);
  saved.forEach((template, index) => {
    const name = placeholder(index);
    const at = restored.indexOf(name);
    if (at < 0 || restored.indexOf(name, at + 1) >= 0) {
      throw new Error(`${options.fileName}: lost track of template ${index}`);
    }
    const end =
      restored.startsWith(';', at + name.length) &&
      templates[index]?.type === 'class-member'
        ? at + name.length + 1
        : at + name.length;
    restored = restored.slice(0, at) + template + restored.slice(end);
  });
  return { code: restored, relativeImports };
}
