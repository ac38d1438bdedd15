/**
 * Class members in the order of Discourse's `sort-class-members` rule,
 * moved whole with their comments. A field moved ahead of one its
 * initializer may read would change what it sees, so the build stops there
 * instead of reordering.
 */
import ts from 'typescript';
import { parseJs } from './edits.ts';
import { isPlaceholder } from './templates.ts';

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
    if (isPlaceholder(name)) return 11;
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

export function sortClassMembers(js: string, fileName: string): string {
  let current = js;
  for (let round = 0; round < 100; round++) {
    const next = sortOneClass(current, fileName);
    if (next === null) return current;
    current = next;
  }
  throw new Error(`${fileName}: class members would not settle in order`);
}
