import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import ember from 'eslint-plugin-ember/recommended';
import n from 'eslint-plugin-n';
import qunit from 'eslint-plugin-qunit';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/dist-*/',
    '**/declarations/',
    'test-app/data/',
    'tmp/',
    // Discourse theme glue: linted with Discourse's own config (npm run test:discourse).
    'discourse/theme/',
    // An app of ember-cli's blueprint: its dependencies are not installed
    // here; tests/consumer installs it in a temporary folder and checks it.
    'tests/consumer/app/',
    'tests/consumer/before-*/',
  ]),
  js.configs.recommended,
  ember.configs.base,
  ember.configs.gjs,
  ember.configs.gts,
  prettier,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{ts,gts}'],
    languageOptions: {
      parser: ember.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    extends: [
      ...ts.configs.recommendedTypeChecked,
      { ...ts.configs.eslintRecommended, files: undefined },
      ember.configs.gts,
    ],
  },
  {
    // The core runs in Node and browsers alike: no Ember, no DOM.
    files: ['addon/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@ember/*', '@glimmer/*', 'ember-*'],
              message: 'The core is framework-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
    },
  },
  {
    files: ['test-app/tests/**/*-test.{ts,gts}'],
    plugins: { qunit },
    rules: qunit.configs.recommended.rules,
  },
  {
    files: [
      'test-app/server/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{js,ts}',
      '**/*.{cjs,mjs}',
      '*.js',
    ],
    plugins: { n },
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // node:test's describe() and test() return promises the runner awaits.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'test'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
]);
