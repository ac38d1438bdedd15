/**
 * The form's controls by name, so the form can move the focus to a field
 * (the first one to fix, a refused one) or open its dialog without
 * searching the document: each element registers itself with
 * `{{control registry "name"}}` while it is rendered.
 */
import { modifier } from '../-private/modifier.ts';

export class Controls {
  readonly #elements = new Map<string, HTMLElement>();

  get(name: string): HTMLElement | undefined {
    return this.#elements.get(name);
  }

  /** Focus the first of `names` that is on the page. */
  focusFirst(names: readonly string[]): void {
    for (const name of names) {
      const element = this.#elements.get(name);
      if (element) {
        element.focus();
        return;
      }
    }
  }

  add(name: string, element: HTMLElement): void {
    this.#elements.set(name, element);
  }

  remove(name: string, element: HTMLElement): void {
    if (this.#elements.get(name) === element) this.#elements.delete(name);
  }
}

/** `{{control registry "name"}}`: this element is the control called `name`. */
export const control = modifier((element, controls: Controls, name: string) => {
  controls.add(name, element);
  return () => controls.remove(name, element);
});
