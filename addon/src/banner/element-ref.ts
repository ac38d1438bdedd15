import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';

type Setter = (element: Element | null) => void;

interface Ref {
  element: Element | null;
  set: Setter | null;
}

class ElementRefManager {
  capabilities = capabilities('3.22');

  createModifier(): Ref {
    return { element: null, set: null };
  }

  installModifier(ref: Ref, element: Element, args: { positional: unknown[] }) {
    ref.element = element;
    ref.set = args.positional[0] as Setter;
    ref.set(element);
  }

  updateModifier(): void {}

  destroyModifier(ref: Ref): void {
    ref.set?.(null);
  }
}

/**
 * `{{elementRef this.setRoot}}`: hands the element to its owner when it is
 * rendered, and `null` when it goes away, so the owner reaches its elements
 * without querying the document.
 */
export const elementRef = setModifierManager(
  () => new ElementRefManager(),
  {},
) as unknown as ModifierLike<{
  Element: Element;
  Args: { Positional: [set: Setter] };
}>;
