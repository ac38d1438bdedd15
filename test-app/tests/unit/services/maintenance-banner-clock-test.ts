import { module, test } from 'qunit';
import type Owner from '@ember/owner';
import { setupTest } from 'ember-qunit';
import { MAX_TIMER_DELAY } from 'ember-maintenance-banner';
import {
  ManualClock,
  days,
  minutes,
  seconds,
} from 'ember-maintenance-banner/test-support';

const T0 = Date.parse('2027-02-18T10:00:00-08:00');

/** Counts the listeners the clock adds to the page, on stand-in targets. */
class ListeningClock extends ManualClock {
  readonly page = { window: new EventTarget(), document: new EventTarget() };
  listeners = 0;

  constructor(owner: Owner) {
    super(owner);
    for (const target of Object.values(this.page)) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (
        ...args: Parameters<EventTarget['addEventListener']>
      ) => {
        this.listeners++;
        add(...args);
      };
      target.removeEventListener = (
        ...args: Parameters<EventTarget['removeEventListener']>
      ) => {
        this.listeners--;
        remove(...args);
      };
    }
  }

  protected override eventTargets() {
    return this.page;
  }
}

module('Unit | Service | maintenance-banner-clock', function (hooks) {
  setupTest(hooks);

  let clock: ListeningClock;
  hooks.beforeEach(function () {
    this.owner.register('service:maintenance-banner-clock', ListeningClock);
    clock = this.owner.lookup(
      'service:maintenance-banner-clock',
    ) as ListeningClock;
    clock.setNow(T0);
  });

  test('one native timer, for the earliest instant anyone asked for', function (assert) {
    const woken: string[] = [];
    const a = clock.subscribe(() => woken.push('a'));
    const b = clock.subscribe(() => woken.push('b'));
    a.wakeAt(T0 + minutes(5));
    b.wakeAt(T0 + minutes(2));
    assert.strictEqual(clock.pendingTimers, 1);
    assert.strictEqual(clock.nextWakeUp, T0 + minutes(2));

    clock.tick(minutes(2) - 1);
    assert.deepEqual(woken, [], 'nobody is woken a millisecond early');
    clock.tick(1);
    assert.deepEqual(woken, ['b']);
    assert.strictEqual(
      clock.nextWakeUp,
      T0 + minutes(5),
      're-armed for the next one',
    );
    clock.tick(minutes(3));
    assert.deepEqual(woken, ['b', 'a']);
    assert.strictEqual(clock.pendingTimers, 0, 'nothing left to wait for');
    assert.strictEqual(clock.wakeUps, 2, 'two wake-ups for two instants');
  });

  test('a far instant waits in steps of the setTimeout limit and never fires early', function (assert) {
    let woken = 0;
    const subscription = clock.subscribe(() => woken++);
    subscription.wakeAt(T0 + days(30));
    assert.strictEqual(
      clock.nextWakeUp,
      T0 + MAX_TIMER_DELAY,
      'capped at 2^31 - 1 ms (24.8 days)',
    );

    clock.tick(MAX_TIMER_DELAY);
    assert.strictEqual(woken, 0, 'the capped timer wakes nobody');
    assert.strictEqual(
      clock.nextWakeUp,
      T0 + days(30),
      'and waits for the rest',
    );
    clock.tick(days(30) - MAX_TIMER_DELAY);
    assert.strictEqual(woken, 1);
  });

  test('no timer while the page is hidden; on return the due ones wake at once', function (assert) {
    let woken = 0;
    const subscription = clock.subscribe(() => woken++);
    subscription.wakeAt(T0 + seconds(10));

    clock.setHidden(true);
    assert.strictEqual(clock.pendingTimers, 0, 'paused while hidden');
    clock.tick(minutes(5));
    assert.strictEqual(woken, 0, 'no wake-up while hidden');
    assert.strictEqual(clock.wakeUps, 0);

    clock.setHidden(false);
    assert.strictEqual(woken, 1, 'caught up as soon as it is visible');
  });

  test('resyncs on the page events that follow sleep', function (assert) {
    let woken = 0;
    clock.subscribe(() => woken++).wakeAt(T0 + seconds(10));
    clock.setNow(T0 + seconds(9)); // the timer is not due yet

    for (const [target, type] of [
      [clock.page.window, 'focus'],
      [clock.page.window, 'online'],
      [clock.page.window, 'pageshow'],
      [clock.page.document, 'resume'],
    ] as const) {
      woken = 0;
      clock.subscribe(() => woken++).wakeAt(T0 + seconds(5));
      target.dispatchEvent(new Event(type));
      assert.strictEqual(woken, 1, `${type} wakes whoever is due`);
    }
  });

  test('listeners and the timer go with the last subscriber', function (assert) {
    assert.strictEqual(clock.listeners, 0, 'nothing before anyone subscribes');
    const a = clock.subscribe(() => {});
    const b = clock.subscribe(() => {});
    a.wakeAt(T0 + minutes(1));
    assert.strictEqual(
      clock.listeners,
      5,
      'visibilitychange, resume, pageshow, focus, online',
    );

    a.release();
    assert.strictEqual(clock.pendingTimers, 0, 'no timer for nobody');
    assert.strictEqual(clock.listeners, 5, 'still one subscriber');
    b.release();
    assert.strictEqual(clock.listeners, 0, 'all listeners removed');
    b.release();
    assert.strictEqual(clock.listeners, 0, 'releasing twice is harmless');
  });

  test('a preview moves the page clock and wakes everyone', function (assert) {
    const woken: boolean[] = [];
    clock.subscribe((everyone) => woken.push(everyone)).wakeAt(T0 + days(1));

    clock.travelTo(T0 + minutes(90));
    assert.strictEqual(clock.now(), T0 + minutes(90));
    assert.true(clock.isPreviewing);
    assert.deepEqual(woken, [true], 'woken although its instant is far');

    clock.tick(seconds(30));
    assert.strictEqual(
      clock.now(),
      T0 + minutes(90) + seconds(30),
      'time keeps running',
    );

    clock.travelTo(null);
    assert.strictEqual(clock.now(), T0 + seconds(30));
    assert.false(clock.isPreviewing);
  });

  test('follows the server clock when the visitor clock is off', function (assert) {
    const server = T0 + minutes(10);
    clock.syncWithServer(server);
    assert.strictEqual(
      clock.now(),
      server,
      'ten minutes ahead of this machine',
    );
    clock.tick(seconds(1));
    assert.strictEqual(clock.now(), server + seconds(1));
    clock.syncWithServer(Number.NaN);
    assert.strictEqual(
      clock.now(),
      server + seconds(1),
      'a bad server time is ignored',
    );
  });

  test('a subscription released before its instant is never called', function (assert) {
    let woken = 0;
    const subscription = clock.subscribe(() => woken++);
    subscription.wakeAt(T0 + seconds(1));
    subscription.release();
    clock.tick(seconds(5));
    assert.strictEqual(woken, 0);
    assert.strictEqual(clock.wakeUps, 0, 'its timer was cleared');
  });
});
