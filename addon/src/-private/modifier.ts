/**
 * `modifier(setup)`: a function modifier, in a few lines instead of a
 * dependency. `setup(element, ...positional)` runs when the element is
 * inserted and again when an argument it read changes (after the teardown
 * it returned); the teardown runs when the element goes.
 */
import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';

type Teardown = (() => void) | void;

interface Installed {
  element: HTMLElement | null;
  teardown: Teardown;
}

export function modifier<Positional extends unknown[] = []>(
  setup: (element: HTMLElement, ...positional: Positional) => Teardown,
): ModifierLike<{ Element: HTMLElement; Args: { Positional: Positional } }> {
  const run = (state: Installed, positional: unknown[]) => {
    state.teardown?.();
    state.teardown = setup(state.element!, ...(positional as Positional));
  };
  return setModifierManager(
    () => ({
      capabilities: capabilities('3.22'),
      createModifier: (): Installed => ({ element: null, teardown: undefined }),
      installModifier(
        state: Installed,
        element: HTMLElement,
        { positional }: { positional: unknown[] },
      ) {
        state.element = element;
        run(state, positional);
      },
      updateModifier(
        state: Installed,
        { positional }: { positional: unknown[] },
      ) {
        run(state, positional);
      },
      destroyModifier(state: Installed) {
        state.teardown?.();
      },
    }),
    {},
  ) as unknown as ModifierLike<{
    Element: HTMLElement;
    Args: { Positional: Positional };
  }>;
}
