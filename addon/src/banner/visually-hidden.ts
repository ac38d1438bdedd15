import { modifier } from '../-private/modifier.ts';

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

/**
 * `{{visuallyHidden}}`: hides an element visually but not from screen
 * readers, without the stylesheet (which a host may leave out) and without
 * a `style` attribute (which a strict Content-Security-Policy refuses;
 * CSSOM writes are allowed).
 */
export const visuallyHidden = modifier((element) => hideVisually(element));
