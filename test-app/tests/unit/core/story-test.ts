import { module, test } from 'qunit';
import { phaseAt } from 'ember-maintenance-banner/core';
import { changeOf, tell } from '../../helpers/core-internals.ts';
import { START, days, hours, minutes, windowFrom } from '../../helpers/core.ts';

const S = START;
const LATER = '2027-02-19T10:00:00-08:00';
const MONTH_LATER = '2027-03-18T10:00:00-07:00';

module('core | story: what a live change tells', function () {
  test('changeOf: postponed, moved earlier, extended, length unknown, nothing', function (assert) {
    const base = windowFrom();
    assert.strictEqual(
      changeOf(base, windowFrom({ maintenance_banner_starts_at: LATER })),
      'postponed',
    );
    assert.strictEqual(
      changeOf(windowFrom({ maintenance_banner_starts_at: LATER }), base),
      'advanced',
    );
    assert.strictEqual(
      changeOf(base, windowFrom({ maintenance_banner_duration_minutes: 240 })),
      'extended',
    );
    assert.strictEqual(
      changeOf(base, windowFrom({ maintenance_banner_duration_minutes: 0 })),
      'lengthUnknown',
    );
    assert.strictEqual(changeOf(base, windowFrom()), null);
    assert.strictEqual(changeOf(null, base), null);
  });

  test('a note is told against the window as its phase began, and ends with the phase', function (assert) {
    const now = S - hours(5);
    const first = windowFrom();
    const shown = tell(null, first, now);
    assert.deepEqual(shown, { phase: 'upcoming', since: first });

    const postponed = windowFrom({ maintenance_banner_starts_at: LATER });
    const afterPostponing = tell(
      { window: first, phase: 'upcoming', since: first },
      postponed,
      now,
    );
    assert.strictEqual(afterPostponing.phase, 'upcoming');
    assert.strictEqual(afterPostponing.since, first, 'the note is told');

    const early = windowFrom({
      maintenance_banner_starts_at: LATER,
      maintenance_banner_status: 'in_progress',
    });
    const underWay = tell(
      { window: postponed, phase: 'upcoming', since: first },
      early,
      now,
    );
    assert.strictEqual(underWay.phase, 'in-progress');
    assert.strictEqual(
      changeOf(underWay.since, early),
      null,
      'a new phase: the postponement is not told again',
    );
  });

  test('a phase brought by the clock tells nothing', function (assert) {
    const window = windowFrom();
    const next = tell(
      { window, phase: 'imminent', since: window },
      window,
      S + minutes(1),
    );
    assert.deepEqual(next, { phase: 'in-progress', since: window });
  });

  test('a start moved past the notice period stays told on the page that saw it', function (assert) {
    const now = S - hours(3);
    const first = windowFrom();
    const moved = windowFrom({ maintenance_banner_starts_at: MONTH_LATER });
    assert.strictEqual(phaseAt(moved, now), null, 'a new page shows nothing');
    const told = tell(
      { window: first, phase: 'upcoming', since: first },
      moved,
      now,
    );
    assert.strictEqual(told.phase, 'upcoming');
    assert.strictEqual(changeOf(told.since, moved), 'postponed');
    assert.strictEqual(
      tell(null, moved, now).phase,
      null,
      'without what the page told, nothing',
    );
    assert.strictEqual(
      tell(
        { window: first, phase: 'upcoming', since: first },
        windowFrom({ maintenance_banner_starts_at: MONTH_LATER }),
        S + days(40),
      ).phase,
      null,
      'once the new start has passed too, the window follows its own rules',
    );
  });

  test('going down: a window still ahead shows as under way; one already over does not', function (assert) {
    const window = windowFrom();
    assert.strictEqual(
      tell(null, window, S - hours(2), 'going-down').phase,
      'in-progress',
    );
    assert.strictEqual(
      tell(null, window, S - days(10), 'going-down').phase,
      null,
    );
  });
});
