/**
 * Unsaved edits are not lost by leaving: closing or reloading the tab asks
 * through the browser (`beforeunload`); a route change is held back
 * (`routeWillChange`) until the admin answers the form's dialog, and
 * "Leave" retries it. Listens for as long as its owner lives.
 */
import { tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';
import type RouterService from '@ember/routing/router-service';
import type Transition from '@ember/routing/transition';

export interface LeaveGuardOptions {
  /** Are there edits to lose? */
  isDirty: () => boolean;
  /** Ask the admin (open the dialog). */
  ask: () => void;
}

export class LeaveGuard {
  /** A route change held back until the admin decides. */
  @tracked pending: Transition | null = null;
  readonly #options: LeaveGuardOptions;
  #leaving = false;

  constructor(
    owner: object,
    router: RouterService,
    options: LeaveGuardOptions,
  ) {
    this.#options = options;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!options.isDirty()) return;
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onRouteWillChange = (transition: Transition) =>
      this.#hold(transition);
    window.addEventListener('beforeunload', onBeforeUnload);
    router.on('routeWillChange', onRouteWillChange);
    registerDestructor(owner, () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      router.off('routeWillChange', onRouteWillChange);
    });
  }

  #hold(transition: Transition): void {
    if (this.#leaving || transition.isAborted || !this.#options.isDirty()) {
      return;
    }
    if (transition.to?.name === transition.from?.name) return;
    transition.abort();
    this.pending = transition;
    this.#options.ask();
  }

  /** Stay: the held transition is dropped. */
  stay(): void {
    this.pending = null;
  }

  /** Leave without saving: the held transition goes on, and is not held again. */
  leave(): void {
    const transition = this.pending;
    this.pending = null;
    if (!transition) return;
    this.#leaving = true;
    transition.retry();
  }
}
