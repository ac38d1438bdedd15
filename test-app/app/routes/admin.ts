import Route from '@ember/routing/route';
import { service } from '@ember/service';
import type RouterService from '@ember/routing/router-service';
import type Transition from '@ember/routing/transition';
import type AdminSessionService from '../services/admin-session.ts';

/** Admin pages need a session: without one, log in first and come back. */
export default class AdminRoute extends Route {
  @service('admin-session') declare session: AdminSessionService;
  @service('router') declare router: RouterService;

  async beforeModel(transition: Transition): Promise<void> {
    if (await this.session.load()) return;
    const target = transition.to?.name;
    this.session.returnTo =
      target && target !== 'admin.index' ? target : 'admin.site-settings';
    this.router.transitionTo('login');
  }

  redirect(_model: unknown, transition: Transition): void {
    if (transition.to?.name === 'admin.index') {
      this.router.transitionTo('admin.site-settings');
    }
  }
}
