import EmberApp from 'ember-strict-application-resolver';
import MaintenanceBannerClock from 'ember-maintenance-banner/services/maintenance-banner-clock';
import Router from './router.ts';

import 'ember-maintenance-banner/styles.css';
import './styles/app.css';

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
