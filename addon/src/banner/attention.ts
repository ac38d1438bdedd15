/**
 * Whether the visitor can see the banner, and the compact notice that
 * keeps a phase change in view when they cannot: when the phase turns to
 * one they must not miss (the forum may go down) while the banner is
 * scrolled out of view, a notice stays in view until they scroll to the
 * banner or hide it. Never a modal, never a focus steal; the banner's live
 * region still announces the change, once.
 */
import { tracked } from '@glimmer/tracking';
import { PHASE_TABLE, type Phase } from '../core/phase.ts';
import type { ViewHost } from './in-view.ts';

export class Attention {
  /** Is half the banner or more in the viewport? Until the observer says otherwise, yes. */
  @tracked private inViewport = true;
  /** The phase whose notice the visitor hid. */
  @tracked private hidden: Phase | null = null;
  /** The last phase the visitor had in view (written by `saw`, after a render). */
  #seen: Phase | null = null;
  #root: HTMLElement | null = null;

  /** What the root's `{{inView}}` modifier writes. */
  readonly host: ViewHost = {
    root: (element) => {
      this.#root = element;
    },
    seen: (visible) => {
      this.inViewport = visible;
    },
  };

  /** The phase on screen while the banner is in view (for `saw`), else `null`. */
  inView(phase: Phase | null): Phase | null {
    return this.inViewport ? phase : null;
  }

  /** After a render: the visitor has `phase` in view. */
  saw(phase: Phase | null): void {
    if (phase) this.#seen = phase;
  }

  /** Is the notice up for `phase`? */
  calls(phase: Phase | null): boolean {
    return (
      phase !== null &&
      PHASE_TABLE[phase].callsOutOfView &&
      !this.inViewport &&
      this.#seen !== phase &&
      this.hidden !== phase
    );
  }

  /** "Show": back to the banner, and focus with it (the visitor asked). */
  show = (): void => {
    this.#root?.scrollIntoView({ block: 'center' });
    this.#root?.focus({ preventScroll: true });
  };

  /** The notice's "×" for `phase`. */
  hide(phase: Phase | null): void {
    this.hidden = phase;
  }
}
