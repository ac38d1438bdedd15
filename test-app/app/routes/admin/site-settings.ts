import Route from '@ember/routing/route';
import { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';
import type RouterService from '@ember/routing/router-service';
import type {
  MaintenanceSettingsForm,
  SettingsAdapter,
} from 'ember-maintenance-banner/admin';
import type {
  AdminSiteSettings,
  HistoryEntry,
} from '../../../server/wire-format.ts';
import AdminSessionService, {
  AdminRequestError,
} from '../../services/admin-session.ts';

export type { HistoryEntry };

/** The last changes, newest first, refreshed after each save. */
export class SettingsHistory {
  @tracked entries: readonly HistoryEntry[] = [];
  @tracked problem: string | null = null;
  readonly #session: AdminSessionService;

  constructor(session: AdminSessionService) {
    this.#session = session;
  }

  async refresh(): Promise<void> {
    try {
      const { history } = await this.#session.getJson<{
        history: HistoryEntry[];
      }>('/admin/site_settings/history.json');
      this.entries = history.slice(0, 10);
      this.problem = null;
    } catch (error) {
      this.problem = `The history could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

export interface SiteSettingsModel {
  /** The form, loaded on demand: visitors never download it. */
  Form: typeof MaintenanceSettingsForm;
  adapter: SettingsAdapter;
  /** `maintenance_banner_*` → value, from GET /admin/site_settings.json. */
  settings: Record<string, unknown>;
  history: SettingsHistory;
}

export default class AdminSiteSettingsRoute extends Route {
  @service('admin-session') declare session: AdminSessionService;
  @service('router') declare router: RouterService;

  async model(): Promise<SiteSettingsModel | undefined> {
    const history = new SettingsHistory(this.session);
    try {
      const [admin, { site_settings }] = await Promise.all([
        import('ember-maintenance-banner/admin'),
        this.session.getJson<AdminSiteSettings>('/admin/site_settings.json'),
        import('ember-maintenance-banner/admin.css'),
        history.refresh(),
      ]);
      // Secrets (the Slack webhook) are write-only masks: not the form's values.
      const settings = Object.fromEntries(
        site_settings
          .filter(
            ({ setting, secret }) =>
              setting.startsWith('maintenance_banner_') && !secret,
          )
          .map(({ setting, value }) => [setting, value]),
      );
      return {
        Form: admin.MaintenanceSettingsForm,
        // The session's token; the page's <meta name="csrf-token"> is stale
        // after a login without a reload.
        adapter: new admin.DiscourseSettingsAdapter({
          csrfToken: () => this.session.csrf,
        }),
        settings,
        history,
      };
    } catch (error) {
      if (error instanceof AdminRequestError && error.status === 401) {
        this.session.returnTo = 'admin.site-settings';
        this.router.transitionTo('login');
        return undefined;
      }
      throw error;
    }
  }
}
