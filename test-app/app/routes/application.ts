import Route from '@ember/routing/route';
import { service } from '@ember/service';
import type SiteSettingsService from '../services/site-settings.ts';

export default class ApplicationRoute extends Route {
  @service('site-settings') declare siteSettings: SiteSettingsService;

  /** Before the first render: follow the server's clock and its live settings. */
  beforeModel(): void {
    this.siteSettings.start();
  }
}
