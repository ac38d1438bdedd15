/**
 * The theme component through Discourse's own theme pipeline
 * (discourse/pipeline/compile.ts): what a Discourse site makes of its
 * `javascripts/`, and how big that is. The browser half, the compiled
 * theme running on a page with only Discourse's modules, is
 * test-app/tests/integration/discourse-pipeline-test.gts.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { before, describe, test } from 'node:test';
import ts from 'typescript';
import { themeFiles } from '../../discourse/build.ts';
import { isProvided } from '../../discourse/host/modules.ts';
import {
  CHECK_THEME_ID,
  compileTheme,
  javascriptsTree,
  type CompiledTheme,
} from '../../discourse/pipeline/compile.ts';
import { moduleSizes, sizeTable } from '../../discourse/pipeline/sizes.ts';
import type { BundleParts } from '../../discourse/src/bundle.ts';

/** The goal for the theme's JavaScript, minified as Discourse minifies it. */
const TARGET = 20 * 1024;
/**
 * Today's ceiling, a ratchet a little above the size measured when it was
 * set (53.7 KB since the phase table is read off one list per trait;
 * 53.9 KB when the words' language came to follow Discourse's fallback;
 * 58.3 KB before the addon's plain modules became one bundle, 51.2 KB
 * before the visitor's story: change notes per phase, the out-of-view
 * notice, the phone disclosure, isolated values): growth fails; lower it
 * as bytes come off.
 */
const CEILING = 53.75 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let tree: Record<string, string>;
let compiled: CompiledTheme;
let bundleParts: BundleParts | undefined;

before(async () => {
  tree = javascriptsTree(
    await themeFiles({ onBundleParts: (parts) => (bundleParts = parts) }),
  );
  compiled = await compileTheme(tree, { themeId: CHECK_THEME_ID });
});

/**
 * Every import statement, dynamic import() and re-export left in `code`,
 * as parsed (prose in a string that happens to read "from '" is none).
 */
function moduleSyntax(code: string): string[] {
  const file = ts.createSourceFile(
    'main.js',
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) ||
      (ts.isExportDeclaration(node) && node.moduleSpecifier) ||
      (ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword)
    ) {
      found.push(node.getText(file).slice(0, 120));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const lookups = (code: string) =>
  [...code.matchAll(/moduleBroker\.lookup\("([^"]+)"\)/g)].map(
    (match) => match[1] as string,
  );

describe('the theme, compiled as Discourse compiles it', () => {
  test('is one chunk, `main`, the only one Discourse serves', () => {
    assert.deepEqual(compiled.chunks, ['main.js']);
    assert.deepEqual(compiled.warnings, []);
  });

  test('reaches outside itself only through Discourse’s module registry, for modules Discourse provides', () => {
    const names = lookups(compiled.code);
    assert.ok(names.includes('@glimmer/component'), names.join(', '));
    for (const name of names) {
      assert.ok(isProvided(name), `${name} is provided by Discourse`);
    }
    assert.deepEqual(
      moduleSyntax(compiled.code),
      [],
      'no import statement, dynamic import or re-export is left',
    );
  });

  test('the check sees module syntax that is code, not prose that reads like it', () => {
    assert.deepEqual(
      moduleSyntax(
        'const a = "starts from \'now\'";\nexport { b } from "./b";\nimport("./c");\n',
      ),
      ['export { b } from "./b";', 'import("./c")'],
    );
  });

  test('takes settings and themePrefix from the theme, through Discourse’s settings store', () => {
    assert.ok(
      lookups(compiled.code).includes('discourse/lib/theme-settings-store'),
    );
    assert.match(
      compiled.code,
      new RegExp(`theme_translations\\.${CHECK_THEME_ID}\\.`),
    );
  });

  test('exports every module of the tree by the name Discourse defines it under', () => {
    const exported =
      /export\s*\{\s*(\w+) as compatModules,\s*\1 as default\s*\}/.exec(
        compiled.code,
      );
    assert.ok(exported, 'the chunk exports its module map as default');
    for (const path of Object.keys(tree)) {
      const name = path.replace(/\.g?js$/, '');
      assert.ok(compiled.code.includes(`"${name}":`), name);
    }
  });

  test('compiles every template to Glimmer’s wire format, at build time', () => {
    assert.doesNotMatch(
      compiled.code,
      /<template>|precompileTemplate|\beval\(/,
    );
    assert.ok(lookups(compiled.code).includes('@ember/template-factory'));
  });

  test('a dynamic import() loads nothing lazily: every theme module is already in `main`', async () => {
    const split = await compileTheme(
      {
        'discourse/api-initializers/split.js':
          'export default () => import("../lib/later");\n',
        'discourse/lib/later.js': 'export const later = 1;\n',
      },
      { themeId: CHECK_THEME_ID, minify: false },
    );
    assert.deepEqual(split.chunks, ['main.js']);
    assert.doesNotMatch(split.code, /\bimport\(/);
    assert.match(split.code, /const later = 1/);
  });

  test('a module that defines `settings` itself is refused, as Discourse refuses it', async () => {
    await assert.rejects(
      compileTheme(
        {
          'discourse/lib/x.js':
            'const settings = {};\nexport default settings;\n',
        },
        { themeId: CHECK_THEME_ID, minify: false },
      ),
      /`settings` is already defined/,
    );
  });
});

describe('the theme’s JavaScript size, minified as Discourse minifies it', () => {
  test('prints the figure, and where the bytes go', async (t) => {
    const bytes = Buffer.byteLength(compiled.code);
    const gzip = gzipSync(compiled.code, { level: 9 }).length;
    t.diagnostic(
      `Theme JavaScript: ${kb(bytes)} minified (${kb(gzip)} gzip); target ${kb(TARGET)}, ceiling ${kb(CEILING)}`,
    );
    const sizes = await moduleSizes(compiled, bundleParts);
    // One diagnostic a line: TAP would print a newline inside one as "\\n".
    t.diagnostic('By module, each minified on its own:');
    for (const line of sizeTable(sizes).split('\n')) t.diagnostic(line);
    assert.ok(bytes > 10 * 1024, 'a real theme, not an empty one');
    assert.ok(
      sizes.some(({ module }) => module.endsWith('maintenance-banner.gjs')),
      'the breakdown names the theme’s modules',
    );
    const bundle = sizes.find(({ parts }) => parts !== undefined);
    const parts = bundle?.parts ?? [];
    assert.ok(
      parts.some(({ module }) => module === 'maintenance-banner/core/phase.js'),
      `the bundle's line names the addon modules in it: ${parts.map(({ module }) => module).join(', ')}`,
    );
    const sum = parts.reduce((total, part) => total + part.bytes, 0);
    assert.ok(
      bundle && Math.abs(sum - bundle.bytes) < bundle.bytes * 0.1,
      `its modules add up to about the bundle: ${kb(sum)} against ${kb(bundle?.bytes ?? 0)}`,
    );
  });

  test('stays under the current ceiling', () => {
    const bytes = Buffer.byteLength(compiled.code);
    assert.ok(
      bytes <= CEILING,
      `${kb(bytes)}, over the ceiling of ${kb(CEILING)}`,
    );
  });

  test(
    'within the 20 KB target',
    { todo: 'over the target while the banner is slimmed' },
    () => {
      const bytes = Buffer.byteLength(compiled.code);
      assert.ok(
        bytes <= TARGET,
        `${kb(bytes)}, over the target of ${kb(TARGET)}`,
      );
    },
  );
});
