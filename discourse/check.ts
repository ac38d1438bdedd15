/**
 * Everything that can be checked about the Discourse theme without a
 * running Discourse: builds it, runs the structure tests and the tests of
 * Discourse's own compile pipeline (tests/discourse-pipeline/: the theme
 * compiled as a site compiles it, and its size), then lints the generated
 * theme with Discourse's own configs (ESLint, ember-template-lint,
 * Prettier, Stylelint) and type-checks what it imports from Discourse
 * against @discourse/types. The compiled theme runs in the browser suite
 * (npm run test:browser).
 *
 * Discourse's lint configs peer on ESLint 9 (the root uses 10), and the
 * pipeline pins Discourse's versions of Babel, Rollup and ember-source, so
 * each lives in its own folder (discourse/lint/, discourse/pipeline/) with
 * its own lock file, installed here when missing.
 *
 * Run: node --import tsx discourse/check.ts
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Preprocessor } from 'content-tag';
import { build } from './build.ts';
import { ensureInstalled } from './pipeline/install.ts';
import { bareImports } from './src/module-imports.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const lint = join(here, 'lint');
const bin = (name: string) => join(lint, 'node_modules', '.bin', name);

interface Run {
  readonly label: string;
  readonly ok: boolean;
  readonly output: string;
  readonly seconds: number;
}

function run(
  label: string,
  command: string,
  args: string[],
  cwd: string,
): Promise<Run> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const finish = (ok: boolean) =>
      done({
        label,
        ok,
        output,
        seconds: (performance.now() - started) / 1000,
      });
    child.on('error', (error) => {
      output += String(error);
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

function report(result: Run): boolean {
  const mark = result.ok ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${result.label} (${result.seconds.toFixed(1)} s)`);
  if (!result.ok || process.env['VERBOSE'])
    console.log(result.output.trimEnd());
  return result.ok;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The theme's JavaScript as plain .js for tsc: each <template> becomes a
 * value, and the theme's own glue is checked in full (// @ts-check); one
 * more module imports every name the theme takes from Discourse, so a
 * module or export Discourse does not have fails the check.
 */
async function prepareTypeCheck(themeFolder: string): Promise<void> {
  const target = join(lint, 'dist-typecheck');
  await rm(target, { recursive: true, force: true });
  await cp(join(themeFolder, 'javascripts'), join(target, 'javascripts'), {
    recursive: true,
  });
  const preprocessor = new Preprocessor();
  const imports = new Map<string, Set<string>>();
  for (const file of await filesUnder(target)) {
    let code = await readFile(file, 'utf8');
    for (const { source, names } of bareImports(code, file)) {
      const known = imports.get(source) ?? new Set<string>();
      names.forEach((name) => known.add(name));
      imports.set(source, known);
    }
    if (!file.endsWith('.gjs')) continue;
    const templates = preprocessor.parse(code, { filename: file });
    for (const template of [...templates].reverse()) {
      const { startUtf16Codepoint: start, endUtf16Codepoint: end } =
        template.range;
      const value =
        template.type === 'class-member' ? '' : '/** @type {any} */ (null)';
      code = code.slice(0, start) + value + code.slice(end);
    }
    const glue = relative(target, file).startsWith(
      'javascripts/discourse/api-initializers/',
    );
    if (glue) {
      // @discourse/types types the callback's `api` through "./plugin-api.gjs",
      // which plain tsc cannot resolve: name the type the package exports.
      const typed = code.replace(
        'apiInitializer((api) =>',
        'apiInitializer((/** @type {import("discourse/lib/plugin-api").PluginApi} */ api) =>',
      );
      if (typed === code) {
        throw new Error(`${file}: no apiInitializer((api) => …) to type`);
      }
      code = `// @ts-check\n${typed}`;
    }
    await writeFile(file.replace(/\.gjs$/, '.js'), code);
    await rm(file);
  }
  const lines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([source, names], index) => {
      const named = [...names].filter((name) => name !== 'default').sort();
      const parts = [
        ...(names.has('default') ? [`default as default${index}`] : []),
        ...named.map((name) => `${name} as ${name}${index}`),
      ];
      return parts.length > 0
        ? `import { ${parts.join(', ')} } from ${JSON.stringify(source)};`
        : `import ${JSON.stringify(source)};`;
    });
  await mkdir(target, { recursive: true });
  await writeFile(
    join(target, 'imports-from-discourse.js'),
    `// @ts-check\n${lines.join('\n')}\n`,
  );
}

async function main(): Promise<void> {
  let ok = true;
  try {
    await Promise.all([lint, join(here, 'pipeline')].map(ensureInstalled));
  } catch (error) {
    console.log(`FAIL ${String(error)}`);
    process.exit(1);
  }

  const started = performance.now();
  const { folder, zipPath } = await build(join(root, 'dist-discourse'));
  console.log(
    `ok   build ${relative(root, folder)}/ and ${relative(root, zipPath)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  await prepareTypeCheck(folder);

  const testFiles: string[] = [];
  for (const folder of ['discourse', 'discourse-pipeline']) {
    const testFolder = join(root, 'tests', folder);
    testFiles.push(
      ...(await readdir(testFolder))
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => join(testFolder, name)),
    );
  }
  // Side by side: each tool mostly waits on its own files.
  const [tests, ...checks] = await Promise.all([
    run(
      'structure and pipeline tests (node:test)',
      process.execPath,
      ['--import', 'tsx', '--test', ...testFiles],
      root,
    ),
    run(
      'eslint (@discourse/lint-configs/eslint-theme)',
      bin('eslint'),
      ['-c', join(lint, 'eslint.theme.mjs'), '--max-warnings', '0', '.'],
      folder,
    ),
    run(
      'ember-template-lint (@discourse/lint-configs/template-lint)',
      bin('ember-template-lint'),
      [
        '--config-path',
        join(lint, 'template-lint.theme.cjs'),
        '--max-warnings',
        '0',
        'javascripts/**/*.gjs',
      ],
      folder,
    ),
    run(
      'prettier --check (@discourse/lint-configs/prettier)',
      bin('prettier'),
      ['--config', join(lint, 'prettier.theme.cjs'), '--check', '.'],
      folder,
    ),
    run(
      'stylelint (@discourse/lint-configs/stylelint)',
      bin('stylelint'),
      ['--config', join(lint, 'stylelint.theme.mjs'), 'common/*.scss'],
      folder,
    ),
    run(
      'tsc against @discourse/types',
      bin('tsc'),
      ['-p', join(lint, 'tsconfig.json')],
      lint,
    ),
    run(
      'tsc for discourse/*.ts',
      join(root, 'node_modules', '.bin', 'tsc'),
      ['--noEmit', '-p', here],
      root,
    ),
  ]);
  ok = report(tests) && ok;
  // node:test's closing counts ("# tests 27", "# pass 27", "# todo 1",
  // "# fail 0") and the theme's measured size.
  const counts = tests.output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) =>
      /^# (tests|pass|todo|fail) \d+|^# Theme JavaScript/.test(line),
    );
  console.log(counts.join('\n'));
  for (const check of checks) ok = report(check) && ok;
  if (!ok) process.exit(1);
}

await main();
