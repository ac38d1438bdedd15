/**
 * What every step of the transpiler shares: text edits applied from the
 * end backwards (so earlier offsets stay valid), a JavaScript parse, and the
 * ranges where inserted or removed text would change meaning (comments and
 * template literals).
 */
import ts from 'typescript';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

export function parseJs(js: string): ts.SourceFile {
  return ts.createSourceFile(
    'x.js',
    js,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
}

/** Ranges where a marker comment must not go: comments and template literals. */
export function protectedRanges(text: string): [number, number][] {
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
