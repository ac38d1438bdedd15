import * as QUnit from 'qunit';
import { setApplication } from '@ember/test-helpers';
import { setup } from 'qunit-dom';
import { start as qunitStart, setupEmberOnerrorValidation } from 'ember-qunit';
import App, { appModules } from '../app/app.ts';
import Router from '../app/router.ts';

class TestRouter extends Router {
  location = 'none';
}

class TestApp extends App {
  modules = { ...appModules, './router': TestRouter };
}

export function start(): void {
  setApplication(
    TestApp.create({ autoboot: false, rootElement: '#ember-testing' }),
  );
  setup(QUnit.assert);
  setupEmberOnerrorValidation();
  qunitStart();
}
