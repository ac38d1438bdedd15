import { capabilities, setModifierManager } from '@ember/modifier';
import type { ModifierLike } from '@glint/template';

/** Hidden from sight, not from assistive technology. */
const HIDDEN: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/** Hides `element` from sight, not from assistive technology (CSSOM writes: CSP allows them). */
export function hideVisually(element: HTMLElement): void {
  Object.assign(element.style, HIDDEN);
}

class VisuallyHiddenManager {
  capabilities = capabilities('3.22');

  createModifier(): object {
    return {};
  }

  installModifier(_state: object, element: HTMLElement): void {
    hideVisually(element);
  }

  updateModifier(): void {}

  destroyModifier(): void {}
}

/**
 * `{{visuallyHidden}}`: hides an element visually but not from screen
 * readers, without the stylesheet (which a host may leave out) and without
 * a `style` attribute (which a strict Content-Security-Policy refuses;
 * CSSOM writes are allowed).
 */
export const visuallyHidden = setModifierManager(
  () => new VisuallyHiddenManager(),
  {},
) as unknown as ModifierLike<{ Element: HTMLElement }>;
