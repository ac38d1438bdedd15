import EmberApp from 'ember-strict-application-resolver';
import { registerTranslation } from 'ember-maintenance-banner';
import zhCN from 'ember-maintenance-banner/locales/zh-CN';
import MaintenanceBannerClock from 'ember-maintenance-banner/services/maintenance-banner-clock';
import Router from './router.ts';

import 'ember-maintenance-banner/styles.css';
import './styles/app.css';

// The forum speaks English and Simplified Chinese (the page's lang follows
// the browser's Accept-Language).
registerTranslation('zh-CN', zhCN);

/** Everything the app resolves by name. */
export const appModules = {
  './router': Router,
  './services/maintenance-banner-clock': MaintenanceBannerClock,
  ...import.meta.glob('./services/**/*.ts', { eager: true }),
  ...import.meta.glob('./routes/**/*.ts', { eager: true }),
  ...import.meta.glob('./templates/**/*.gts', { eager: true }),
};

export default class App extends EmberApp {
  modules = appModules;
}
