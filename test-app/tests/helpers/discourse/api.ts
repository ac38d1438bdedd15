/**
 * Stand-in for Discourse's `discourse/lib/api`, for the theme component's
 * tests only: `apiInitializer` returns an initializer whose plugin API
 * records what the theme renders in which outlet, and answers
 * `getCurrentUser()` with the user a test signed in (`signIn`), or `null`
 * for an anonymous visitor, as Discourse's does.
 */
import type { ComponentLike } from '@glint/template';

export interface OutletRegistration {
  readonly outlet: string;
  readonly component: ComponentLike;
}

/** The fields of Discourse's User model the theme reads. */
export interface CurrentUser {
  readonly username: string;
  readonly admin: boolean;
  readonly moderator: boolean;
  /** Discourse computes it: `admin || moderator` (models/user.js). */
  readonly staff: boolean;
}

export interface PluginApi {
  renderInOutlet(outlet: string, component: ComponentLike): void;
  getCurrentUser(): CurrentUser | null;
}

/** What the theme registered, in order; cleared by `resetOutlets()`. */
export const outlets: OutletRegistration[] = [];

let currentUser: CurrentUser | null = null;

export function resetOutlets(): void {
  outlets.length = 0;
  currentUser = null;
}

/** Signs a user in for the next initializer run: `signIn('admin')`, `signIn('moderator')`, `signIn('member')`. */
export function signIn(role: 'admin' | 'moderator' | 'member'): void {
  const admin = role === 'admin';
  const moderator = role === 'moderator';
  currentUser = {
    username: `a-${role}`,
    admin,
    moderator,
    staff: admin || moderator,
  };
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
        getCurrentUser: () => currentUser,
      });
    },
  };
}
