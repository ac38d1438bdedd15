/**
 * The `<template>` blocks of a `.gts`, kept out of TypeScript's way:
 * content-tag finds each (UTF-16 ranges), a placeholder identifier takes its
 * place while the rest is plain TypeScript, and the block goes back byte for
 * byte into the emitted JavaScript.
 */
import { Preprocessor } from 'content-tag';
import { applyEdits } from './edits.ts';

const preprocessor = new Preprocessor();

const placeholder = (index: number) => `__mbTemplate${index}__`;

/** Is this class member name a template's placeholder? */
export function isPlaceholder(name: string): boolean {
  return /^__mbTemplate\d+__$/.test(name);
}

export interface HiddenTemplates {
  /** The source with each template replaced by its placeholder. */
  readonly code: string;
  /** Puts each template back in place of its placeholder. */
  restore(code: string): string;
}

export function hideTemplates(
  source: string,
  fileName: string,
): HiddenTemplates {
  const templates = preprocessor.parse(source, { filename: fileName });
  const saved: string[] = [];
  const code = applyEdits(
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
  const restore = (emitted: string): string => {
    let restored = emitted;
    saved.forEach((template, index) => {
      const name = placeholder(index);
      const at = restored.indexOf(name);
      if (at < 0 || restored.indexOf(name, at + 1) >= 0) {
        throw new Error(`${fileName}: lost track of template ${index}`);
      }
      const end =
        restored.startsWith(';', at + name.length) &&
        templates[index]?.type === 'class-member'
          ? at + name.length + 1
          : at + name.length;
      restored = restored.slice(0, at) + template + restored.slice(end);
    });
    return restored;
  };
  return { code, restore };
}
