/**
 * `{{inView host}}`, on the banner's root: tells the banner whether at
 * least half of it is in the viewport (an IntersectionObserver, owned here
 * and disconnected with the element), and where the root is, for the
 * compact notice's "Show".
 */
import { modifier } from '../-private/modifier.ts';

export interface ViewHost {
  /** The root while it is rendered, then `null`. */
  root(element: HTMLElement | null): void;
  /** Half of the banner or more is on screen (called when that changes). */
  seen(visible: boolean): void;
}

export const inView = modifier((element, host: ViewHost) => {
  host.root(element);
  if (typeof IntersectionObserver === 'undefined') return () => host.root(null);
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1);
      if (entry) host.seen(entry.intersectionRatio >= 0.5);
    },
    { threshold: 0.5 },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    host.root(null);
  };
});
