import Route from '@ember/routing/route';
import { service } from '@ember/service';
import type AdminSessionService from '../services/admin-session.ts';

export default class LoginRoute extends Route {
  @service('admin-session') declare session: AdminSessionService;

  async beforeModel(): Promise<void> {
    // Shown as "logged in as …" when there is a session already.
    await this.session.load().catch(() => false);
  }
}
