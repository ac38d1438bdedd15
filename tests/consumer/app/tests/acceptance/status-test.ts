import { module, test } from 'qunit';
import { settled, visit } from '@ember/test-helpers';
import { setupApplicationTest } from 'ember-qunit';
import {
  minutes,
  readBanner,
  setupMaintenanceClock,
} from 'ember-maintenance-banner/test-support';

module(
  'Acceptance | the status page, a classic .hbs template',
  function (hooks) {
    setupApplicationTest(hooks);
    const clock = setupMaintenanceClock(hooks, {
      now: '2027-02-18T09:45:00-08:00',
    });

    test('<MaintenanceBanner> resolves by name and follows the clock', async function (assert) {
      await visit('/status');
      const root = document.querySelector('#status')!;
      assert.strictEqual(readBanner(root)?.phase, 'imminent');

      clock.tick(minutes(15));
      await settled();
      assert.strictEqual(readBanner(root)?.phase, 'in-progress');
      assert.strictEqual(
        readBanner(root)?.channelHref,
        'https://gophers.slack.com/messages/announcements',
      );
    });
  },
);
