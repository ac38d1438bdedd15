import EmberApp from 'ember-strict-application-resolver';
import { registerTranslation } from 'ember-maintenance-banner';
import zhCN from 'ember-maintenance-banner/locales/zh-CN';
import MaintenanceBannerClock from 'ember-maintenance-banner/services/maintenance-banner-clock';
import { ARABIC } from './data/arabic-messages.ts';
import Router from './router.ts';

import 'ember-maintenance-banner/styles.css';
import './styles/app.css';

// The forum speaks English, Simplified Chinese and Arabic: the server picks
// the page's lang from the switch's cookie or the browser's Accept-Language,
// and every banner on the page reads it. Chinese is the addon's own table;
// Arabic is the demo's, registered the same way, so an Arabic page's banners
// (the site's, the admin preview's) speak Arabic with Arabic dates.
registerTranslation('zh-CN', zhCN);
registerTranslation('ar', ARABIC);

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
