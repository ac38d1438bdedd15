import { module, test } from 'qunit';
import { click, currentURL, visit } from '@ember/test-helpers';
import { setupApplicationTest } from 'ember-qunit';
import {
  readBanner,
  setupMaintenanceClock,
} from 'ember-maintenance-banner/test-support';
import {
  PRELOAD_ID,
  SERVER_TIME_META,
} from '../../app/services/site-settings.ts';
import { START, fromStart } from '../helpers/banner.ts';

/** What the demo server puts into every page. */
function preloadPage(
  settings: Record<string, unknown>,
  serverTime: number,
): () => void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = PRELOAD_ID;
  script.textContent = JSON.stringify(settings);
  const meta = document.createElement('meta');
  meta.name = SERVER_TIME_META;
  meta.content = String(serverTime);
  document.head.append(script, meta);
  return () => {
    script.remove();
    meta.remove();
  };
}

module('Acceptance | the demo forum', function (hooks) {
  setupApplicationTest(hooks);
  const clock = setupMaintenanceClock(hooks, { now: fromStart(-3, 'hours') });
  let unload = (): void => {};

  hooks.afterEach(function () {
    unload();
  });

  test('the preloaded window shows on every page, on the server clock, and the preview moves it', async function (assert) {
    unload = preloadPage(
      {
        maintenance_banner_enabled: true,
        maintenance_banner_starts_at: START,
        maintenance_banner_duration_minutes: 0,
        maintenance_banner_time_zone: 'America/Los_Angeles',
        maintenance_banner_channel_url:
          'https://gophers.slack.com/messages/announcements',
        maintenance_banner_health_url: '',
      },
      // The server says it is 10 minutes before the start; this machine says 3 hours.
      fromStart(-10, 'minutes'),
    );

    await visit('/');
    assert.strictEqual(
      readBanner()?.phase,
      'imminent',
      'the server clock wins, before the first render',
    );

    await click('.topic-list__title');
    assert.true(currentURL().startsWith('/t/'));
    assert.strictEqual(
      readBanner()?.phase,
      'imminent',
      'site-wide: still there on a topic',
    );

    await click('.preview__button:nth-child(3)'); // "In progress"
    assert.strictEqual(readBanner()?.phase, 'in-progress');
    assert.strictEqual(
      readBanner()?.channelHref,
      'https://gophers.slack.com/messages/announcements',
    );

    await click('.preview__button--now');
    assert.strictEqual(
      readBanner()?.phase,
      'imminent',
      'back to the real (server) time',
    );
    assert.false(clock.isPreviewing);
  });
});
