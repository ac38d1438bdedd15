import { module, test } from 'qunit';
import {
  PANEL_KEY,
  panelState,
} from '../../app/components/preview-panel-state.ts';
import { BlockedStorage, MemoryStorage } from '../helpers/storage.ts';

module('Unit | the preview panel’s state', function () {
  test('with no choice yet: closed on a narrow screen, open on a wide one', function (assert) {
    assert.false(panelState(new MemoryStorage(), true).open);
    assert.true(panelState(new MemoryStorage(), false).open);
  });

  test('the visitor’s choice is kept, and wins over the screen', function (assert) {
    const storage = new MemoryStorage();
    const panel = panelState(storage, true);
    panel.toggle();
    assert.true(panel.open);
    assert.strictEqual(storage.getItem(PANEL_KEY), 'open');
    assert.true(panelState(storage, true).open, 'open again on the next page');

    panel.toggle();
    assert.true(panel.closed);
    assert.strictEqual(storage.getItem(PANEL_KEY), 'closed');
    assert.false(panelState(storage, false).open, 'closed on a wide screen');
  });

  test('storage that fails only forgets: the panel still opens and closes', function (assert) {
    const full = new MemoryStorage();
    full.failWrites = true;
    for (const storage of [full, new BlockedStorage(), null]) {
      const panel = panelState(storage, true);
      assert.false(panel.open);
      panel.toggle();
      assert.true(panel.open);
      panel.toggle();
      assert.false(panel.open);
    }
  });
});
