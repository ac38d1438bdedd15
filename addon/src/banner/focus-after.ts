const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to the first focusable element after `element` in document
 * order (or to the body): when a dismissed banner goes away, keyboard users
 * carry on where the banner was instead of starting over at the top.
 */
export function focusAfter(element: Element): void {
  const document = element.ownerDocument;
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (candidate) =>
      !element.contains(candidate) &&
      Boolean(
        element.compareDocumentPosition(candidate) &
        Node.DOCUMENT_POSITION_FOLLOWING,
      ),
  );
  if (next) {
    next.focus();
  } else {
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
  }
}
