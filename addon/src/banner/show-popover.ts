/**
 * `{{showPopover}}`, on a `popover="manual"` element: shows it as soon as
 * it is inserted, in the top layer, above the host's own sticky or
 * stacked elements, without moving focus. Where popovers are not
 * supported, the element simply stays where it is.
 */
import { modifier } from '../-private/modifier.ts';

export const showPopover = modifier((element) => {
  element.showPopover?.();
});
