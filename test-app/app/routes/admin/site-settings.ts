import Route from '@ember/routing/route';
import { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';
import type RouterService from '@ember/routing/router-service';
import type {
  ExtraSetting,
  MaintenanceSettingsForm,
  SettingsAdapter,
} from 'ember-maintenance-banner/admin';
import type {
  AdminSiteSettings,
  HistoryEntry,
} from '../../../server/wire-format.ts';
import type SlackNotifier from '../../components/admin/slack-notifier.gts';
import type { SlackNotifierState } from '../../components/admin/slack-notifier-state.ts';
import AdminSessionService, {
  AdminRequestError,
} from '../../services/admin-session.ts';
import type DemoLanguageService from '../../services/demo-language.ts';

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
  /** `maintenance_banner_*` → value, from GET /admin/site_settings.json (a secret: its mask). */
  settings: Record<string, unknown>;
  /** The version those values are at (the answer's `version`, also its ETag): sent as If-Match. */
  version: number;
  /** The server's own settings the form shows after the banner's: the Slack webhook. */
  extraSettings: readonly ExtraSetting[];
  /** The webhook's test button and the notifier's status, under its field. */
  Notifier: typeof SlackNotifier;
  notifier: SlackNotifierState;
  history: SettingsHistory;
}

export default class AdminSiteSettingsRoute extends Route {
  @service('admin-session') declare session: AdminSessionService;
  @service('router') declare router: RouterService;
  @service('demo-language') declare language: DemoLanguageService;

  async model(): Promise<SiteSettingsModel | undefined> {
    const history = new SettingsHistory(this.session);
    try {
      const [admin, { site_settings, version }, secrets, notifierUi, state] =
        await Promise.all([
          import('ember-maintenance-banner/admin'),
          this.session.getJson<AdminSiteSettings>('/admin/site_settings.json'),
          import('../../../server/secret-settings.ts'),
          import('../../components/admin/slack-notifier.gts'),
          import('../../components/admin/slack-notifier-state.ts'),
          import('ember-maintenance-banner/admin.css'),
          this.language.locale === 'zh_CN' && import('../../admin-chinese.ts'),
          history.refresh(),
        ]);
      const extraSettings = [secrets.SLACK_WEBHOOK_SETTING];
      const shown = new Set<string>(extraSettings.map(({ key }) => key));
      // A secret's value is its mask: the form shows it, and sends it only when replaced.
      const settings = Object.fromEntries(
        site_settings
          .filter(
            ({ setting, secret }) =>
              setting.startsWith('maintenance_banner_') &&
              (!secret || shown.has(setting)),
          )
          .map(({ setting, value }) => [setting, value]),
      );
      const notifier = new state.SlackNotifierState(this.session);
      await notifier.refresh();
      return {
        Form: admin.MaintenanceSettingsForm,
        // The session's token; the page's <meta name="csrf-token"> is stale
        // after a login without a reload.
        adapter: new admin.DiscourseSettingsAdapter({
          csrfToken: () => this.session.csrf,
        }),
        settings,
        version,
        extraSettings,
        Notifier: notifierUi.default,
        notifier,
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
