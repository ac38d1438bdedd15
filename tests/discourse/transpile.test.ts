/**
 * TypeScript → the JavaScript Discourse compiles: templates untouched,
 * types gone, imports rewritten, and a clear stop for what a theme cannot do.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isProvided } from '../../discourse/host/modules.ts';
import {
  transpile,
  type TranspileOptions,
} from '../../discourse/src/transpile.ts';

const options = (fileName = 'x.gts'): TranspileOptions => ({
  fileName,
  rewriteRelative: (specifier) =>
    specifier.replace(/\.g?ts$/, '').replace('../core/', '../lib/core/'),
  checkBare(specifier) {
    if (!isProvided(specifier)) throw new Error(`not provided: ${specifier}`);
  },
});

describe('transpile', () => {
  test('keeps templates byte for byte and drops every type', () => {
    const template = `<template>
    {{#if this.on}}<b class="x">{{@name}}</b>{{/if}} <T as |y|>{{y}}</T>
  </template>`;
    const source = `import Component from '@glimmer/component';
import { tracked } from '@glimmer/tracking';
import type { ModifierLike } from '@glint/template';
import { type Phase, phaseAt } from '../core/index.ts';
import T from './t.gts';

interface Signature { Args: { name: string } }

export default class X extends Component<Signature> {
  @tracked on: boolean = false;
  declare extra: Phase;
  readonly #count = phaseAt as unknown as number;

  get value(): number {
    if (this.on) return this.#count!;
    return 0;
  }

  ${template}
}
`;
    const { code, relativeImports } = transpile(source, options());
    assert.ok(code.includes(template), 'the template is intact');
    assert.doesNotMatch(
      code,
      /@glint|interface|ModifierLike|: boolean|declare|as unknown|!;|<Signature>/,
    );
    assert.match(
      code,
      /@tracked on = false;/,
      'a field decorator stays on its line',
    );
    assert.match(
      code,
      /if \(this\.on\) \{\s*return this\.#count;\s*\}/,
      'bodies get braces',
    );
    assert.match(code, /import \{ phaseAt \} from "\.\.\/lib\/core\/index";/);
    assert.deepEqual(relativeImports, ['../core/index.ts', './t.gts']);
    assert.ok(
      code.indexOf('@glimmer/component') < code.indexOf('../lib/core') &&
        code.indexOf('../lib/core') < code.indexOf('"./t"'),
      'imports in Discourse order',
    );
  });

  test('keeps an import used only by a template', () => {
    const { code } = transpile(
      `import Only from './only.gts';\nexport default <template><Only /></template>;\n`,
      options(),
    );
    assert.match(code, /import Only from "\.\/only";/);
  });

  test('keeps blank lines between statements', () => {
    const { code } = transpile(
      `const a = 1;\n\nconst b: number = a;\nexport { b };\n`,
      options('x.ts'),
    );
    assert.match(code, /const a = 1;\n\nconst b = a;/);
  });

  test('puts class members in Discourse order without changing what runs first', () => {
    const { code } = transpile(
      `export class C {\n  constructor() {}\n  #a = 1;\n  b = () => this.#a;\n}\n`,
      options('x.ts'),
    );
    assert.ok(
      code.indexOf('b = ') < code.indexOf('#a = 1') &&
        code.indexOf('#a = 1') < code.indexOf('constructor'),
    );
    assert.throws(
      () =>
        transpile(
          `export class C {\n  #a = 1;\n  b = this.#a + 1;\n}\n`,
          options('x.ts'),
        ),
      /before a field it may read/,
    );
  });

  test('stops at a package Discourse does not provide', () => {
    assert.throws(
      () =>
        transpile(
          `import { task } from 'ember-concurrency';\nexport { task };\n`,
          options('x.ts'),
        ),
      /not provided: ember-concurrency/,
    );
  });

  test('stops at a top-level name Discourse gives every theme module', () => {
    assert.throws(
      () => transpile(`export const settings = {};\n`, options('x.ts')),
      /clashes with the global/,
    );
  });

  test('stops at a namespace import of a Discourse module', () => {
    assert.throws(
      () =>
        transpile(
          `import * as api from 'discourse/lib/api';\nexport { api };\n`,
          options('x.ts'),
        ),
      /import \* as/,
    );
  });
});
