/**
 * The form's controls by name, so the form can move the focus to a field
 * (the first one to fix, a refused one) or open its dialog without
 * searching the document: each element registers itself with
 * `{{control registry "name"}}` while it is rendered.
 */
import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';

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

interface State {
  element?: HTMLElement;
  controls?: Controls;
  name?: string;
}

type Positional = [controls: Controls, name: string];

class ControlManager {
  capabilities = capabilities('3.22');

  createModifier(): State {
    return {};
  }

  installModifier(
    state: State,
    element: HTMLElement,
    { positional: [controls, name] }: { positional: Positional },
  ): void {
    Object.assign(state, { element, controls, name });
    controls.add(name, element);
  }

  updateModifier(
    state: State,
    { positional: [controls, name] }: { positional: Positional },
  ): void {
    if (state.controls && state.name && state.element) {
      state.controls.remove(state.name, state.element);
    }
    state.controls = controls;
    state.name = name;
    if (state.element) controls.add(name, state.element);
  }

  destroyModifier(state: State): void {
    if (state.controls && state.name && state.element) {
      state.controls.remove(state.name, state.element);
    }
  }
}

/** `{{control registry "name"}}`: this element is the control called `name`. */
export const control = setModifierManager(
  () => new ControlManager(),
  {},
) as unknown as ModifierLike<{
  Element: HTMLElement;
  Args: { Positional: Positional };
}>;
