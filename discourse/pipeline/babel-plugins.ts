/**
 * The two Babel plugins of Discourse's theme compiler that decide how a
 * theme's names reach it, written for this check from what Discourse's
 * own plugins do (frontend/asset-processor/ in discourse/discourse).
 */
import type { NodePath, PluginObj, types as t } from '@babel/core';

type Babel = { types: typeof t };

const GLOBALS = ['themePrefix', 'settings'] as const;
const THEME_MODULE = 'virtual:theme';

/**
 * Gives every theme module `settings` and `themePrefix` from
 * `virtual:theme`, as an import, and refuses a module that defines either
 * itself. (Discourse also adds both to the scope of .hbs templates; this
 * check compiles .gjs only, whose templates see the module's imports.)
 * add-theme-globals.js, as its tests state it:
 * frontend/asset-processor/add-theme-globals.test.mjs @ 2e69575c9c987d6e35e546f45a9a75a8878d044e
 */
export function themeGlobals({ types }: Babel): PluginObj {
  return {
    name: 'theme-globals',
    visitor: {
      Program(program: NodePath<t.Program>) {
        const missing = GLOBALS.filter((name) => {
          const binding = program.scope.getBinding(name);
          if (!binding) return true;
          const declaration = binding.path.parentPath?.node;
          if (
            binding.kind !== 'module' ||
            !types.isImportDeclaration(declaration)
          ) {
            throw program.buildCodeFrameError(
              `\`${name}\` is already defined. Unable to add import.`,
            );
          }
          if (declaration.source.value !== THEME_MODULE) {
            throw program.buildCodeFrameError(
              `\`${name}\` is already imported. Unable to add import from \`${THEME_MODULE}\`.`,
            );
          }
          return false;
        });
        if (missing.length === 0) return;
        program.unshiftContainer(
          'body',
          types.importDeclaration(
            missing.map((name) =>
              types.importSpecifier(
                types.identifier(name),
                types.identifier(name),
              ),
            ),
            types.stringLiteral(THEME_MODULE),
          ),
        );
        program.scope.crawl();
      },
    },
  };
}

/**
 * In the finished chunk, each import of a module outside the theme becomes
 * `const { … } = await window.moduleBroker.lookup("<module>")`: Discourse's
 * module registry, where `require` throws for a module nobody registered.
 * An import with no names is dropped, as Discourse drops it.
 * babel-replace-imports.js @ 22bc30f4c7ee5560eac22a5266107070aa94e237
 */
export function moduleBroker({ types }: Babel): PluginObj {
  return {
    name: 'module-broker',
    visitor: {
      ImportDeclaration(path: NodePath<t.ImportDeclaration>) {
        const source = path.node.source.value;
        if (source.startsWith('.') || source.startsWith('discourse/theme-')) {
          return;
        }
        if (source.startsWith('discourse/plugins/')) {
          throw path.buildCodeFrameError(
            `${source}: imports from plugins are not mirrored by this check`,
          );
        }
        const lookup = () =>
          types.awaitExpression(
            types.callExpression(
              types.memberExpression(
                types.memberExpression(
                  types.identifier('window'),
                  types.identifier('moduleBroker'),
                ),
                types.identifier('lookup'),
              ),
              [types.stringLiteral(source)],
            ),
          );
        const properties: t.ObjectProperty[] = [];
        const replacements: t.Statement[] = [];
        for (const specifier of path.node.specifiers) {
          if (types.isImportNamespaceSpecifier(specifier)) {
            replacements.push(
              types.variableDeclaration('const', [
                types.variableDeclarator(specifier.local, lookup()),
              ]),
            );
          } else {
            const imported = types.isImportDefaultSpecifier(specifier)
              ? 'default'
              : types.isIdentifier(specifier.imported)
                ? specifier.imported.name
                : specifier.imported.value;
            properties.push(
              types.objectProperty(
                types.identifier(imported),
                types.identifier(specifier.local.name),
              ),
            );
          }
        }
        if (properties.length > 0) {
          replacements.unshift(
            types.variableDeclaration('const', [
              types.variableDeclarator(
                types.objectPattern(properties),
                lookup(),
              ),
            ]),
          );
        }
        path.replaceWithMultiple(replacements);
      },
    },
  };
}
