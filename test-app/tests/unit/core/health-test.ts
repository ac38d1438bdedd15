import { module, test } from 'qunit';
import { healthDelay } from 'ember-maintenance-banner/core';
import {
  HEALTH_POLICY,
  isHealthy,
  nextHealthState,
} from '../../helpers/core-internals.ts';

const middle = () => 0.5;

module('core | health', function () {
  test('backoff: about 15 s, doubling, capped at about 5 minutes', function (assert) {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 10, 100].map((n) => healthDelay(n, middle)),
      [
        15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000,
        300_000,
      ],
    );
  });

  test('jitter stays within ±20 %', function (assert) {
    const { initialDelayMs, maxDelayMs } = HEALTH_POLICY;
    assert.strictEqual(
      healthDelay(0, () => 0),
      initialDelayMs * 0.8,
    );
    assert.strictEqual(
      healthDelay(0, () => 0.999_999),
      Math.round(initialDelayMs * 1.2),
    );
    assert.strictEqual(
      healthDelay(50, () => 0),
      maxDelayMs * 0.8,
    );
    assert.strictEqual(
      healthDelay(-3, middle),
      initialDelayMs,
      'a negative count is the first wait',
    );
  });

  test('states: down on failure, back after it or after the expected end', function (assert) {
    const cases: [Parameters<typeof nextHealthState>, string][] = [
      [['unknown', true, false], 'unknown'],
      [['unknown', false, false], 'down'],
      [['down', false, false], 'down'],
      [['down', true, false], 'back'],
      [['unknown', true, true], 'back'],
      [['back', false, true], 'down'],
      [['back', true, false], 'back'],
    ];
    for (const [args, expected] of cases) {
      assert.strictEqual(
        nextHealthState(...args),
        expected,
        JSON.stringify(args),
      );
    }
  });

  test('Discourse answers "ok"; anything else is not healthy', function (assert) {
    assert.true(isHealthy(200, 'ok'));
    assert.true(isHealthy(200, 'OK\n'));
    assert.true(isHealthy(204, ''));
    assert.false(
      isHealthy(200, '<html>We are upgrading</html>'),
      'a maintenance page is not the forum',
    );
    assert.false(isHealthy(502, 'ok'));
    assert.false(isHealthy(503, ''));
  });
});
