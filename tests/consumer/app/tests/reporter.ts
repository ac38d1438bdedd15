/**
 * Hands QUnit's results to the check that runs these tests in Chromium
 * (tests/consumer), which reads `window.testOutcome` once `done` is true.
 */
import * as QUnit from 'qunit';

interface Outcome {
  done: boolean;
  total: number;
  modules: string[];
  failures: string[];
}

const outcome: Outcome = { done: false, total: 0, modules: [], failures: [] };
(window as unknown as { testOutcome: Outcome }).testOutcome = outcome;

QUnit.log((details) => {
  if (details.result) return;
  outcome.failures.push(
    `${details.module} > ${details.name}: ${details.message ?? 'failed'} (actual ${JSON.stringify(details.actual)}, expected ${JSON.stringify(details.expected)})`,
  );
});
QUnit.testDone((details) => {
  outcome.total++;
  const module = details.module.split(' > ')[0] ?? '';
  if (!outcome.modules.includes(module)) outcome.modules.push(module);
});
QUnit.done(() => {
  outcome.done = true;
});
