/**
 * Stand-in for Discourse's `discourse/lib/api`, for the theme component's
 * tests only: `apiInitializer` returns an initializer whose plugin API
 * records what the theme renders in which outlet.
 */
import type { ComponentLike } from '@glint/template';

export interface OutletRegistration {
  readonly outlet: string;
  readonly component: ComponentLike;
}

export interface PluginApi {
  renderInOutlet(outlet: string, component: ComponentLike): void;
}

/** What the theme registered, in order; cleared by `resetOutlets()`. */
export const outlets: OutletRegistration[] = [];

export function resetOutlets(): void {
  outlets.length = 0;
}

export function apiInitializer(callback: (api: PluginApi) => void): {
  name: string;
  initialize(): void;
} {
  return {
    name: 'theme-initializer',
    initialize() {
      callback({
        renderInOutlet(outlet, component) {
          outlets.push({ outlet, component });
        },
      });
    },
  };
}
