/**
 * `{{lang tag}}`: the element's `lang`, written only when it changes. On
 * the live region, a re-render that leaves the language as it was must not
 * touch the element (a template attribute would be written again with
 * each new text).
 */
import { modifier } from '../-private/modifier.ts';

export const lang = modifier((element, tag: string | null) => {
  if (element.getAttribute('lang') === tag) return;
  if (tag === null) element.removeAttribute('lang');
  else element.setAttribute('lang', tag);
});
