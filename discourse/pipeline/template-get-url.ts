/**
 * The template transform of Discourse's theme compiler that still acts on
 * strict-mode (.gjs) templates: the `href` of every `<a>` goes through
 * `getURLForAttribute` from `discourse/lib/get-url`, so a same-site path
 * keeps the forum's subfolder. An external URL passes unchanged, but the
 * compiled theme now imports `discourse/lib/get-url`.
 * Written for this check from transform-auto-get-url.js
 * @ 1aff15c2b17a646c4299821b8f89244e4d1f230b (frontend/asset-processor/).
 *
 * Discourse's other template transforms leave .gjs alone: its patched
 * ember-this-fallback returns at once in strict mode, and the theme-id and
 * `d-action` rewrites match helper names that a strict template cannot
 * reach without an import.
 */
import type { ASTPluginBuilder, ASTv1 } from '@glimmer/syntax';

/** Helpers whose result is already a URL for the attribute. */
const SAFE_HEADS = new Set([
  'getURL',
  'getURLForAttribute',
  'getURLWithCDN',
  'get-url',
  'userPath',
  'groupPath',
]);

const isSitePath = (text: string) =>
  text.trim().startsWith('/') && !text.trim().startsWith('//');

export const autoGetUrl: ASTPluginBuilder = (env) => {
  const b = env.syntax.builders;
  const jsutils = (
    env.meta as {
      jsutils?: {
        bindImport(
          module: string,
          name: string,
          target: unknown,
          options: { nameHint: string },
        ): string;
      };
    }
  ).jsutils;
  if (!jsutils) return { name: 'auto-get-url', visitor: {} };

  const bound = new Map<string, string>();
  const imported = (module: string, name: string, target: unknown) => {
    const key = `${module}#${name}`;
    if (!bound.has(key)) {
      bound.set(
        key,
        jsutils.bindImport(module, name, target, { nameHint: name }),
      );
    }
    return b.path(bound.get(key) as string);
  };
  const asExpression = (node: ASTv1.MustacheStatement): ASTv1.Expression =>
    node.params.length === 0 && node.hash.pairs.length === 0
      ? node.path
      : b.sexpr(node.path as ASTv1.PathExpression, node.params, node.hash);
  const wrap = (expression: ASTv1.Expression, target: unknown) =>
    b.mustache(
      imported('discourse/lib/get-url', 'getURLForAttribute', target),
      [expression],
    );

  return {
    name: 'auto-get-url',
    visitor: {
      ElementNode(node, path) {
        if (node.tag.toLowerCase() !== 'a') return;
        for (const attribute of node.attributes) {
          if (attribute.name !== 'href') continue;
          const value = attribute.value;
          if (value.type === 'TextNode') {
            if (isSitePath(value.chars)) {
              attribute.value = wrap(b.string(value.chars), path);
            }
          } else if (value.type === 'MustacheStatement') {
            const head =
              value.path.type === 'PathExpression'
                ? (value.path.head as { name?: string }).name
                : undefined;
            if (!head || !SAFE_HEADS.has(head)) {
              attribute.value = wrap(asExpression(value), path);
            }
          } else {
            const [first] = value.parts;
            if (first?.type === 'TextNode' && isSitePath(first.chars)) {
              const parts = value.parts.map((part) =>
                part.type === 'TextNode'
                  ? b.string(part.chars)
                  : asExpression(part),
              );
              attribute.value = wrap(
                b.sexpr(imported('@ember/helper', 'concat', path), parts),
                path,
              );
            }
          }
        }
      },
    },
  };
};
